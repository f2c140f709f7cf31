import type { StateCode } from "@beratungsfinder/schemas";
import { addDays, formatDate } from "./berlin-time.js";
import { type HolidayPlace, toHolidayPlace } from "./holiday-place.js";
import {
  REGIONAL_HOLIDAY_RULES,
  type RegionalHolidayScope,
  regionalHolidayScope,
} from "./regional-holidays.js";

/** A statutory public holiday: a day offices are closed unless an exception says otherwise. */
export interface Holiday {
  /** Calendar date "YYYY-MM-DD". */
  date: string;
  /** German name, as people in Germany know it ("Tag der Deutschen Einheit"). */
  name: string;
  /**
   * For holidays of only some municipalities (regional-holidays.ts): "municipality" when the place's
   * municipality key says it keeps it, "assumed" when the key is unknown and most municipalities keep it.
   */
  scope?: RegionalHolidayScope;
}

/**
 * Why the holidays are derived here rather than taken from a library: the rules are few (below), have been
 * stable for decades apart from rare, announced changes, cost no dependency (the widget has a 30 KiB gzip
 * budget; holiday libraries ship every country or a rules engine), and this table tree-shakes away for anyone
 * who does not use opening hours. One Easter computation plus fixed dates covers every statewide holiday.
 *
 * The rules (law in force since 2017; earlier years get today's rules without the later additions):
 * - everywhere: Neujahr 1 Jan, Karfreitag (Easter −2), Ostermontag (Easter +1), Tag der Arbeit 1 May,
 *   Christi Himmelfahrt (Easter +39), Pfingstmontag (Easter +50), Tag der Deutschen Einheit 3 Oct,
 *   1. and 2. Weihnachtstag 25/26 Dec; Reformationstag 31 Oct in 2017 only (500th anniversary);
 * - Heilige Drei Könige 6 Jan: BW, BY, ST;
 * - Internationaler Frauentag 8 Mar: BE since 2019, MV since 2023;
 * - Ostersonntag and Pfingstsonntag: BB and HE (named in their holiday laws; they are Sundays anyway);
 * - Tag der Befreiung 8 May: BE in 2020 and 2025 only;
 * - Fronleichnam (Easter +60): BW, BY, HE, NW, RP, SL;
 * - Mariä Himmelfahrt 15 Aug: SL;
 * - Weltkindertag 20 Sep: TH since 2019;
 * - Reformationstag 31 Oct: BB, MV, SN, ST, TH; HB, HH, NI, SH since 2018;
 * - Allerheiligen 1 Nov: BW, BY, NW, RP, SL;
 * - Buß- und Bettag (the Wednesday before 23 Nov): SN.
 * Holidays of only some municipalities (Mariä Himmelfahrt in most of BY, the Augsburger Friedensfest,
 * Fronleichnam in Sorbian Saxony and the Eichsfeld) follow the place's municipality key: see
 * regional-holidays.ts and regional-holidays.md.
 */
interface HolidayRule {
  name: string;
  /** Fixed "MM-DD", or days after Easter Sunday, or the Buß- und Bettag rule. */
  on: { fixed: string } | { easter: number } | "repentance-day";
  /** States that keep it; missing means every state. */
  states?: readonly StateCode[];
  since?: number;
  /** Only in these years (one-off holidays). */
  years?: readonly number[];
  /** Per-state first year, where states adopted it at different times. */
  sinceByState?: Partial<Record<StateCode, number>>;
}

const HOLIDAY_RULES: readonly HolidayRule[] = [
  { name: "Neujahr", on: { fixed: "01-01" } },
  { name: "Heilige Drei Könige", on: { fixed: "01-06" }, states: ["DE-BW", "DE-BY", "DE-ST"] },
  {
    name: "Internationaler Frauentag",
    on: { fixed: "03-08" },
    states: ["DE-BE", "DE-MV"],
    sinceByState: { "DE-BE": 2019, "DE-MV": 2023 },
  },
  { name: "Karfreitag", on: { easter: -2 } },
  { name: "Ostersonntag", on: { easter: 0 }, states: ["DE-BB", "DE-HE"] },
  { name: "Ostermontag", on: { easter: 1 } },
  { name: "Tag der Arbeit", on: { fixed: "05-01" } },
  { name: "Tag der Befreiung", on: { fixed: "05-08" }, states: ["DE-BE"], years: [2020, 2025] },
  { name: "Christi Himmelfahrt", on: { easter: 39 } },
  { name: "Pfingstsonntag", on: { easter: 49 }, states: ["DE-BB", "DE-HE"] },
  { name: "Pfingstmontag", on: { easter: 50 } },
  {
    name: "Fronleichnam",
    on: { easter: 60 },
    states: ["DE-BW", "DE-BY", "DE-HE", "DE-NW", "DE-RP", "DE-SL"],
  },
  { name: "Mariä Himmelfahrt", on: { fixed: "08-15" }, states: ["DE-SL"] },
  { name: "Weltkindertag", on: { fixed: "09-20" }, states: ["DE-TH"], since: 2019 },
  { name: "Tag der Deutschen Einheit", on: { fixed: "10-03" } },
  { name: "Reformationstag", on: { fixed: "10-31" }, years: [2017] },
  {
    name: "Reformationstag",
    on: { fixed: "10-31" },
    states: ["DE-BB", "DE-HB", "DE-HH", "DE-MV", "DE-NI", "DE-SN", "DE-ST", "DE-SH", "DE-TH"],
    sinceByState: { "DE-HB": 2018, "DE-HH": 2018, "DE-NI": 2018, "DE-SH": 2018 },
  },
  { name: "Allerheiligen", on: { fixed: "11-01" }, states: ["DE-BW", "DE-BY", "DE-NW", "DE-RP", "DE-SL"] },
  { name: "Buß- und Bettag", on: "repentance-day", states: ["DE-SN"] },
  { name: "1. Weihnachtstag", on: { fixed: "12-25" } },
  { name: "2. Weihnachtstag", on: { fixed: "12-26" } },
];

/**
 * The public holidays of `year` at a place (a state code, or a state with its municipality key), sorted by
 * date; without a state, those kept in every state. Regional holidays need the municipality key; without it
 * a holiday most municipalities of the state keep is included with `scope: "assumed"`.
 *
 * @example
 * publicHolidays(2026, "DE-BY").find((h) => h.name === "Fronleichnam") // { date: "2026-06-04", name: "Fronleichnam" }
 * publicHolidays(2026, { state: "DE-BY", municipalityKey: "09761000" }).find((h) => h.date === "2026-08-08")
 * // { date: "2026-08-08", name: "Augsburger Hohes Friedensfest", scope: "municipality" }
 */
export function publicHolidays(year: number, place?: HolidayPlace | StateCode): Holiday[] {
  const where = toHolidayPlace(place);
  const state = where.state;
  const easter = easterSunday(year);
  const holidays: Holiday[] = [];
  for (const rule of HOLIDAY_RULES) {
    if (!ruleApplies(rule, year, state)) continue;
    holidays.push({ date: ruleDate(rule, year, easter), name: rule.name });
  }
  for (const rule of REGIONAL_HOLIDAY_RULES) {
    const scope = regionalHolidayScope(rule, where);
    if (!scope) continue;
    const name = scope === "assumed" ? (rule.assumedName ?? rule.name) : rule.name;
    holidays.push({ date: ruleDate(rule, year, easter), name, scope });
  }
  // In 2017 both Reformationstag rules match in the Protestant states; keep one entry per date.
  const seen = new Set<string>();
  return holidays
    .filter((holiday) => !seen.has(holiday.date) && seen.add(holiday.date))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const holidayCache = new Map<string, Map<string, string>>();

/** The name of the public holiday on `date` ("YYYY-MM-DD") at a place (or in a state), if there is one. */
export function holidayOn(date: string, place?: HolidayPlace | StateCode): string | undefined {
  const year = Number(date.slice(0, 4));
  const where = toHolidayPlace(place);
  const key = `${year}|${where.state ?? ""}|${where.municipalityKey ?? ""}`;
  let byDate = holidayCache.get(key);
  if (!byDate) {
    byDate = new Map(publicHolidays(year, where).map((holiday) => [holiday.date, holiday.name]));
    if (holidayCache.size > 256) holidayCache.clear();
    holidayCache.set(key, byDate);
  }
  return byDate.get(date);
}

/** Easter Sunday (Gregorian) by the anonymous "Meeus/Jones/Butcher" computus, as "YYYY-MM-DD". */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatDate(year, month, day);
}

function ruleApplies(rule: HolidayRule, year: number, state: StateCode | undefined): boolean {
  if (rule.years && !rule.years.includes(year)) return false;
  if (rule.since !== undefined && year < rule.since) return false;
  if (rule.states) {
    if (!state || !rule.states.includes(state)) return false;
    const since = rule.sinceByState?.[state];
    if (since !== undefined && year < since) return false;
  }
  return true;
}

function ruleDate(rule: Pick<HolidayRule, "on">, year: number, easter: string): string {
  if (rule.on === "repentance-day") {
    // The Wednesday before 23 November: 22 Nov counted back to the nearest Wednesday (16–22 Nov).
    const nov22 = formatDate(year, 11, 22);
    const weekday = new Date(`${nov22}T00:00:00Z`).getUTCDay(); // 0 = Sunday, 3 = Wednesday
    return addDays(nov22, -((weekday - 3 + 7) % 7));
  }
  if ("fixed" in rule.on) return `${formatDate(year, 1, 1).slice(0, 4)}-${rule.on.fixed}`;
  return addDays(easter, rule.on.easter);
}

import type { HolidayPlace } from "./holiday-place.js";

/**
 * Public holidays kept only in some municipalities of a state, by official municipality key (AGS). The
 * rules and their sources are written up for data publishers in `regional-holidays.md` beside this file.
 * Where the exact list is not at hand the rule errs on the safe side: an office is shown closed rather than
 * open ("holiday in most Bavarian municipalities"); its own opening exception reopens the day.
 */
export interface RegionalHolidayRule {
  name: string;
  /** Fixed "MM-DD", or days after Easter Sunday. */
  on: { fixed: string } | { easter: number };
  state: "DE-BY" | "DE-SN" | "DE-TH";
  /** Whether the holiday is kept in a municipality: true, false, or undefined when this table cannot tell. */
  keptIn(municipalityKey: string): boolean | undefined;
  /** What to assume where the municipality (or the table's answer) is unknown: `true` counts as a holiday. */
  whenUnknown: boolean;
  /** Shown instead of `name` when the holiday is only assumed: the municipality is unknown. */
  assumedName?: string;
}

/** Bavarian municipalities where 15 August is known not to be a holiday (mostly Protestant; BayFTG Art. 1 (1) 2). */
const NO_ASSUMPTION_DAY_IN_CATHOLIC_REGIONS: ReadonlySet<string> = new Set([
  "09779194", // Nördlingen
  "09779197", // Oettingen i.Bay.
  "09779155", // Harburg (Schwaben)
  "09675141", // Kitzingen
]);

/** Districts where 15 August is kept in some municipalities and not in others, beyond the names above. */
const MIXED_DISTRICTS: ReadonlySet<string> = new Set([
  "09779", // Landkreis Donau-Ries: the Protestant west (Ries)
  "09675", // Landkreis Kitzingen: the south
]);

/** Cities of Oberfranken and Mittelfranken (mostly without the holiday) with a Catholic majority that keep it. */
const ASSUMPTION_DAY_IN_FRANCONIA: ReadonlySet<string> = new Set([
  "09461000", // Bamberg
]);

/** Catholic Sorbian municipalities of Landkreis Bautzen, wholly covered by Saxony's Fronleichnam ordinance. */
const CORPUS_CHRISTI_SAXONY: ReadonlySet<string> = new Set([
  "14625080", // Crostwitz
  "14625350", // Nebelschütz
  "14625440", // Panschwitz-Kuckau
  "14625470", // Räckelwitz
  "14625500", // Ralbitz-Rosenthal
]);

/** Thuringian municipalities outside Landkreis Eichsfeld (16061) that keep Fronleichnam as a whole. */
const CORPUS_CHRISTI_THURINGIA: ReadonlySet<string> = new Set([
  "16063032", // Geisa (Wartburgkreis, the Catholic Rhön)
]);

export const REGIONAL_HOLIDAY_RULES: readonly RegionalHolidayRule[] = [
  {
    name: "Mariä Himmelfahrt",
    on: { fixed: "08-15" },
    state: "DE-BY",
    keptIn(ags) {
      if (NO_ASSUMPTION_DAY_IN_CATHOLIC_REGIONS.has(ags)) return false;
      if (ASSUMPTION_DAY_IN_FRANCONIA.has(ags)) return true;
      if (MIXED_DISTRICTS.has(ags.slice(0, 5))) return undefined;
      const region = ags.slice(0, 3);
      // Oberbayern, Niederbayern, Oberpfalz, Unterfranken, Schwaben: all or nearly all municipalities.
      if (["091", "092", "093", "096", "097"].includes(region)) return true;
      // Oberfranken and Mittelfranken: mostly not (Nürnberg, Fürth, Erlangen among them).
      if (region === "094" || region === "095") return false;
      return undefined;
    },
    whenUnknown: true,
    assumedName: "Mariä Himmelfahrt (in den meisten bayerischen Gemeinden)",
  },
  {
    name: "Augsburger Hohes Friedensfest",
    on: { fixed: "08-08" },
    state: "DE-BY",
    keptIn: (ags) => ags === "09761000",
    whenUnknown: false,
  },
  {
    name: "Fronleichnam",
    on: { easter: 60 },
    state: "DE-SN",
    keptIn: (ags) => CORPUS_CHRISTI_SAXONY.has(ags),
    whenUnknown: false,
  },
  {
    name: "Fronleichnam",
    on: { easter: 60 },
    state: "DE-TH",
    keptIn: (ags) => ags.startsWith("16061") || CORPUS_CHRISTI_THURINGIA.has(ags),
    whenUnknown: false,
  },
];

/** How a regional holiday applies to a place: kept there, or assumed because the municipality is unknown. */
export type RegionalHolidayScope = "municipality" | "assumed";

/**
 * Whether `rule` makes a holiday of the place: "municipality" when the municipality keeps it, "assumed"
 * when its municipality is unknown (or the table cannot tell) and the rule errs towards a holiday.
 */
export function regionalHolidayScope(
  rule: RegionalHolidayRule,
  place: HolidayPlace,
): RegionalHolidayScope | undefined {
  // A key from another state (a data error) says nothing about this state's municipalities.
  const key = place.municipalityKey?.startsWith(stateKeyOf(rule.state)) ? place.municipalityKey : undefined;
  const state = place.state ?? (key ? rule.state : undefined);
  if (state !== rule.state) return undefined;
  const kept = key ? rule.keptIn(key) : undefined;
  if (kept === true) return "municipality";
  if (kept === false) return undefined;
  return rule.whenUnknown ? "assumed" : undefined;
}

function stateKeyOf(state: RegionalHolidayRule["state"]): string {
  return state === "DE-BY" ? "09" : state === "DE-SN" ? "14" : "16";
}

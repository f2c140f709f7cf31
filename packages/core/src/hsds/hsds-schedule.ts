import type { OutreachSlotInput, TimeSlot, Weekday } from "@beratungsfinder/schemas";
import { WEEKDAYS } from "@beratungsfinder/schemas/vocabulary";
import type { HsdsRecord } from "./hsds-record.js";
import { numeric, text, where } from "./hsds-record.js";

const BYDAY: Record<string, Weekday> = {
  MO: "mo",
  TU: "tu",
  WE: "we",
  TH: "th",
  FR: "fr",
  SA: "sa",
  SU: "su",
};
const DAY_MINUTES = 24 * 60;
// Central European (standard) Time, the reference for times given with another UTC offset.
const CET = 60;
const CEST = 120;

/** "09:00", "09:00:00+01:00", "08:00Z", "0900" → minutes of the day and the UTC offset in minutes, if any. */
export function parseHsdsTime(value: string): { minutes: number; offset?: number } | undefined {
  const match = /^(\d{1,2}):?(\d{2})(?::?(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(
    value.trim(),
  );
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return undefined;
  const zone = match[4];
  if (!zone) return { minutes: hours * 60 + minutes };
  if (zone.toUpperCase() === "Z") return { minutes: hours * 60 + minutes, offset: 0 };
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  return {
    minutes: hours * 60 + minutes,
    offset: sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0)),
  };
}

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/**
 * Turns a time given with a UTC offset into Europe/Berlin wall-clock minutes.
 *
 * DST: our model stores wall-clock times that hold all year, HSDS stores one fixed offset per
 * schedule. A weekly schedule stamped with one of Berlin's own offsets (+01:00 in winter, +02:00 in
 * summer) was written by someone in Berlin reading their wall clock, so the time is kept as written.
 * Any other offset ("08:00Z", "03:00-05:00") is converted with standard time (CET, +01:00) as the
 * reference: 08:00Z becomes 09:00. During summer time the source may have meant 10:00; a fixed-UTC
 * weekly time cannot be a fixed wall-clock time all year, so the caller warns about it.
 */
export function toBerlinMinutes(
  minutes: number,
  offset: number | undefined,
): { minutes: number; converted: boolean } {
  if (offset === undefined || offset === CET || offset === CEST) return { minutes, converted: false };
  return { minutes: minutes - offset + CET, converted: true };
}

export interface ScheduleImport {
  weekly: Partial<Record<Weekday, TimeSlot[]>>;
  /**
   * Slots that recur other than every week (MONTHLY with byday such as `1TU` or `-1FR`, WEEKLY with
   * interval 2 and a dtstart) and schedules marked as outreach (`attending_type` "outreach: …"): the
   * caller makes them outreach slots, since weekly hours cannot hold them.
   */
  recurring: OutreachSlotInput[];
  notes: string[];
  /** Slots were found in at least one schedule. */
  found: boolean;
}

/** The prefix of `attending_type` that marks a schedule as outreach hours at another venue. */
export const OUTREACH_ATTENDING = "outreach:";

function kindOf(attendingType: string | undefined): TimeSlot["kind"] {
  if (!attendingType) return "open";
  if (attendingType.toLowerCase().startsWith(OUTREACH_ATTENDING)) {
    // Outreach hours are open consultation hours unless the rest says otherwise.
    const rest = attendingType.slice(OUTREACH_ATTENDING.length);
    return /^\s*(open|appointment|termin|phone|telefon)/i.test(rest) ? kindOf(rest) : "consultation";
  }
  if (/consultation|sprechstunde|drop-?in/i.test(attendingType)) return "consultation";
  if (/appointment|termin|vereinbarung/i.test(attendingType)) return "appointment";
  if (/^\s*(phone|telefon)/i.test(attendingType)) return "phone";
  return "open";
}

const IGNORED_RULE_PARTS = ["dtstart", "until", "count", "byweekno", "bymonthday", "byyearday"] as const;

/**
 * Reads HSDS schedules (RFC 5545-like rules) into weekly Europe/Berlin slots. What the weekly model
 * cannot hold (MONTHLY rules such as `1SA`, intervals, validity periods, week numbers) is reported in
 * `warnings` with the schedule's path.
 */
export function importSchedules(
  schedules: HsdsRecord[],
  basePath: string,
  warnings: string[],
): ScheduleImport {
  const weekly: Partial<Record<Weekday, TimeSlot[]>> = {};
  const recurring: OutreachSlotInput[] = [];
  const notes: string[] = [];
  let found = false;
  schedules.forEach((schedule, index) => {
    const path = where(schedule, `${basePath}[${index}]`);
    const description = text(schedule, "description");
    const freq = text(schedule, "freq")?.toUpperCase();
    const byday = text(schedule, "byday");
    const dropped = (reason: string) => {
      warnings.push(`${path}: ${reason}; left out${description ? ` (description: "${description}")` : ""}`);
      if (description && !notes.includes(description)) notes.push(description);
    };
    const attending = text(schedule, "attending_type");
    const outreach = attending?.toLowerCase().startsWith(OUTREACH_ATTENDING) ?? false;
    const interval = numeric(schedule, "interval");
    const monthlyDays = freq === "MONTHLY" && byday ? monthlyByday(byday) : undefined;
    if (outreach || (monthlyDays && monthlyDays.length > 0) || (freq !== "MONTHLY" && interval === 2)) {
      const slots = recurringSlots(
        schedule,
        { freq, byday, interval, monthlyDays, attending },
        path,
        warnings,
      );
      if (slots) {
        recurring.push(...slots);
        found = true;
      } else if (description && !notes.includes(description)) notes.push(description);
      return;
    }
    // A recurring slot keeps its notes itself; a weekly schedule's notes are the hours' note.
    const note = text(schedule, "notes");
    if (note && !notes.includes(note)) notes.push(note);
    if (freq && freq !== "WEEKLY") {
      dropped(`freq ${freq}${byday ? ` with byday "${byday}"` : ""} cannot be shown as weekly opening hours`);
      return;
    }
    if (!byday) {
      dropped("a schedule without byday names no weekdays");
      return;
    }
    if (interval !== undefined && interval !== 1) {
      dropped(`interval ${interval} (every ${interval} weeks) cannot be shown as weekly opening hours`);
      return;
    }
    const opensText = text(schedule, "opens_at");
    const closesText = text(schedule, "closes_at");
    const opens = opensText ? parseHsdsTime(opensText) : undefined;
    const closes = closesText ? parseHsdsTime(closesText) : undefined;
    if (!opens || !closes) {
      dropped(
        `expected opens_at and closes_at as times such as "09:00" or "09:00:00+01:00", received ${JSON.stringify(opensText ?? null)} and ${JSON.stringify(closesText ?? null)}`,
      );
      return;
    }
    const days: Weekday[] = [];
    for (const token of byday.split(/\s*,\s*/)) {
      const day = BYDAY[token.toUpperCase()];
      if (day) days.push(day);
      else warnings.push(`${path}.byday: "${token}" is not a weekday such as MO or TU; left out`);
    }
    const validFrom = text(schedule, "valid_from");
    const validTo = text(schedule, "valid_to");
    if (validFrom || validTo) {
      warnings.push(
        `${path}: valid_from/valid_to (${validFrom ?? "…"} to ${validTo ?? "…"}) cannot be held by weekly opening hours; the hours are kept as regular hours`,
      );
    }
    const ignored = IGNORED_RULE_PARTS.filter((key) => schedule[key] !== undefined && schedule[key] !== "");
    if (ignored.length > 0)
      warnings.push(`${path}: ${ignored.join(", ")} ignored (weekly hours hold every week)`);

    // The schedule's `timezone` (a UTC offset in hours) applies to times written without one.
    const zoneHours = numeric(schedule, "timezone");
    const fallbackOffset = zoneHours === undefined ? undefined : Math.round(zoneHours * 60);
    const start = toBerlinMinutes(opens.minutes, opens.offset ?? fallbackOffset);
    const end = toBerlinMinutes(closes.minutes, closes.offset ?? fallbackOffset);
    if (start.converted || end.converted) {
      const offset = opens.offset ?? closes.offset ?? fallbackOffset ?? 0;
      warnings.push(
        `${path}: times with UTC offset ${offset / 60 >= 0 ? "+" : ""}${offset / 60} h converted to Europe/Berlin standard time (${opensText} → ${clock(((start.minutes % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES)}); in summer time the source may mean an hour later`,
      );
    }
    const from = start.minutes;
    let to = end.minutes;
    // A slot ending at or before its start runs past midnight ("18:00" to "00:00" or "02:00").
    if (to <= from) to += DAY_MINUTES;
    const kind = kindOf(text(schedule, "attending_type"));
    for (const day of days) {
      let dayIndex = WEEKDAYS.indexOf(day);
      let slotFrom = from;
      let slotTo = to;
      // Conversion may move the slot into the previous or next day.
      while (slotFrom < 0) {
        slotFrom += DAY_MINUTES;
        slotTo += DAY_MINUTES;
        dayIndex = (dayIndex + 6) % 7;
      }
      while (slotFrom >= DAY_MINUTES) {
        slotFrom -= DAY_MINUTES;
        slotTo -= DAY_MINUTES;
        dayIndex = (dayIndex + 1) % 7;
      }
      const pieces: [number, number, number][] =
        slotTo <= DAY_MINUTES
          ? [[dayIndex, slotFrom, slotTo]]
          : [
              [dayIndex, slotFrom, DAY_MINUTES],
              [(dayIndex + 1) % 7, 0, slotTo - DAY_MINUTES],
            ];
      for (const [pieceDay, pieceFrom, pieceTo] of pieces) {
        const weekday = WEEKDAYS[pieceDay]!;
        const slot: TimeSlot = { from: clock(pieceFrom), to: clock(pieceTo), kind };
        const slots = weekly[weekday] ?? [];
        weekly[weekday] = slots;
        if (slots.some((other) => other.from === slot.from && other.to === slot.to)) continue;
        const overlap = slots.find((other) => slot.from < other.to && other.from < slot.to);
        if (overlap) {
          warnings.push(
            `${path}: ${weekday} ${slot.from}-${slot.to} overlaps ${overlap.from}-${overlap.to} from another schedule; left out`,
          );
          continue;
        }
        slots.push(slot);
        slots.sort((a, b) => (a.from < b.from ? -1 : 1));
        found = true;
      }
    }
  });
  return { weekly, recurring, notes, found };
}

const NTH_DAY = /^([+-]?[1-5])(MO|TU|WE|TH|FR|SA|SU)$/i;

// "1TU,3TU" → [[1, "tu"], [3, "tu"]]; undefined when any token is not an nth weekday (-1 is the last).
function monthlyByday(byday: string): [number, Weekday][] | undefined {
  const days: [number, Weekday][] = [];
  for (const token of byday.split(/\s*,\s*/)) {
    const match = NTH_DAY.exec(token.trim());
    if (!match) return undefined;
    const week = Number(match[1]);
    if (week < 0 && week !== -1) return undefined;
    days.push([week, BYDAY[match[2]!.toUpperCase()]!]);
  }
  return days;
}

// Times of a recurring schedule as Berlin wall-clock "HH:MM" on one day; undefined (with a warning) otherwise.
function recurringTimes(
  schedule: HsdsRecord,
  path: string,
  warnings: string[],
): { from: string; to: string } | undefined {
  const opens = parseHsdsTime(text(schedule, "opens_at") ?? "");
  const closes = parseHsdsTime(text(schedule, "closes_at") ?? "");
  const zoneHours = numeric(schedule, "timezone");
  const fallback = zoneHours === undefined ? undefined : Math.round(zoneHours * 60);
  if (!opens || !closes) {
    warnings.push(`${path}: expected opens_at and closes_at as times such as "10:00"; left out`);
    return undefined;
  }
  const from = toBerlinMinutes(opens.minutes, opens.offset ?? fallback).minutes;
  let to = toBerlinMinutes(closes.minutes, closes.offset ?? fallback).minutes;
  if (to === 0 && from > 0) to = DAY_MINUTES;
  if (from < 0 || to > DAY_MINUTES || to <= from) {
    warnings.push(
      `${path}: a recurring slot must start and end on one Berlin day (${clock(from)}–${clock(to)}); left out`,
    );
    return undefined;
  }
  return { from: clock(from), to: clock(to) };
}

function recurringSlots(
  schedule: HsdsRecord,
  rule: {
    freq: string | undefined;
    byday: string | undefined;
    interval: number | undefined;
    monthlyDays: [number, Weekday][] | undefined;
    attending: string | undefined;
  },
  path: string,
  warnings: string[],
): OutreachSlotInput[] | undefined {
  const times = recurringTimes(schedule, path, warnings);
  if (!times) return undefined;
  const kind = kindOf(rule.attending ?? OUTREACH_ATTENDING);
  const note = text(schedule, "notes");
  const extra = { ...times, kind, ...(note ? { note } : {}) };
  if (rule.freq === "MONTHLY") {
    if (!rule.monthlyDays || rule.monthlyDays.length === 0) {
      warnings.push(`${path}: freq MONTHLY needs byday such as "1TU" or "-1FR"; left out`);
      return undefined;
    }
    return rule.monthlyDays.map(([week, day]) => ({ repeat: "monthly", week: week as 1, day, ...extra }));
  }
  const days = (rule.byday ?? "").split(/\s*,\s*/).map((token) => BYDAY[token.trim().toUpperCase()]);
  if (days.length === 0 || days.some((day) => day === undefined)) {
    warnings.push(`${path}: expected byday with weekdays such as "TU" for a recurring slot; left out`);
    return undefined;
  }
  if (rule.interval === undefined || rule.interval === 1)
    return (days as Weekday[]).map((day) => ({ repeat: "weekly", day, ...extra }));
  const dtstart = text(schedule, "dtstart")?.slice(0, 10);
  if (rule.interval !== 2 || !dtstart || !/^\d{4}-\d{2}-\d{2}$/.test(dtstart)) {
    warnings.push(
      `${path}: interval ${rule.interval} needs to be 2 with a dtstart date to be held as every-2-weeks outreach; left out`,
    );
    return undefined;
  }
  // The first date on or after dtstart that falls on each day.
  return (days as Weekday[]).map((day) => ({
    repeat: "every-2-weeks",
    start: firstOn(dtstart, day),
    day,
    ...extra,
  }));
}

function firstOn(date: string, day: Weekday): string {
  const epoch = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  const from = new Date(epoch).getUTCDay(); // 0 = Sunday
  const want = (WEEKDAYS.indexOf(day) + 1) % 7;
  return new Date(epoch + ((want - from + 7) % 7) * 86_400_000).toISOString().slice(0, 10);
}

import type { Weekday } from "@beratungsfinder/schemas";

/** Wall-clock reading of an instant in Europe/Berlin. */
export interface BerlinParts {
  /** Calendar date "YYYY-MM-DD" in Berlin. */
  date: string;
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: Weekday;
  /** Minutes since Berlin midnight (0–1439). */
  minutes: number;
  /** Offset from UTC in minutes: 60 in winter (CET), 120 in summer (CEST). */
  offsetMinutes: number;
}

const TIME_ZONE = "Europe/Berlin";
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const WEEKDAYS_FROM_SUNDAY: readonly Weekday[] = ["su", "mo", "tu", "we", "th", "fr", "sa"];

// Germany follows the EU's summer-time rule (Directive 2000/84/EC; the same dates since 1996): UTC+2 from
// 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October, UTC+1 otherwise.
// Computing it needs none of ICU's time-zone data, whose first load costs a phone tens of milliseconds
// on the first result's path. Earlier instants (other rules, other end dates) are read from Intl.
const EU_RULE_SINCE = Date.UTC(1996, 0, 1);

/** 01:00 UTC on the last Sunday of `month` (0-based) in `year`: when the EU changes the clocks. */
function lastSundayAtOneUtc(year: number, month: number): number {
  const lastDay = Date.UTC(year, month + 1, 0);
  return lastDay - new Date(lastDay).getUTCDay() * DAY_MS + HOUR_MS;
}

/** Minutes Europe/Berlin is ahead of UTC at `epochMs` (60 or 120), whatever the host's time zone. */
export function berlinOffsetMinutes(epochMs: number): number {
  if (epochMs < EU_RULE_SINCE) return intlOffsetMinutes(epochMs);
  const year = new Date(epochMs).getUTCFullYear();
  return epochMs >= lastSundayAtOneUtc(year, 2) && epochMs < lastSundayAtOneUtc(year, 9) ? 120 : 60;
}

// Before 1996 only: one formatter for the life of the module (constructing it costs far more than using it).
let formatter: Intl.DateTimeFormat | undefined;

/** The offset as Intl reads it from the time-zone database; Berlin changes offset only on whole UTC hours. */
function intlOffsetMinutes(epochMs: number): number {
  const probe = Math.floor(epochMs / HOUR_MS) * HOUR_MS;
  formatter ??= new Intl.DateTimeFormat("en-US", {
    timeZone: TIME_ZONE,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  });
  const fields: Record<string, number> = {};
  for (const part of formatter.formatToParts(probe)) {
    if (part.type !== "literal") fields[part.type] = Number(part.value);
  }
  const wallAsUtc = Date.UTC(
    fields.year!,
    fields.month! - 1,
    fields.day!,
    fields.hour!,
    fields.minute!,
    fields.second!,
  );
  return Math.round((wallAsUtc - probe) / 60_000);
}

/**
 * Reads `instant` as Europe/Berlin wall-clock time, whatever the host's time zone.
 *
 * @example
 * berlinParts(new Date("2026-07-01T08:30:00Z")).hour // 10 (CEST)
 */
export function berlinParts(instant: Date | number): BerlinParts {
  const epochMs = typeof instant === "number" ? instant : instant.getTime();
  if (!Number.isFinite(epochMs)) {
    throw new RangeError(`Invalid instant: expected a valid Date, received ${String(instant)}`);
  }
  const offsetMinutes = berlinOffsetMinutes(epochMs);
  const wall = new Date(epochMs + offsetMinutes * 60_000);
  const year = wall.getUTCFullYear();
  const month = wall.getUTCMonth() + 1;
  const day = wall.getUTCDate();
  const hour = wall.getUTCHours();
  const minute = wall.getUTCMinutes();
  return {
    date: formatDate(year, month, day),
    year,
    month,
    day,
    hour,
    minute,
    second: wall.getUTCSeconds(),
    weekday: WEEKDAYS_FROM_SUNDAY[wall.getUTCDay()]!,
    minutes: hour * 60 + minute,
    offsetMinutes,
  };
}

/**
 * The instant at which Berlin clocks show `date` plus `minutes` after midnight (1440 = the next midnight).
 *
 * A wall time that occurs twice in the autumn (02:00–02:59) resolves to its first, summer-time occurrence.
 * A wall time skipped in the spring (02:00–02:59) resolves to the moment the clocks jump (03:00 CEST), unlike
 * Temporal's "compatible" mode: so the mapping never reverses the order of wall times, a slot inside the gap
 * has no length, and a slot "01:00–02:30" on that night closes when the clocks jump.
 */
export function berlinInstant(date: string, minutes = 0): Date {
  const wallAsUtc = dateToEpochDay(date) * DAY_MS + minutes * 60_000;
  // Try the summer offset first (the earlier instant for a repeated wall time), then the winter one.
  for (const offset of [120, 60]) {
    const candidate = wallAsUtc - offset * 60_000;
    if (berlinOffsetMinutes(candidate) === offset) return new Date(candidate);
  }
  // No offset fits: the wall time falls in the spring-forward gap, which starts at the last full winter hour.
  const jump = Math.floor((wallAsUtc - 60 * 60_000) / HOUR_MS) * HOUR_MS;
  return new Date(jump);
}

/** The calendar date `days` after (or before, if negative) `date`, both "YYYY-MM-DD". */
export function addDays(date: string, days: number): string {
  const d = new Date((dateToEpochDay(date) + days) * DAY_MS);
  return formatDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The weekday of a calendar date "YYYY-MM-DD". */
export function weekdayOf(date: string): Weekday {
  return WEEKDAYS_FROM_SUNDAY[new Date(dateToEpochDay(date) * DAY_MS).getUTCDay()]!;
}

/** Parses "HH:MM" (including "24:00") into minutes after midnight. */
export function minutesOfTime(time: string): number {
  const [hours, minutes] = time.split(":");
  return Number(hours) * 60 + Number(minutes);
}

export function formatDate(year: number, month: number, day: number): string {
  const yyyy = String(year).padStart(4, "0");
  return `${yyyy}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function dateToEpochDay(date: string): number {
  const [year, month, day] = date.split("-");
  return Date.UTC(Number(year), Number(month) - 1, Number(day)) / DAY_MS;
}

import type { OpeningHours, SlotKind, StateCode } from "@beratungsfinder/schemas";
import { addDays, berlinParts } from "./berlin-time.js";
import type { HolidayPlace } from "./holiday-place.js";
import { intervalsOn, type OpeningInterval } from "./opening-interval.js";

export type { OpeningInterval } from "./opening-interval.js";

export interface NextOpeningOptions {
  /**
   * How many Berlin days after today to look ahead before giving up (default 60). Capped at
   * `MAX_HORIZON_DAYS`, so `Infinity` (or an office open around the clock) cannot loop forever.
   */
  horizonDays?: number;
  /** Only intervals of these kinds, e.g. `WALK_IN_SLOT_KINDS` for the next time a person can walk in. Default: every kind. */
  kinds?: readonly SlotKind[];
}

/** The longest look-ahead `nextOpening` accepts: two years of days. */
export const MAX_HORIZON_DAYS = 731;
const DEFAULT_HORIZON_DAYS = 60;

/**
 * The interval the office is open in now, or else the next one; `null` when the office is temporarily
 * closed, has no hours, or opens nowhere within the horizon. Back-to-back slots of the same kind (09–12 and
 * 12–16, or 24:00 and 00:00 across midnight) form one interval. Every kind counts unless `options.kinds` says
 * otherwise, so read `kind` to tell walk-in hours from appointments and phone hours.
 *
 * @example
 * nextOpening(office.openingHours, new Date(), office.address?.state)
 * // { start: 2026-03-30T07:00:00.000Z, end: 2026-03-30T10:00:00.000Z, kind: "consultation" }
 */
export function nextOpening(
  hours: OpeningHours | undefined,
  instant: Date,
  place?: HolidayPlace | StateCode,
  options: NextOpeningOptions = {},
): OpeningInterval | null {
  if (!hours || hours.temporarilyClosed) return null;
  const now = instant.getTime();
  if (Number.isNaN(now)) return null;
  const horizonDays = horizon(options?.horizonDays);
  const today = berlinParts(instant).date;

  for (let offset = 0; offset <= horizonDays; offset++) {
    const date = addDays(today, offset);
    const intervals = intervalsOn(hours, date, place);
    const index = intervals.findIndex(
      (interval) => interval.end.getTime() > now && (!options.kinds || options.kinds.includes(interval.kind)),
    );
    if (index === -1) continue;
    const found = { ...intervals[index]! };
    extendForward(found, hours, place, intervals.slice(index + 1), date, offset, horizonDays);
    if (found.start.getTime() <= now)
      extendBackward(found, hours, place, intervals.slice(0, index), date, horizonDays);
    return found;
  }
  return null;
}

// A whole number of days from 0 to MAX_HORIZON_DAYS; anything that is not a number gets the default.
function horizon(days: unknown): number {
  if (typeof days !== "number" || Number.isNaN(days)) return DEFAULT_HORIZON_DAYS;
  return Math.min(MAX_HORIZON_DAYS, Math.max(0, Math.floor(days)));
}

// Joins the following intervals that start exactly where this one ends, crossing midnight if needed.
function extendForward(
  found: OpeningInterval,
  hours: OpeningHours,
  place: HolidayPlace | StateCode | undefined,
  rest: OpeningInterval[],
  date: string,
  offset: number,
  horizonDays: number,
): void {
  let following = rest;
  let day = date;
  for (let o = offset; o <= horizonDays; o++) {
    for (const next of following) {
      if (next.kind !== found.kind || next.start.getTime() !== found.end.getTime()) return;
      found.end = next.end;
    }
    day = addDays(day, 1);
    following = intervalsOn(hours, day, place);
    if (following.length === 0) return;
  }
}

// Joins the preceding intervals that end exactly where this one starts, so "open now" reports its true start.
function extendBackward(
  found: OpeningInterval,
  hours: OpeningHours,
  place: HolidayPlace | StateCode | undefined,
  earlier: OpeningInterval[],
  date: string,
  horizonDays: number,
): void {
  let preceding = earlier;
  let day = date;
  for (let o = 0; o <= horizonDays; o++) {
    for (let i = preceding.length - 1; i >= 0; i--) {
      const previous = preceding[i]!;
      if (previous.kind !== found.kind || previous.end.getTime() !== found.start.getTime()) return;
      found.start = previous.start;
    }
    day = addDays(day, -1);
    preceding = intervalsOn(hours, day, place);
    if (preceding.length === 0) return;
  }
}

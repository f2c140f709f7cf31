import type { Office, OutreachPlace, OutreachSlot, SlotKind } from "@beratungsfinder/schemas";
import { addDays, berlinInstant, berlinParts, minutesOfTime, weekdayOf } from "./berlin-time.js";
import { officeHolidayPlace } from "./holiday-place.js";
import { MAX_HORIZON_DAYS } from "./next-opening.js";
import { holidayOn } from "./public-holidays.js";

/** One date of an outreach slot: the Berlin calendar day and the real instants it starts and ends. */
export interface OutreachDate {
  /** Calendar date "YYYY-MM-DD" in Europe/Berlin. */
  date: string;
  start: Date;
  end: Date;
  kind: SlotKind;
}

/** The next visit of an office at one of its outreach places. */
export interface OutreachVisit extends OutreachDate {
  place: OutreachPlace;
  slot: OutreachSlot;
  /** Positions in `office.outreach` and in the place's `slots`. */
  placeIndex: number;
  slotIndex: number;
}

export interface OutreachOptions {
  /**
   * How many Berlin days after today to look ahead (default 120, enough for a monthly slot whose next two
   * dates fall on holidays). Capped at `MAX_HORIZON_DAYS`.
   */
  horizonDays?: number;
  /** Only slots of these kinds, e.g. `WALK_IN_SLOT_KINDS`. Default: every kind. */
  kinds?: readonly SlotKind[];
}

const DEFAULT_HORIZON_DAYS = 120;
const DAY_MS = 86_400_000;

/**
 * Whether `slot` recurs on `date` ("YYYY-MM-DD"), holidays aside: its weekday, and for `every-2-weeks`
 * a multiple of 14 days from its start (never before it), for `monthly` the nth (or last) such weekday.
 *
 * @example
 * outreachOccursOn({ repeat: "monthly", week: 1, day: "tu", from: "10:00", to: "12:00", kind: "consultation" }, "2026-04-07") // true
 */
export function outreachOccursOn(slot: OutreachSlot, date: string): boolean {
  if (weekdayOf(date) !== slot.day) return false;
  switch (slot.repeat) {
    case "weekly":
      return true;
    case "every-2-weeks": {
      const days = epochDay(date) - epochDay(slot.start);
      return days >= 0 && days % 14 === 0;
    }
    case "monthly": {
      const day = Number(date.slice(8, 10));
      if (slot.week === -1) return addDays(date, 7).slice(0, 7) !== date.slice(0, 7);
      return Math.ceil(day / 7) === slot.week;
    }
  }
}

/**
 * The next date of an outreach slot that has not ended by `instant` (the one under way, if any), skipping
 * public holidays at the outreach place (its state and municipality key); null when none falls within the
 * horizon. Times are Europe/Berlin wall-clock times, so a slot at 10:00 starts at 09:00 UTC in winter and
 * 08:00 UTC in summer.
 *
 * @example
 * nextOutreachDate(place, place.slots[0], new Date("2026-03-25T12:00:00Z"))
 * // { date: "2026-04-07", start: 2026-04-07T08:00:00.000Z, end: 2026-04-07T10:00:00.000Z, kind: "consultation" }
 */
export function nextOutreachDate(
  place: Pick<OutreachPlace, "address">,
  slot: OutreachSlot,
  instant: Date,
  options: OutreachOptions & { closedOn?: (date: string) => boolean } = {},
): OutreachDate | null {
  const now = instant.getTime();
  if (Number.isNaN(now)) return null;
  if (options.kinds && !options.kinds.includes(slot.kind)) return null;
  const holidayPlace = officeHolidayPlace(place);
  const from = minutesOfTime(slot.from);
  const to = minutesOfTime(slot.to);
  const today = berlinParts(instant).date;
  const horizonDays = horizon(options.horizonDays);
  for (let offset = 0; offset <= horizonDays; offset++) {
    const date = addDays(today, offset);
    if (!outreachOccursOn(slot, date)) continue;
    const end = berlinInstant(date, to);
    if (end.getTime() <= now) continue;
    if (holidayOn(date, holidayPlace) !== undefined || options.closedOn?.(date)) continue;
    const start = berlinInstant(date, from);
    // A slot swallowed by the spring-forward change has no length.
    if (end.getTime() <= start.getTime()) continue;
    return { date, start, end, kind: slot.kind };
  }
  return null;
}

/**
 * The office's next visit at any of its outreach places after `instant` (the one under way, if any): the
 * earliest date over every slot of every place, public holidays at each place skipped, and days the office
 * marks closed in `openingHours.exceptions` (team holidays) skipped too. Null when the office has no
 * outreach, is temporarily closed, or no visit falls within the horizon.
 *
 * @example
 * const visit = nextOutreachVisit(office, new Date());
 * if (visit) console.log(`${visit.place.name}, ${visit.date} ${visit.slot.from}–${visit.slot.to}`);
 */
export function nextOutreachVisit(
  office: Pick<Office, "outreach" | "openingHours">,
  instant: Date,
  options: OutreachOptions = {},
): OutreachVisit | null {
  if (!office.outreach || office.openingHours?.temporarilyClosed) return null;
  const closed = (office.openingHours?.exceptions ?? []).filter((exception) => exception.closed);
  const closedOn = (date: string) =>
    closed.some((exception) => exception.from <= date && date <= exception.to);
  let best: OutreachVisit | null = null;
  office.outreach.forEach((place, placeIndex) => {
    place.slots.forEach((slot, slotIndex) => {
      const next = nextOutreachDate(place, slot, instant, { ...options, closedOn });
      if (next && (!best || next.start.getTime() < best.start.getTime()))
        best = { ...next, place, slot, placeIndex, slotIndex };
    });
  });
  return best;
}

function horizon(days: unknown): number {
  if (typeof days !== "number" || Number.isNaN(days)) return DEFAULT_HORIZON_DAYS;
  return Math.min(MAX_HORIZON_DAYS, Math.max(0, Math.floor(days)));
}

function epochDay(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

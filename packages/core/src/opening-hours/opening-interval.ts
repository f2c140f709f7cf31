import type { OpeningHours, StateCode, TimeSlot } from "@beratungsfinder/schemas";
import { berlinInstant, minutesOfTime } from "./berlin-time.js";
import { hoursOn } from "./day-hours.js";
import type { HolidayPlace } from "./holiday-place.js";

/** A stretch of real time during which an office can be reached, of one kind. */
export interface OpeningInterval {
  start: Date;
  end: Date;
  /** "open" (walk in), "consultation" (open consultation hours, walk in), "appointment" (booked visits only) or "phone" (phone hours). */
  kind: TimeSlot["kind"];
}

/**
 * The real-time intervals of one Berlin calendar day, sorted and disjoint. A slot whose wall-clock times are
 * swallowed by the spring-forward change (02:00–03:00 on that Sunday) has no length and is left out. Slots
 * that overlap (schema-valid data has none) are joined when of one kind, else the later one starts when the
 * earlier ends, so that "open at" and "next opening" can never disagree.
 */
export function intervalsOn(
  hours: OpeningHours | undefined,
  date: string,
  place?: HolidayPlace | StateCode,
): OpeningInterval[] {
  const intervals: OpeningInterval[] = [];
  for (const slot of hoursOn(hours, date, place).slots) {
    let start = berlinInstant(date, minutesOfTime(slot.from));
    const end = berlinInstant(date, minutesOfTime(slot.to));
    const previous = intervals[intervals.length - 1];
    if (previous && start.getTime() < previous.end.getTime()) {
      if (previous.kind === slot.kind) {
        if (end.getTime() > previous.end.getTime()) previous.end = end;
        continue;
      }
      start = previous.end;
    }
    if (end.getTime() > start.getTime()) intervals.push({ start, end, kind: slot.kind });
  }
  return intervals;
}

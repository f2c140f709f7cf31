import type { OpeningHours, StateCode, TimeSlot } from "@beratungsfinder/schemas";
import { berlinInstant, minutesOfTime } from "./berlin-time.js";
import { hoursOn } from "./day-hours.js";

/** A stretch of real time during which an office can be reached, of one kind. */
export interface OpeningInterval {
  start: Date;
  end: Date;
  /** "open" (walk in), "consultation" (open consultation hours) or "appointment" (booked visits only). */
  kind: TimeSlot["kind"];
}

/**
 * The real-time intervals of one Berlin calendar day, in order. A slot whose wall-clock times are swallowed by
 * the spring-forward change (02:00–03:00 on that Sunday) has no length and is left out.
 */
export function intervalsOn(
  hours: OpeningHours | undefined,
  date: string,
  state?: StateCode,
): OpeningInterval[] {
  const intervals: OpeningInterval[] = [];
  for (const slot of hoursOn(hours, date, state).slots) {
    const start = berlinInstant(date, minutesOfTime(slot.from));
    const end = berlinInstant(date, minutesOfTime(slot.to));
    if (end.getTime() > start.getTime()) intervals.push({ start, end, kind: slot.kind });
  }
  return intervals;
}

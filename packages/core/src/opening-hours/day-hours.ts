import type { OpeningException, OpeningHours, StateCode, TimeSlot } from "@beratungsfinder/schemas";
import { weekdayOf } from "./berlin-time.js";
import type { HolidayPlace } from "./holiday-place.js";
import { holidayOn } from "./public-holidays.js";

/** What one Berlin calendar day looks like for an office. */
export interface DayHours {
  /** The slots of the day, sorted by start; kinds other than "phone" are "appointment" when the office is appointment-only. */
  slots: TimeSlot[];
  /** Name of the public holiday on that day in the office's state. */
  holiday?: string;
  /** The exception that decides the day, if any. */
  exception?: OpeningException;
  /** True when there is no slot: weekly day off, holiday, closing exception, or temporarily closed. */
  closed: boolean;
}

/**
 * The hours of `hours` on `date` ("YYYY-MM-DD"), by precedence:
 * temporarily closed > an exception covering the date (the narrowest range wins; later in the list on a tie)
 * > a public holiday of `state` (closed) > the weekly slots.
 * An exception with `closed: false` and no `slots` means "the usual weekly hours", which also opens a holiday.
 */
export function hoursOn(
  hours: OpeningHours | undefined,
  date: string,
  place?: HolidayPlace | StateCode,
): DayHours {
  const holiday = holidayOn(date, place);
  const day: DayHours = { slots: [], closed: true };
  if (holiday) day.holiday = holiday;
  if (!hours || hours.temporarilyClosed) return day;

  const exception = exceptionOn(hours.exceptions ?? [], date);
  let slots: readonly TimeSlot[] | undefined;
  if (exception) {
    day.exception = exception;
    slots = exception.closed ? [] : (exception.slots ?? hours.weekly[weekdayOf(date)]);
  } else if (!holiday) {
    slots = hours.weekly[weekdayOf(date)];
  }

  day.slots = (slots ?? [])
    .map((slot) => ({
      from: slot.from,
      to: slot.to,
      // Phone hours stay phone hours in an appointment-only office: a call is not a visit.
      kind: hours.appointmentOnly && slot.kind !== "phone" ? ("appointment" as const) : (slot.kind ?? "open"),
    }))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  day.closed = day.slots.length === 0;
  return day;
}

function exceptionOn(exceptions: readonly OpeningException[], date: string): OpeningException | undefined {
  let best: OpeningException | undefined;
  let bestSpan = Number.POSITIVE_INFINITY;
  for (const exception of exceptions) {
    if (exception.from > date || exception.to < date) continue;
    const span = Date.parse(exception.to) - Date.parse(exception.from);
    if (span <= bestSpan) {
      best = exception;
      bestSpan = span;
    }
  }
  return best;
}

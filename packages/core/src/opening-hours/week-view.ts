import type { OpeningException, OpeningHours, StateCode, TimeSlot, Weekday } from "@beratungsfinder/schemas";
import { addDays, berlinParts } from "./berlin-time.js";
import { hoursOn } from "./day-hours.js";

/** One day of the week view, ready to render. */
export interface DayView {
  /** Berlin calendar date "YYYY-MM-DD". */
  date: string;
  weekday: Weekday;
  /** Wall-clock slots of the day (Europe/Berlin), sorted; empty when closed. */
  slots: TimeSlot[];
  /** German name of the public holiday, if the day is one in the office's state. */
  holiday?: string;
  /** The exception deciding this day, so its note can be shown. */
  exception?: OpeningException;
  closed: boolean;
}

const WEEK: readonly Weekday[] = ["mo", "tu", "we", "th", "fr", "sa", "su"];

/**
 * The seven days (Monday to Sunday) of the Berlin week containing `instant`, with holidays and exceptions
 * applied. Slots are wall-clock times as published: on the day clocks change they are shown as written.
 *
 * @example
 * weekView(office.openingHours, new Date(), "DE-BY").map((day) => day.closed)
 */
export function weekView(hours: OpeningHours | undefined, instant: Date, state?: StateCode): DayView[] {
  const today = berlinParts(instant);
  const monday = addDays(today.date, -WEEK.indexOf(today.weekday));
  return WEEK.map((weekday, index) => {
    const date = addDays(monday, index);
    const day = hoursOn(hours, date, state);
    const view: DayView = { date, weekday, slots: day.slots, closed: day.closed };
    if (day.holiday) view.holiday = day.holiday;
    if (day.exception) view.exception = day.exception;
    return view;
  });
}

import type { OpeningException, OpeningHours, StateCode, TimeSlot, Weekday } from "@beratungsfinder/schemas";
import { addDays, berlinParts } from "./berlin-time.js";
import { hoursOn } from "./day-hours.js";
import type { HolidayPlace } from "./holiday-place.js";

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
  /** Set on the day that is today or tomorrow in Berlin, so a table can say so instead of a weekday name. */
  relative?: "today" | "tomorrow";
}

export interface WeekViewOptions {
  /**
   * On Saturday and Sunday show the coming Monday to Sunday instead of the week that is nearly over:
   * what a person planning a visit needs to see (default false).
   */
  weekendShowsComingWeek?: boolean;
}

const WEEK: readonly Weekday[] = ["mo", "tu", "we", "th", "fr", "sa", "su"];

/**
 * The seven days (Monday to Sunday) of the Berlin week containing `instant`, with holidays and exceptions
 * applied, today and tomorrow marked. Slots are wall-clock times as published: on the day clocks change they
 * are shown as written.
 *
 * @example
 * weekView(office.openingHours, new Date(), "DE-BY", { weekendShowsComingWeek: true })
 *   .map((day) => day.relative ?? day.weekday) // on a Sunday: ["tomorrow", "tu", "we", …]
 */
export function weekView(
  hours: OpeningHours | undefined,
  instant: Date,
  place?: HolidayPlace | StateCode,
  options: WeekViewOptions = {},
): DayView[] {
  const today = berlinParts(instant);
  const tomorrow = addDays(today.date, 1);
  const weekend = today.weekday === "sa" || today.weekday === "su";
  const shift = options.weekendShowsComingWeek && weekend ? 7 : 0;
  const monday = addDays(today.date, shift - WEEK.indexOf(today.weekday));
  return WEEK.map((weekday, index) => {
    const date = addDays(monday, index);
    const day = hoursOn(hours, date, place);
    const view: DayView = { date, weekday, slots: day.slots, closed: day.closed };
    if (day.holiday) view.holiday = day.holiday;
    if (day.exception) view.exception = day.exception;
    if (date === today.date) view.relative = "today";
    else if (date === tomorrow) view.relative = "tomorrow";
    return view;
  });
}

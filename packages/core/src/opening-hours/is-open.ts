import type { OpeningHours, StateCode } from "@beratungsfinder/schemas";
import { berlinParts } from "./berlin-time.js";
import { intervalsOn } from "./opening-interval.js";

/**
 * Whether the office can be reached at `instant` (Europe/Berlin hours, whatever the host's time zone).
 *
 * True during any slot, including "appointment" slots and offices marked `appointmentOnly`: the office is
 * staffed then, and a booked visit or a phone call gets through. Use `nextOpening(...).kind` to tell walk-in
 * hours ("open", "consultation") from appointments. Never true while `temporarilyClosed`, on public holidays
 * of `state` (unless an exception opens the day), or on closing exceptions.
 *
 * @example
 * isOpen(office.openingHours, new Date(), office.address?.state)
 */
export function isOpen(hours: OpeningHours | undefined, instant: Date, state?: StateCode): boolean {
  if (!hours || hours.temporarilyClosed) return false;
  const now = instant.getTime();
  if (Number.isNaN(now)) return false;
  // Slots never cross midnight, so the Berlin day of the instant holds every interval that can contain it.
  return intervalsOn(hours, berlinParts(instant).date, state).some(
    (interval) => interval.start.getTime() <= now && now < interval.end.getTime(),
  );
}

import type { OpeningHours, StateCode } from "@beratungsfinder/schemas";
import { WALK_IN_SLOT_KINDS } from "@beratungsfinder/schemas/vocabulary";
import { berlinParts } from "./berlin-time.js";
import type { HolidayPlace } from "./holiday-place.js";
import { intervalsOn, type OpeningInterval } from "./opening-interval.js";

/**
 * Whether a person can walk in at `instant` (Europe/Berlin hours, whatever the host's time zone): only during
 * `open` and `consultation` slots. Appointment slots, offices marked `appointmentOnly` and phone hours are not
 * "open" (see `openingStatus` for "by appointment" and "reachable by phone"). Never true while
 * `temporarilyClosed`, on public holidays of the office's place (unless an exception opens the day), or on
 * closing exceptions.
 *
 * @example
 * isOpen(office.openingHours, new Date(), office.address?.state)
 */
export function isOpen(
  hours: OpeningHours | undefined,
  instant: Date,
  place?: HolidayPlace | StateCode,
): boolean {
  const current = currentInterval(hours, instant, place);
  return current !== undefined && WALK_IN_SLOT_KINDS.includes(current.kind);
}

/** The interval of any kind that contains `instant`, if any (not joined with its neighbours). */
export function currentInterval(
  hours: OpeningHours | undefined,
  instant: Date,
  place?: HolidayPlace | StateCode,
): OpeningInterval | undefined {
  if (!hours || hours.temporarilyClosed) return undefined;
  const now = instant.getTime();
  if (Number.isNaN(now)) return undefined;
  // Slots never cross midnight, so the Berlin day of the instant holds every interval that can contain it.
  return intervalsOn(hours, berlinParts(instant).date, place).find(
    (interval) => interval.start.getTime() <= now && now < interval.end.getTime(),
  );
}

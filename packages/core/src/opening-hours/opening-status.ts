import type { OpeningHours, StateCode } from "@beratungsfinder/schemas";
import { WALK_IN_SLOT_KINDS } from "@beratungsfinder/schemas/vocabulary";
import type { HolidayPlace } from "./holiday-place.js";
import { currentInterval } from "./is-open.js";
import { nextOpening, type OpeningInterval } from "./next-opening.js";

/**
 * What a person can do at an instant: walk in (`open`: open hours or open consultation), book
 * (`by-appointment`: appointment slots, or any slot of an appointment-only office), call (`by-phone`:
 * phone hours), or nothing (`closed`, also while temporarily closed and on holidays).
 */
export type OpeningState = "open" | "by-appointment" | "by-phone" | "closed";

export interface OpeningStatus {
  state: OpeningState;
  /** The current stretch (same kind, back-to-back slots joined) when not closed. */
  current?: OpeningInterval;
  /** The next stretch after the current one (or after now), of any kind: read its `kind`. */
  next: OpeningInterval | null;
  /** The next time a person can walk in, when that is not now; `null` when not within the horizon. */
  nextWalkIn: OpeningInterval | null;
}

const STATE_OF_KIND = {
  open: "open",
  consultation: "open",
  appointment: "by-appointment",
  phone: "by-phone",
} as const satisfies Record<OpeningInterval["kind"], OpeningState>;

/**
 * The opening status of an office at `instant`: open for a walk-in, by appointment, reachable by phone,
 * or closed, with the next opening. Only `open` and `consultation` slots make an office open.
 *
 * @example
 * openingStatus(office.openingHours, new Date(), officeHolidayPlace(office))
 * // { state: "by-appointment", current: { start, end, kind: "appointment" }, next: …, nextWalkIn: … }
 */
export function openingStatus(
  hours: OpeningHours | undefined,
  instant: Date,
  place?: HolidayPlace | StateCode,
): OpeningStatus {
  const now = currentInterval(hours, instant, place);
  const status: OpeningStatus = { state: "closed", next: null, nextWalkIn: null };
  if (now) {
    status.state = STATE_OF_KIND[now.kind];
    // nextOpening joins back-to-back slots of one kind, so `current` shows the true start and end.
    status.current = nextOpening(hours, instant, place, { kinds: [now.kind] }) ?? now;
    status.next = nextOpening(hours, status.current.end, place);
  } else {
    status.next = nextOpening(hours, instant, place);
  }
  if (status.state !== "open") {
    status.nextWalkIn =
      status.next && WALK_IN_SLOT_KINDS.includes(status.next.kind)
        ? status.next
        : nextOpening(hours, instant, place, { kinds: WALK_IN_SLOT_KINDS });
  }
  return status;
}

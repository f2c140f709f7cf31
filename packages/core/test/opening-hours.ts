import type { OpeningHours, TimeSlot } from "@beratungsfinder/schemas";

/**
 * Parsed opening hours for core's opening-hours tests, written with only what a test is about:
 * `hours({ weekly: { tu: [slot("09:00", "12:00")] } })`.
 */

/** One slot, `from`–`to`, open for walk-ins unless `kind` says otherwise. */
export const slot = (from: string, to: string, kind: TimeSlot["kind"] = "open"): TimeSlot => ({
  from,
  to,
  kind,
});

/** Opening hours with nothing set (no slots, no exceptions, not by appointment, not closed) but `partial`. */
export const hours = (partial: Partial<OpeningHours>): OpeningHours => ({
  weekly: {},
  exceptions: [],
  appointmentOnly: false,
  temporarilyClosed: false,
  ...partial,
});

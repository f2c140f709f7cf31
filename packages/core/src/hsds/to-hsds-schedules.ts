import type { OpeningHours, OutreachPlace, TimeSlot, Weekday, WeeklyHours } from "@beratungsfinder/schemas";
import { WEEKDAYS } from "@beratungsfinder/schemas/vocabulary";
import { formatOpeningHoursText } from "../csv/opening-hours-text.js";
import { hsdsId } from "./hsds-id.js";
import type { HsdsRecord } from "./hsds-record.js";
import { OUTREACH_ATTENDING } from "./hsds-schedule.js";

const WEEK_WORDS: Record<number, string> = {
  1: "first",
  2: "second",
  3: "third",
  4: "fourth",
  5: "fifth",
  [-1]: "last",
};

/**
 * Writes outreach slots as HSDS schedules for readers of HSDS: MONTHLY with byday `1TU`/`-1FR`, WEEKLY
 * with interval 2 and dtstart, or WEEKLY; `attending_type` starts with "outreach:" and the description
 * names the venue, which HSDS cannot link to a schedule otherwise. The places themselves travel whole in
 * the `outreach` attribute, which `fromHsds` prefers.
 */
export function exportOutreachSchedules(
  outreach: readonly OutreachPlace[],
  owner: { key: string; serviceId: string; locationId: string; serviceAtLocationId: string },
): HsdsRecord[] {
  return outreach.flatMap((place, placeIndex) =>
    place.slots.map((slot, slotIndex) => {
      const venue = `${place.name}, ${place.address.street}, ${place.address.postalCode} ${place.address.city}`;
      const when =
        slot.repeat === "monthly"
          ? `every ${WEEK_WORDS[slot.week]} ${slot.day} of the month`
          : slot.repeat === "every-2-weeks"
            ? `every 2 weeks on ${slot.day} from ${slot.start}`
            : `every ${slot.day}`;
      return {
        id: hsdsId("schedule", owner.key, "outreach", String(placeIndex), String(slotIndex)),
        service_id: owner.serviceId,
        location_id: owner.locationId,
        service_at_location_id: owner.serviceAtLocationId,
        freq: slot.repeat === "monthly" ? "MONTHLY" : "WEEKLY",
        wkst: "MO",
        ...(slot.repeat === "every-2-weeks" ? { interval: 2, dtstart: slot.start } : {}),
        byday: slot.repeat === "monthly" ? `${slot.week}${BYDAY_OF[slot.day]}` : BYDAY_OF[slot.day],
        opens_at: hsdsTime(slot.from),
        closes_at: hsdsTime(slot.to),
        attending_type: `${OUTREACH_ATTENDING} ${slot.kind} at ${venue}`,
        description: `Outreach at ${venue}: ${when}, ${slot.from}–${slot.to} (Europe/Berlin local time)`,
        ...(slot.note ? { notes: slot.note } : {}),
      };
    }),
  );
}

const BYDAY_OF: Record<Weekday, string> = {
  mo: "MO",
  tu: "TU",
  we: "WE",
  th: "TH",
  fr: "FR",
  sa: "SA",
  su: "SU",
};
const ATTENDING: Record<TimeSlot["kind"], string | undefined> = {
  open: undefined,
  consultation: "consultation (open consultation hours, walk in)",
  appointment: "appointment (by appointment only)",
  phone: "phone (reachable by phone, no visits)",
};

// Our time "09:00" as an HSDS time stamped with Berlin standard time: "09:00:00+01:00". "24:00" is
// written as "00:00", which the reader takes as running to midnight because it is not after the start.
const hsdsTime = (time: string) => `${time === "24:00" ? "00:00" : time}:00+01:00`;

/**
 * Writes weekly hours as HSDS WEEKLY schedules, one per distinct slot with all its days in `byday`.
 * Times carry +01:00 (Berlin standard time) and the description says they are Europe/Berlin
 * wall-clock times that also hold in summer time (+02:00), which `importSchedules` reads back as written.
 */
export function exportSchedules(
  hours: OpeningHours,
  owner: { key: string; serviceId: string; locationId: string; serviceAtLocationId: string },
): HsdsRecord[] {
  const groups = new Map<string, { slot: TimeSlot; days: Weekday[] }>();
  for (const day of WEEKDAYS) {
    for (const slot of hours.weekly[day] ?? []) {
      const key = `${slot.from}-${slot.to}-${slot.kind}`;
      const group = groups.get(key) ?? { slot, days: [] };
      group.days.push(day);
      groups.set(key, group);
    }
  }
  return [...groups.values()].map(({ slot, days }) => {
    const weekly: WeeklyHours = Object.fromEntries(days.map((day) => [day, [slot]]));
    const attending = ATTENDING[slot.kind];
    return {
      id: hsdsId("schedule", owner.key, days.join(","), slot.from, slot.to, slot.kind),
      service_id: owner.serviceId,
      location_id: owner.locationId,
      service_at_location_id: owner.serviceAtLocationId,
      freq: "WEEKLY",
      wkst: "MO",
      byday: days.map((day) => BYDAY_OF[day]).join(","),
      opens_at: hsdsTime(slot.from),
      closes_at: hsdsTime(slot.to),
      description: `${formatOpeningHoursText(weekly)} (Europe/Berlin local time: +01:00 in winter, +02:00 in summer time)`,
      ...(attending ? { attending_type: attending } : {}),
      ...(hours.note ? { notes: hours.note } : {}),
    };
  });
}

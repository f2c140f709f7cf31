import type { TimeSlot, WeeklyHours } from "@beratungsfinder/schemas";
import { WEEKDAYS } from "@beratungsfinder/schemas";
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { formatOpeningHoursText, parseOpeningHoursText } from "./opening-hours-text.js";

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

// Sorted, non-overlapping slots on a quarter-hour grid.
const daySlots = fc
  .uniqueArray(fc.integer({ min: 0, max: 96 }), { minLength: 0, maxLength: 6 })
  .chain((points) => {
    const sorted = [...points].sort((a, b) => a - b);
    const pairs: [number, number][] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) pairs.push([sorted[i]!, sorted[i + 1]!]);
    return fc
      .tuple(...pairs.map(() => fc.constantFrom<TimeSlot["kind"]>("open", "consultation", "appointment")))
      .map((kinds) =>
        pairs.map(([from, to], index) => ({
          from: clock(from * 15),
          to: clock(to * 15),
          kind: kinds[index]!,
        })),
      );
  });

const weekly = fc.tuple(...WEEKDAYS.map(() => daySlots)).map((days) => {
  const hours: WeeklyHours = {};
  WEEKDAYS.forEach((day, index) => {
    if (days[index]!.length > 0) hours[day] = days[index];
  });
  return hours;
});

describe("formatOpeningHoursText and parseOpeningHoursText", () => {
  test.prop([weekly, fc.constantFrom("de" as const, "en" as const)])(
    "read back every week they write",
    (hours, language) => {
      expect(parseOpeningHoursText(formatOpeningHoursText(hours, { language }))).toEqual({
        weekly: hours,
        errors: [],
      });
    },
  );
});

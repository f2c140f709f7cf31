import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { toReadableIssues } from "./issues.js";
import { DaySlotsSchema, OpeningHoursSchema, TimeSlotSchema } from "./opening-hours.js";

function issuesOf(schema: z.ZodMiniType, input: unknown) {
  const result = z.safeParse(schema, input, { reportInput: true });
  return result.success ? [] : toReadableIssues(result.error.issues);
}

describe("TimeSlotSchema", () => {
  it("defaults kind to open", () => {
    expect(z.parse(TimeSlotSchema, { from: "09:00", to: "12:00" })).toEqual({
      from: "09:00",
      to: "12:00",
      kind: "open",
    });
  });

  it("accepts a slot that runs to midnight", () => {
    expect(issuesOf(TimeSlotSchema, { from: "18:00", to: "24:00" })).toEqual([]);
  });

  it.each([
    [
      { from: "12:00", to: "09:00" },
      "to",
      'expected an end time after the start time "12:00", received "09:00"',
    ],
    [
      { from: "12:00", to: "12:00" },
      "to",
      'expected an end time after the start time "12:00", received "12:00"',
    ],
    [
      { from: "24:00", to: "24:00" },
      "to",
      'expected an end time after the start time "24:00", received "24:00"',
    ],
    [
      { from: "25:00", to: "26:00" },
      "from",
      expect.stringMatching(/^expected a time "HH:MM".*received "25:00"$/),
    ],
    [{ from: "09:60", to: "12:00" }, "from", expect.stringMatching(/received "09:60"$/)],
  ])("refuses %j at %s", (slot, path, message) => {
    expect(issuesOf(TimeSlotSchema, slot)[0]).toMatchObject({ path, message });
  });
});

describe("DaySlotsSchema", () => {
  it("accepts slots that touch", () => {
    const slots = [
      { from: "13:00", to: "16:00" },
      { from: "09:00", to: "13:00" },
    ];
    expect(issuesOf(DaySlotsSchema, slots)).toEqual([]);
  });

  it("reports an overlap at the later slot, whatever the order given", () => {
    const slots = [
      { from: "11:00", to: "14:00" },
      { from: "08:00", to: "09:00" },
      { from: "09:00", to: "12:00" },
    ];
    expect(issuesOf(DaySlotsSchema, slots)).toEqual([
      {
        code: "overlapping_slots",
        path: "[0].from",
        message: "expected slots that do not overlap, received 11:00–14:00 overlapping 09:00–12:00",
        expected: "slots that do not overlap",
        received: "11:00–14:00 overlapping 09:00–12:00",
      },
    ]);
  });

  it("reports an overlap between different kinds of slot too", () => {
    const slots = [
      { from: "09:00", to: "17:00" },
      { from: "10:00", to: "12:00", kind: "consultation" },
    ];
    expect(issuesOf(DaySlotsSchema, slots)).toHaveLength(1);
  });
});

// The rule as it was written before slots given in order skipped the sort: sort by start, then report
// every slot that starts before the one before it ends.
function overlapsBySorting(slots: { from: string; to: string }[]) {
  const order = slots.map((_, index) => index).sort((a, b) => (slots[a]!.from < slots[b]!.from ? -1 : 1));
  const found: { path: string; received: string }[] = [];
  for (let i = 1; i < order.length; i++) {
    const earlier = slots[order[i - 1]!]!;
    const later = slots[order[i]!]!;
    if (later.from < earlier.to)
      found.push({
        path: `[${order[i]}].from`,
        received: `${later.from}–${later.to} overlapping ${earlier.from}–${earlier.to}`,
      });
  }
  return found;
}

const hour = (h: number) => `${String(h).padStart(2, "0")}:00`;
const validSlot = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 1, max: 8 }))
  .map(([from, length]) => ({ from: hour(from), to: hour(Math.min(24, from + length)) }));

describe("DaySlotsSchema overlaps", () => {
  test.prop([fc.array(validSlot, { maxLength: 5 })], { numRuns: 500, seed: 7 })(
    "reports exactly the overlaps the sorted walk finds, in order or not",
    (slots) => {
      const issues = issuesOf(DaySlotsSchema, slots).map(({ path, received }) => ({ path, received }));
      expect(issues).toEqual(overlapsBySorting(slots));
    },
  );

  test.prop([fc.array(validSlot, { minLength: 2, maxLength: 5 })], { numRuns: 300, seed: 8 })(
    "reports the overlaps of slots given in order, back to back, or starting together",
    (slots) => {
      const sorted = [...slots].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
      const issues = issuesOf(DaySlotsSchema, sorted).map(({ path, received }) => ({ path, received }));
      expect(issues).toEqual(overlapsBySorting(sorted));
    },
  );

  it("reports two slots that start at the same time, given in order", () => {
    const slots = [
      { from: "09:00", to: "10:00" },
      { from: "09:00", to: "12:00" },
    ];
    expect(issuesOf(DaySlotsSchema, slots)).toHaveLength(1);
  });
});

describe("OpeningHoursSchema", () => {
  it("fills defaults", () => {
    expect(z.parse(OpeningHoursSchema, {})).toEqual({
      weekly: {},
      exceptions: [],
      appointmentOnly: false,
      temporarilyClosed: false,
    });
  });

  it("accepts a one-day exception with other hours", () => {
    const hours = {
      exceptions: [
        { from: "2026-05-14", to: "2026-05-14", closed: false, slots: [{ from: "10:00", to: "12:00" }] },
      ],
    };
    expect(issuesOf(OpeningHoursSchema, hours)).toEqual([]);
  });
});

import { type OpeningHours, STATE_CODES, type TimeSlot, WEEKDAYS } from "@beratungsfinder/schemas";
import { fc, it } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { addDays, berlinParts } from "./berlin-time.js";
import { currentInterval, isOpen } from "./is-open.js";
import { nextOpening } from "./next-opening.js";
import { weekView } from "./week-view.js";

// Instants are generated as epoch milliseconds, so nothing here depends on the host's time zone.
const KINDS = ["open", "consultation", "appointment", "phone"] as const;
const time = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

// Non-overlapping slots of one day: an even number of distinct quarter-hour marks in 00:00–24:00, paired up.
const daySlots: fc.Arbitrary<TimeSlot[]> = fc
  .uniqueArray(fc.integer({ min: 0, max: 96 }), { maxLength: 6 })
  .chain((marks) =>
    fc.array(fc.constantFrom(...KINDS), { minLength: 3, maxLength: 3 }).map((kinds) => {
      const sorted = [...marks].sort((a, b) => a - b);
      const slots: TimeSlot[] = [];
      for (let i = 0; i + 1 < sorted.length; i += 2) {
        slots.push({ from: time(sorted[i]! * 15), to: time(sorted[i + 1]! * 15), kind: kinds[i / 2]! });
      }
      return slots;
    }),
  );

const FROM = Date.UTC(2025, 0, 1);
const TO = Date.UTC(2028, 11, 31);
// Clock-change nights are where bugs hide: a third of the instants fall within a day of one.
const CLOCK_CHANGES = [
  "2025-03-30T01:00:00Z",
  "2025-10-26T01:00:00Z",
  "2026-03-29T01:00:00Z",
  "2026-10-25T01:00:00Z",
  "2027-03-28T01:00:00Z",
  "2027-10-31T01:00:00Z",
].map(Date.parse);
const instant = fc.oneof(
  fc.integer({ min: FROM, max: TO }),
  fc
    .tuple(fc.constantFrom(...CLOCK_CHANGES), fc.integer({ min: -86_400_000, max: 86_400_000 }))
    .map(([change, delta]) => change + delta),
  // Exactly on quarter hours, where slots start and end.
  fc.integer({ min: FROM / 900_000, max: TO / 900_000 }).map((quarter) => quarter * 900_000),
);

const date = fc.integer({ min: FROM / 86_400_000, max: TO / 86_400_000 }).map((day) => {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
});
const exception = fc
  .record({
    from: date,
    length: fc.integer({ min: 0, max: 20 }),
    closed: fc.boolean(),
    slots: fc.option(daySlots),
  })
  .map(({ from, length, closed, slots }) => ({
    from,
    to: addDays(from, length),
    closed,
    ...(closed || slots === null ? {} : { slots }),
  }));

const openingHours: fc.Arbitrary<OpeningHours> = fc.record({
  weekly: fc.record(Object.fromEntries(WEEKDAYS.map((day) => [day, daySlots])), { requiredKeys: [] }),
  exceptions: fc.array(exception, { maxLength: 3 }),
  appointmentOnly: fc.boolean(),
  temporarilyClosed: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
});
const state = fc.option(fc.constantFrom(...STATE_CODES), { nil: undefined });

/** In any interval, of any kind: the office is reachable in some way. */
const reachable = (hours: OpeningHours, at: Date, st: (typeof STATE_CODES)[number] | undefined) =>
  currentInterval(hours, at, st) !== undefined;

describe("opening hours properties", () => {
  it.prop([openingHours, instant, state])("nextOpening is never in the past", (hours, at, st) => {
    const next = nextOpening(hours, new Date(at), st);
    if (next) {
      expect(next.end.getTime()).toBeGreaterThan(at);
      expect(next.end.getTime()).toBeGreaterThan(next.start.getTime());
    }
  });

  it.prop([openingHours, instant, state])(
    "an interval is current exactly when the next opening has started",
    (hours, at, st) => {
      const next = nextOpening(hours, new Date(at), st);
      expect(reachable(hours, new Date(at), st)).toBe(next !== null && next.start.getTime() <= at);
    },
  );

  it.prop([openingHours, instant, state])(
    "isOpen holds exactly during walk-in intervals, never during appointment or phone hours",
    (hours, at, st) => {
      const current = currentInterval(hours, new Date(at), st);
      const walkIn = current !== undefined && (current.kind === "open" || current.kind === "consultation");
      expect(isOpen(hours, new Date(at), st)).toBe(walkIn);
      if (hours.appointmentOnly) expect(isOpen(hours, new Date(at), st)).toBe(false);
    },
  );

  it.prop([openingHours, instant, state])(
    "isOpen and nextOpening agree on the boundaries of the next opening",
    (hours, at, st) => {
      const next = nextOpening(hours, new Date(at), st);
      if (!next) return;
      expect(reachable(hours, next.start, st)).toBe(true);
      const after = nextOpening(hours, next.end, st);
      expect(reachable(hours, next.end, st)).toBe(
        after !== null && after.start.getTime() <= next.end.getTime(),
      );
      // Back-to-back intervals of one kind are joined, so the interval after the end is a different one.
      if (after) expect(after.start.getTime() > next.end.getTime() || after.kind !== next.kind).toBe(true);
    },
  );

  it.prop([openingHours, instant, state])("is open just before the next opening ends", (hours, at, st) => {
    const next = nextOpening(hours, new Date(at), st);
    if (next) expect(reachable(hours, new Date(next.end.getTime() - 1), st)).toBe(true);
  });

  it.prop([openingHours, instant, state])(
    "weekView always gives seven consecutive days from a Monday, containing the instant",
    (hours, at, st) => {
      const week = weekView(hours, new Date(at), st);
      expect(week).toHaveLength(7);
      expect(week.map((day) => day.weekday)).toEqual([...WEEKDAYS]);
      week.forEach((day, index) => {
        expect(day.date).toBe(addDays(week[0]!.date, index));
        expect(day.closed).toBe(day.slots.length === 0);
      });
      expect(week.map((day) => day.date)).toContain(berlinParts(at).date);
    },
  );

  it.prop([openingHours, instant, state])("never opens while temporarily closed", (hours, at, st) => {
    const closed = { ...hours, temporarilyClosed: true };
    expect(isOpen(closed, new Date(at), st)).toBe(false);
    expect(nextOpening(closed, new Date(at), st)).toBeNull();
  });
});

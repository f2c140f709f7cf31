import { describe, expect, it } from "vitest";
import { addDays, berlinInstant, berlinParts, weekdayOf } from "./berlin-time.js";

// Every expectation is written in UTC ("…Z"), so the tests mean the same under any host TZ
// (the package script runs them again under America/New_York and Asia/Tokyo).
describe("berlinParts", () => {
  it("reads winter and summer time", () => {
    expect(berlinParts(new Date("2026-01-15T08:30:00Z"))).toMatchObject({
      date: "2026-01-15",
      hour: 9,
      minute: 30,
      weekday: "th",
      offsetMinutes: 60,
    });
    expect(berlinParts(new Date("2026-07-01T22:30:00Z"))).toMatchObject({
      date: "2026-07-02",
      hour: 0,
      minute: 30,
      weekday: "th",
      minutes: 30,
      offsetMinutes: 120,
    });
  });

  it("switches offset exactly at 01:00 UTC on the last Sundays of March and October", () => {
    expect(berlinParts(new Date("2026-03-29T00:59:59Z"))).toMatchObject({ hour: 1, offsetMinutes: 60 });
    expect(berlinParts(new Date("2026-03-29T01:00:00Z"))).toMatchObject({ hour: 3, offsetMinutes: 120 });
    expect(berlinParts(new Date("2026-10-25T00:59:59Z"))).toMatchObject({ hour: 2, offsetMinutes: 120 });
    expect(berlinParts(new Date("2026-10-25T01:00:00Z"))).toMatchObject({ hour: 2, offsetMinutes: 60 });
  });

  it("rejects an invalid date with a message", () => {
    expect(() => berlinParts(new Date("nonsense"))).toThrow(/expected a valid Date/);
  });
});

describe("berlinInstant", () => {
  it("turns Berlin wall-clock times into instants in winter and summer", () => {
    expect(berlinInstant("2026-01-15", 9 * 60).toISOString()).toBe("2026-01-15T08:00:00.000Z");
    expect(berlinInstant("2026-07-15", 9 * 60).toISOString()).toBe("2026-07-15T07:00:00.000Z");
    expect(berlinInstant("2026-07-15", 24 * 60).toISOString()).toBe("2026-07-15T22:00:00.000Z");
  });

  it("puts a wall time in the spring-forward gap at the moment the clocks jump", () => {
    expect(berlinInstant("2026-03-29", 2 * 60).toISOString()).toBe("2026-03-29T01:00:00.000Z");
    expect(berlinInstant("2026-03-29", 2 * 60 + 30).toISOString()).toBe("2026-03-29T01:00:00.000Z");
    expect(berlinInstant("2026-03-29", 2 * 60 + 59).toISOString()).toBe("2026-03-29T01:00:00.000Z");
    expect(berlinInstant("2026-03-29", 3 * 60).toISOString()).toBe("2026-03-29T01:00:00.000Z");
  });

  it("reads a repeated autumn wall time as its first, summer-time occurrence", () => {
    expect(berlinInstant("2026-10-25", 2 * 60 + 30).toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(berlinInstant("2026-10-25", 3 * 60).toISOString()).toBe("2026-10-25T02:00:00.000Z");
  });

  it("gives the autumn day 25 hours and the spring day 23", () => {
    const hours = (date: string) =>
      (berlinInstant(date, 1440).getTime() - berlinInstant(date, 0).getTime()) / 3_600_000;
    expect(hours("2026-10-25")).toBe(25);
    expect(hours("2026-03-29")).toBe(23);
    expect(hours("2026-06-01")).toBe(24);
  });
});

describe("addDays and weekdayOf", () => {
  it("count calendar days across months, years and leap days", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(weekdayOf("2026-11-24")).toBe("tu");
    expect(weekdayOf("2026-03-29")).toBe("su");
  });
});

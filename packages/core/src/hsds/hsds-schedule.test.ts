import { describe, expect, it } from "vitest";
import { importSchedules, parseHsdsTime, toBerlinMinutes } from "./hsds-schedule.js";
import { exportSchedules } from "./to-hsds-schedules.js";

const weekly = (schedule: Record<string, unknown>) => {
  const warnings: string[] = [];
  const result = importSchedules([{ id: "s", freq: "WEEKLY", ...schedule }], "schedules", warnings);
  return { weekly: result.weekly, recurring: result.recurring, notes: result.notes, warnings };
};

describe("parseHsdsTime", () => {
  it("reads times with and without seconds and UTC offsets", () => {
    expect(parseHsdsTime("09:00")).toEqual({ minutes: 540 });
    expect(parseHsdsTime("09:00:00+01:00")).toEqual({ minutes: 540, offset: 60 });
    expect(parseHsdsTime("08:00Z")).toEqual({ minutes: 480, offset: 0 });
    expect(parseHsdsTime("15:30:00-0500")).toEqual({ minutes: 930, offset: -300 });
    expect(parseHsdsTime("9 am")).toBeUndefined();
    expect(parseHsdsTime("25:00")).toBeUndefined();
  });
});

describe("toBerlinMinutes", () => {
  it("keeps times stamped with Berlin's own offsets and converts others via standard time", () => {
    expect(toBerlinMinutes(540, 60)).toEqual({ minutes: 540, converted: false });
    expect(toBerlinMinutes(540, 120)).toEqual({ minutes: 540, converted: false });
    expect(toBerlinMinutes(480, 0)).toEqual({ minutes: 540, converted: true });
    expect(toBerlinMinutes(540, -300)).toEqual({ minutes: 900, converted: true });
  });
});

describe("importSchedules", () => {
  it("reads WEEKLY byday rules into slots in Europe/Berlin time", () => {
    const { weekly: hours, warnings } = weekly({
      byday: "MO,WE",
      opens_at: "09:00:00+01:00",
      closes_at: "12:00:00+01:00",
    });
    expect(warnings).toEqual([]);
    expect(hours).toEqual({
      mo: [{ from: "09:00", to: "12:00", kind: "open" }],
      we: [{ from: "09:00", to: "12:00", kind: "open" }],
    });
  });

  it("turns UTC times into standard-time Berlin hours and says so", () => {
    const { weekly: hours, warnings } = weekly({ byday: "TU", opens_at: "08:00Z", closes_at: "11:00Z" });
    expect(hours.tu).toEqual([{ from: "09:00", to: "12:00", kind: "open" }]);
    expect(warnings).toEqual([
      expect.stringMatching(/^schedules\[0\]: times with UTC offset \+0 h converted.*summer time/),
    ]);
  });

  it("moves a slot to the next day when the conversion crosses midnight and splits overnight slots", () => {
    expect(weekly({ byday: "SU", opens_at: "23:30Z", closes_at: "23:45Z" }).weekly).toEqual({
      mo: [{ from: "00:30", to: "00:45", kind: "open" }],
    });
    expect(weekly({ byday: "FR", opens_at: "22:00", closes_at: "02:00" }).weekly).toEqual({
      fr: [{ from: "22:00", to: "24:00", kind: "open" }],
      sa: [{ from: "00:00", to: "02:00", kind: "open" }],
    });
  });

  it("applies the schedule's timezone to times without an offset", () => {
    expect(weekly({ byday: "MO", opens_at: "10:00", closes_at: "12:00", timezone: 0 }).weekly.mo).toEqual([
      { from: "11:00", to: "13:00", kind: "open" },
    ]);
  });

  it("reads the attending type as the kind of slot", () => {
    expect(
      weekly({ byday: "TH", opens_at: "14:00", closes_at: "18:00", attending_type: "by appointment" }).weekly
        .th,
    ).toEqual([{ from: "14:00", to: "18:00", kind: "appointment" }]);
  });

  it("reads MONTHLY nth-weekday rules and two-weekly rules with a dtstart as recurring (outreach) slots", () => {
    const monthly = weekly({
      freq: "MONTHLY",
      byday: "1SA,-1FR",
      opens_at: "10:00:00+01:00",
      closes_at: "12:00:00+01:00",
      attending_type: "outreach: appointment at Rathaus",
      notes: "bitte anmelden",
    });
    expect(monthly.weekly).toEqual({});
    expect(monthly.warnings).toEqual([]);
    expect(monthly.notes).toEqual([]);
    expect(monthly.recurring).toEqual([
      {
        repeat: "monthly",
        week: 1,
        day: "sa",
        from: "10:00",
        to: "12:00",
        kind: "appointment",
        note: "bitte anmelden",
      },
      {
        repeat: "monthly",
        week: -1,
        day: "fr",
        from: "10:00",
        to: "12:00",
        kind: "appointment",
        note: "bitte anmelden",
      },
    ]);
    // dtstart 2026-01-05 is a Monday: the first Tuesday on or after it is the 6th.
    const twoWeekly = weekly({
      byday: "TU",
      opens_at: "14:00",
      closes_at: "16:00",
      interval: 2,
      dtstart: "2026-01-05",
    });
    expect(twoWeekly.recurring).toEqual([
      {
        repeat: "every-2-weeks",
        start: "2026-01-06",
        day: "tu",
        from: "14:00",
        to: "16:00",
        kind: "consultation",
      },
    ]);
  });

  it("reports MONTHLY rules, intervals and validity periods it cannot hold", () => {
    const monthly = weekly({
      freq: "MONTHLY",
      bymonthday: "15",
      opens_at: "10:00",
      closes_at: "12:00",
      description: "Am 15.",
    });
    expect(monthly.weekly).toEqual({});
    expect(monthly.warnings).toEqual([expect.stringContaining("freq MONTHLY cannot be shown")]);
    expect(monthly.notes).toEqual(["Am 15."]);
    expect(weekly({ byday: "MO", opens_at: "10:00", closes_at: "12:00", interval: 2 }).warnings[0]).toContain(
      "interval 2",
    );
    expect(weekly({ byday: "MO", opens_at: "10:00", closes_at: "12:00", interval: 3 }).warnings[0]).toContain(
      "interval 3",
    );
    const valid = weekly({
      byday: "MO",
      opens_at: "10:00",
      closes_at: "12:00",
      valid_from: "2026-06-01",
      valid_to: "2026-08-31",
    });
    expect(valid.weekly.mo).toHaveLength(1);
    expect(valid.warnings[0]).toContain("valid_from/valid_to (2026-06-01 to 2026-08-31)");
  });
});

describe("exportSchedules", () => {
  it("writes one WEEKLY schedule per slot with Berlin standard-time offsets that import back unchanged", () => {
    const hours = {
      weekly: {
        mo: [{ from: "09:00", to: "12:00", kind: "open" as const }],
        tu: [{ from: "09:00", to: "12:00", kind: "open" as const }],
        th: [{ from: "14:00", to: "24:00", kind: "appointment" as const }],
      },
      exceptions: [],
      appointmentOnly: false,
      temporarilyClosed: false,
    };
    const schedules = exportSchedules(hours, {
      key: "o",
      serviceId: "s",
      locationId: "l",
      serviceAtLocationId: "x",
    });
    expect(schedules.map((s) => [s.byday, s.opens_at, s.closes_at])).toEqual([
      ["MO,TU", "09:00:00+01:00", "12:00:00+01:00"],
      ["TH", "14:00:00+01:00", "00:00:00+01:00"],
    ]);
    const warnings: string[] = [];
    expect(importSchedules(schedules, "schedules", warnings).weekly).toEqual(hours.weekly);
    expect(warnings).toEqual([]);
  });
});

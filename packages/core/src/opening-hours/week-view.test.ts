import { OpeningHoursSchema } from "@beratungsfinder/schemas";
import { describe, expect, it } from "vitest";
import { weekView } from "./week-view.js";

const hours = OpeningHoursSchema.parse({
  weekly: { mo: [{ from: "09:00", to: "12:00" }], th: [{ from: "13:00", to: "16:00" }] },
});
const dates = (week: ReturnType<typeof weekView>) => week.map((day) => day.date);
const labels = (week: ReturnType<typeof weekView>) => week.map((day) => day.relative ?? day.weekday);

describe("weekView", () => {
  it("marks today and tomorrow in Berlin, not in UTC", () => {
    // Wednesday 2 Dec 2026, 23:30 UTC is already Thursday 00:30 in Berlin.
    const week = weekView(hours, new Date("2026-12-02T23:30:00Z"));
    expect(labels(week)).toEqual(["mo", "tu", "we", "today", "tomorrow", "sa", "su"]);
  });

  it("marks tomorrow in the next week only when that week is shown", () => {
    const sunday = new Date("2026-12-06T10:00:00Z");
    expect(labels(weekView(hours, sunday))).toEqual(["mo", "tu", "we", "th", "fr", "sa", "today"]);
    expect(labels(weekView(hours, sunday, undefined, { weekendShowsComingWeek: true }))).toEqual([
      "tomorrow",
      "tu",
      "we",
      "th",
      "fr",
      "sa",
      "su",
    ]);
  });

  it("shows the coming week on Saturday and Sunday when asked, and the current week on a Friday", () => {
    const options = { weekendShowsComingWeek: true };
    const saturday = weekView(hours, new Date("2026-12-05T08:00:00Z"), "DE-BE", options);
    expect(dates(saturday)[0]).toBe("2026-12-07");
    expect(dates(saturday)[6]).toBe("2026-12-13");
    expect(saturday[0]?.slots.map((slot) => slot.from)).toEqual(["09:00"]);
    const friday = weekView(hours, new Date("2026-12-04T08:00:00Z"), "DE-BE", options);
    expect(dates(friday)[0]).toBe("2026-11-30");
  });

  it("applies holidays in the coming week: Christmas falls in the week after the weekend of 19–20 Dec 2026", () => {
    const week = weekView(hours, new Date("2026-12-20T12:00:00Z"), "DE-BY", { weekendShowsComingWeek: true });
    expect(week[4]).toMatchObject({ date: "2026-12-25", closed: true, holiday: "1. Weihnachtstag" });
  });
});

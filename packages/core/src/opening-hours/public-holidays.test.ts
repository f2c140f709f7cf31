import { describe, expect, it } from "vitest";
import { easterSunday, holidayOn, publicHolidays } from "./public-holidays.js";

const names = (year: number, state?: Parameters<typeof publicHolidays>[1]) =>
  publicHolidays(year, state).map((holiday) => holiday.name);

describe("easterSunday", () => {
  it("matches known Easter dates", () => {
    expect(easterSunday(2019)).toBe("2019-04-21");
    expect(easterSunday(2024)).toBe("2024-03-31");
    expect(easterSunday(2025)).toBe("2025-04-20");
    expect(easterSunday(2026)).toBe("2026-04-05");
    expect(easterSunday(2038)).toBe("2038-04-25");
    expect(easterSunday(2285)).toBe("2285-03-22");
  });
});

describe("publicHolidays", () => {
  it("lists the nine nationwide holidays without a state, sorted by date", () => {
    expect(publicHolidays(2026)).toEqual([
      { date: "2026-01-01", name: "Neujahr" },
      { date: "2026-04-03", name: "Karfreitag" },
      { date: "2026-04-06", name: "Ostermontag" },
      { date: "2026-05-01", name: "Tag der Arbeit" },
      { date: "2026-05-14", name: "Christi Himmelfahrt" },
      { date: "2026-05-25", name: "Pfingstmontag" },
      { date: "2026-10-03", name: "Tag der Deutschen Einheit" },
      { date: "2026-12-25", name: "1. Weihnachtstag" },
      { date: "2026-12-26", name: "2. Weihnachtstag" },
    ]);
  });

  it("adds the Catholic holidays in Bavaria, and assumes Mariä Himmelfahrt where the municipality is unknown", () => {
    const bavaria = publicHolidays(2026, "DE-BY");
    expect(bavaria).toContainEqual({ date: "2026-01-06", name: "Heilige Drei Könige" });
    expect(bavaria).toContainEqual({ date: "2026-06-04", name: "Fronleichnam" });
    expect(bavaria).toContainEqual({ date: "2026-11-01", name: "Allerheiligen" });
    expect(bavaria).toContainEqual({
      date: "2026-08-15",
      name: "Mariä Himmelfahrt (in den meisten bayerischen Gemeinden)",
      scope: "assumed",
    });
    expect(names(2026, "DE-BY")).not.toContain("Augsburger Hohes Friedensfest");
    expect(bavaria).toHaveLength(13);
  });

  it("keeps Mariä Himmelfahrt in Saarland", () => {
    expect(publicHolidays(2026, "DE-SL")).toContainEqual({ date: "2026-08-15", name: "Mariä Himmelfahrt" });
  });

  it("puts Buß- und Bettag on the Wednesday before 23 November in Saxony only", () => {
    expect(holidayOn("2026-11-18", "DE-SN")).toBe("Buß- und Bettag");
    expect(holidayOn("2023-11-22", "DE-SN")).toBe("Buß- und Bettag");
    expect(holidayOn("2025-11-19", "DE-SN")).toBe("Buß- und Bettag");
    expect(holidayOn("2026-11-18", "DE-BY")).toBeUndefined();
    expect(names(2026, "DE-SN")).not.toContain("Fronleichnam");
  });

  it("follows the Frauentag in Berlin since 2019 and Mecklenburg-Vorpommern since 2023", () => {
    expect(holidayOn("2019-03-08", "DE-BE")).toBe("Internationaler Frauentag");
    expect(holidayOn("2018-03-08", "DE-BE")).toBeUndefined();
    expect(holidayOn("2023-03-08", "DE-MV")).toBe("Internationaler Frauentag");
    expect(holidayOn("2022-03-08", "DE-MV")).toBeUndefined();
    expect(holidayOn("2026-03-08", "DE-HH")).toBeUndefined();
  });

  it("has Reformationstag in the northern states since 2018 and everywhere in 2017", () => {
    for (const state of [
      "DE-BB",
      "DE-HB",
      "DE-HH",
      "DE-MV",
      "DE-NI",
      "DE-SN",
      "DE-ST",
      "DE-SH",
      "DE-TH",
    ] as const) {
      expect(holidayOn("2026-10-31", state), state).toBe("Reformationstag");
    }
    expect(holidayOn("2016-10-31", "DE-HH")).toBeUndefined();
    expect(holidayOn("2016-10-31", "DE-SN")).toBe("Reformationstag");
    expect(holidayOn("2017-10-31", "DE-BY")).toBe("Reformationstag");
    expect(names(2017, "DE-SN").filter((name) => name === "Reformationstag")).toHaveLength(1);
    expect(holidayOn("2026-10-31", "DE-NW")).toBeUndefined();
  });

  it("has Weltkindertag in Thuringia and one-off Tag der Befreiung in Berlin", () => {
    expect(holidayOn("2026-09-20", "DE-TH")).toBe("Weltkindertag");
    expect(holidayOn("2025-05-08", "DE-BE")).toBe("Tag der Befreiung");
    expect(holidayOn("2026-05-08", "DE-BE")).toBeUndefined();
  });

  it("names Heilige Drei Könige in Saxony-Anhalt and Fronleichnam in Hesse", () => {
    expect(holidayOn("2026-01-06", "DE-ST")).toBe("Heilige Drei Könige");
    expect(holidayOn("2026-06-04", "DE-HE")).toBe("Fronleichnam");
    expect(holidayOn("2026-06-04", "DE-TH")).toBeUndefined();
  });
});

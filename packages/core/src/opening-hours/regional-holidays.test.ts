import { describe, expect, it } from "vitest";
import { hours, slot } from "../../test/opening-hours.js";
import { isOpen } from "./is-open.js";
import { holidayOn, publicHolidays } from "./public-holidays.js";

const by = (municipalityKey: string) => ({ state: "DE-BY" as const, municipalityKey });

describe("regional public holidays by municipality key", () => {
  it("keeps 15 August in München, Augsburg, Regensburg, Würzburg and Ingolstadt", () => {
    for (const ags of ["09162000", "09761000", "09362000", "09663000", "09161000"]) {
      expect(holidayOn("2026-08-15", by(ags)), ags).toBe("Mariä Himmelfahrt");
    }
  });

  it("keeps 15 August in all of Oberbayern and Niederbayern", () => {
    expect(holidayOn("2026-08-15", by("09175122"))).toBe("Mariä Himmelfahrt"); // Grafing b.München
    expect(holidayOn("2026-08-15", by("09271130"))).toBe("Mariä Himmelfahrt"); // Lalling
  });

  it("does not keep 15 August in Nürnberg, Fürth and Erlangen, nor in most of Franconia", () => {
    for (const ags of ["09564000", "09563000", "09562000", "09574112"]) {
      expect(holidayOn("2026-08-15", by(ags)), ags).toBeUndefined();
    }
  });

  it("does not keep 15 August in the named Protestant municipalities of Schwaben and Unterfranken", () => {
    for (const ags of ["09779194", "09779197", "09779155", "09675141"]) {
      expect(holidayOn("2026-08-15", by(ags)), ags).toBeUndefined();
    }
  });

  it("assumes 15 August where the municipality is unknown or the table cannot tell", () => {
    const assumed = "Mariä Himmelfahrt (in den meisten bayerischen Gemeinden)";
    expect(holidayOn("2026-08-15", "DE-BY")).toBe(assumed);
    expect(holidayOn("2026-08-15", { state: "DE-BY" })).toBe(assumed);
    // Another municipality of Landkreis Donau-Ries, where Protestant and Catholic municipalities mix.
    expect(holidayOn("2026-08-15", by("09779180"))).toBe(assumed);
    expect(publicHolidays(2026, by("09779180")).find((h) => h.date === "2026-08-15")?.scope).toBe("assumed");
  });

  it("keeps 8 August in the city of Augsburg only", () => {
    expect(holidayOn("2026-08-08", by("09761000"))).toBe("Augsburger Hohes Friedensfest");
    expect(holidayOn("2026-08-08", by("09772147"))).toBeUndefined(); // Gersthofen, Landkreis Augsburg
    expect(holidayOn("2026-08-08", "DE-BY")).toBeUndefined();
  });

  it("keeps Fronleichnam in the Catholic Sorbian municipalities of Landkreis Bautzen only", () => {
    // Fronleichnam 2026: 4 June.
    expect(holidayOn("2026-06-04", { state: "DE-SN", municipalityKey: "14625080" })).toBe("Fronleichnam");
    expect(holidayOn("2026-06-04", { state: "DE-SN", municipalityKey: "14625500" })).toBe("Fronleichnam");
    expect(holidayOn("2026-06-04", { state: "DE-SN", municipalityKey: "14612000" })).toBeUndefined(); // Dresden
    expect(holidayOn("2026-06-04", "DE-SN")).toBeUndefined();
  });

  it("keeps Fronleichnam in Landkreis Eichsfeld and Geisa, not in Erfurt", () => {
    expect(holidayOn("2026-06-04", { state: "DE-TH", municipalityKey: "16061074" })).toBe("Fronleichnam");
    expect(holidayOn("2026-06-04", { state: "DE-TH", municipalityKey: "16063032" })).toBe("Fronleichnam");
    expect(holidayOn("2026-06-04", { state: "DE-TH", municipalityKey: "16051000" })).toBeUndefined();
  });

  it("ignores a municipality key of another state", () => {
    expect(holidayOn("2026-08-15", { state: "DE-NW", municipalityKey: "09162000" })).toBeUndefined();
  });

  it("lets an office's own exception reopen a regional holiday", () => {
    const saturdays = hours({
      weekly: { sa: [slot("09:00", "12:00")] },
      exceptions: [{ from: "2026-08-15", to: "2026-08-15", closed: false }],
    });
    const saturday = new Date("2026-08-15T08:00:00Z"); // 10:00 in Berlin (summer time)
    expect(isOpen({ ...saturdays, exceptions: [] }, saturday, "DE-BY")).toBe(false);
    expect(isOpen(saturdays, saturday, "DE-BY")).toBe(true);
    expect(isOpen({ ...saturdays, exceptions: [] }, saturday, by("09564000"))).toBe(true); // Nürnberg
  });
});

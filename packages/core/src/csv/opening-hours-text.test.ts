import { describe, expect, it } from "vitest";
import {
  formatOpeningHoursText,
  MAX_OPENING_HOURS_ERRORS,
  parseOpeningHoursText,
} from "./opening-hours-text.js";

describe("parseOpeningHoursText", () => {
  it("takes no word from Object.prototype for a day", () => {
    const { weekly, errors } = parseOpeningHoursText("constructor 09:00-12:00; __proto__ 10:00-11:00");
    expect(weekly).toEqual({});
    expect(errors.map((error) => error.message)).toEqual([
      expect.stringMatching(
        /^expected a day such as "Mo" or "Mo-Fr" at the start of each group, received "constructor"/,
      ),
      expect.stringMatching(/received "_"/),
    ]);
  });

  it("lists at most ten problems of a 60 KB text, counts the rest and quotes no more than 40 characters", () => {
    const { errors } = parseOpeningHoursText("Mo-Fr 09:00-12:00; ".repeat(3_200));
    expect(errors).toHaveLength(MAX_OPENING_HOURS_ERRORS + 1);
    expect(errors.at(-1)?.message).toMatch(/^and 15985 more problems/);
    const word = parseOpeningHoursText(`Mo ${"x".repeat(60_000)}`).errors;
    expect(word).toHaveLength(1);
    expect(word[0]!.message.length).toBeLessThan(200);
    expect(parseOpeningHoursText("Mo-Fr ".repeat(10_000)).errors).toHaveLength(1);
  });

  it("reads days, several slots and a kind in brackets", () => {
    const { weekly, errors } = parseOpeningHoursText(
      "Mo 09:00-12:00, 13:00-16:00; Di 10:00-14:00; Do 14:00-18:00 (Termin)",
    );
    expect(errors).toEqual([]);
    expect(weekly).toEqual({
      mo: [
        { from: "09:00", to: "12:00", kind: "open" },
        { from: "13:00", to: "16:00", kind: "open" },
      ],
      tu: [{ from: "10:00", to: "14:00", kind: "open" }],
      th: [{ from: "14:00", to: "18:00", kind: "appointment" }],
    });
  });

  it("reads ranges, lists of days and English abbreviations", () => {
    const { weekly, errors } = parseOpeningHoursText("Mo-Fr 9:00-12:00; Tu, Th 14:00-16:00 (consultation)");
    expect(errors).toEqual([]);
    expect(Object.keys(weekly)).toEqual(["mo", "tu", "we", "th", "fr"]);
    expect(weekly.tu).toEqual([
      { from: "09:00", to: "12:00", kind: "open" },
      { from: "14:00", to: "16:00", kind: "consultation" },
    ]);
  });

  it("accepts German full names, en dashes, new lines and a closed day", () => {
    const { weekly, errors } = parseOpeningHoursText("Montag 9–12 Uhr\nSa geschlossen; So: 10:00-24:00");
    expect(errors).toEqual([]);
    expect(weekly).toEqual({
      mo: [{ from: "09:00", to: "12:00", kind: "open" }],
      sa: [],
      su: [{ from: "10:00", to: "24:00", kind: "open" }],
    });
  });

  it("reports an unknown day with its position", () => {
    const { errors } = parseOpeningHoursText("Mo 09:00-12:00; Xy 10:00-11:00");
    expect(errors).toEqual([{ position: 17, message: expect.stringContaining('received "Xy"') }]);
  });

  it("reports an end before the start, a missing end and an impossible time", () => {
    expect(parseOpeningHoursText("Mo 12:00-09:00").errors[0]?.message).toContain(
      "end time after the start time 12:00",
    );
    expect(parseOpeningHoursText("Mo 09:00").errors[0]?.message).toContain("without an end time");
    expect(parseOpeningHoursText("Mo 09:00-25:00").errors[0]?.message).toContain('received "25:00"');
  });

  it("reports overlapping slots and an unknown kind", () => {
    expect(parseOpeningHoursText("Mo 09:00-12:00; Mo 11:00-13:00").errors[0]?.message).toContain("overlaps");
    expect(parseOpeningHoursText("Mo 09:00-12:00 (lunch)").errors[0]?.message).toContain(
      'received "(lunch)"',
    );
  });

  it("keeps the valid groups when another group is broken", () => {
    const { weekly, errors } = parseOpeningHoursText("Mo 09:00-; Di 10:00-12:00");
    expect(errors).toHaveLength(1);
    expect(weekly.tu).toEqual([{ from: "10:00", to: "12:00", kind: "open" }]);
  });
});

describe("formatOpeningHoursText", () => {
  it("joins consecutive days with the same hours and reads back to the same week", () => {
    const weekly = {
      mo: [{ from: "09:00", to: "12:00", kind: "open" as const }],
      tu: [{ from: "09:00", to: "12:00", kind: "open" as const }],
      we: [{ from: "09:00", to: "12:00", kind: "open" as const }],
      th: [
        { from: "09:00", to: "12:00", kind: "open" as const },
        { from: "14:00", to: "18:00", kind: "appointment" as const },
      ],
      sa: [{ from: "10:00", to: "12:00", kind: "consultation" as const }],
    };
    const text = formatOpeningHoursText(weekly);
    expect(text).toBe(
      "Mo-Mi 09:00-12:00; Do 09:00-12:00, 14:00-18:00 (Termin); Sa 10:00-12:00 (Sprechstunde)",
    );
    expect(parseOpeningHoursText(text)).toEqual({ weekly, errors: [] });
    expect(formatOpeningHoursText(weekly, { language: "en" })).toContain(
      "Th 09:00-12:00, 14:00-18:00 (appointment)",
    );
  });
});

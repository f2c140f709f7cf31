import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { OFFICE_CSV_COLUMNS, parseOfficeCsv } from "./office-csv.js";

const cell = fc.string({
  unit: fc.constantFrom("a", "1", "-", ":", " ", ",", ";", '"', "\n", "Mo", "09:00", "ja", "."),
});

describe("parseOfficeCsv", () => {
  test.prop([fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 5 })])(
    "never throws, and every error points at a line of the file",
    (rows) => {
      const text = [OFFICE_CSV_COLUMNS.join(","), ...rows.map((row) => row.join(","))].join("\n");
      const lines = text.split("\n").length;
      const { errors } = parseOfficeCsv(text);
      for (const error of errors) {
        expect(error.line).toBeGreaterThanOrEqual(1);
        expect(error.line).toBeLessThanOrEqual(lines);
      }
    },
  );
});

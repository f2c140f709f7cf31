import { describe, expect, it } from "vitest";
import { numberOption } from "./option-values.js";

const read = (value: string, rule: Parameters<typeof numberOption>[2] = { example: "19" }) =>
  numberOption({ positionals: [], options: { age: value } }, "age", rule);

describe("numberOption", () => {
  it.each([
    ["19", 19],
    ["19.5", 19.5],
    [" 27 ", 27],
    ["+3", 3],
    [".5", 0.5],
    ["7.", 7],
  ])("reads %j as %d", (value, expected) => {
    expect(read(value)).toBe(expected);
  });

  it.each(["0x13", "0b10011", "0o23", "1e1", "19e0", "Infinity", "NaN", "", " ", "19 years", "1_9", "19,5"])(
    "calls %j a usage error, never a number Number() would make of it",
    (value) => {
      expect(() => read(value)).toThrow(
        expect.objectContaining({
          code: "USAGE",
          message: `Option --age: expected a number, e.g. \`--age 19\`, received ${JSON.stringify(value)}.`,
        }),
      );
    },
  );

  it("still checks the range and whole numbers", () => {
    expect(() => read("131", { min: 0, max: 130, example: "19" })).toThrow("from 0 to 130");
    expect(() => read("2.5", { integer: true, example: "10" })).toThrow("expected a whole number");
    expect(read("10", { integer: true, example: "10" })).toBe(10);
  });
});

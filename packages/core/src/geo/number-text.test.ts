import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { decodeIntegers, encodeIntegers } from "./number-text.js";

describe("encodeIntegers", () => {
  it("writes small numbers as one character", () => {
    expect(encodeIntegers([0, -1, 1, 15, -16])).toBe("012uv");
    expect(encodeIntegers([16])).toHaveLength(2);
  });

  it("rejects what it cannot read back", () => {
    expect(() => decodeIntegers("0!")).toThrow(/Unexpected character/);
    expect(() => decodeIntegers("W")).toThrow(/middle of a number/);
    expect(() => encodeIntegers([1.5])).toThrow(RangeError);
  });

  test.prop([fc.array(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }))])("round-trips", (values) => {
    expect(decodeIntegers(encodeIntegers(values))).toEqual(values);
  });
});

import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { jsonSyntaxErrorOffset } from "./json-syntax-error.js";

describe("jsonSyntaxErrorOffset", () => {
  test.prop([fc.json()])("accepts every text JSON.parse accepts", (text) => {
    expect(jsonSyntaxErrorOffset(text)).toBeUndefined();
  });

  it.each([
    ['{"a": }', 6],
    ['{"a": 1,}', 8],
    ["[1 2]", 3],
    ['{"a": tru}', 9],
    ['{"a": "x\n"}', 8],
    ["{'a': 1}", 1],
    ['{"a": 1} x', 9],
    ['{"a": 01}', 7],
    ['{"a": ', 6],
  ])("points at the first wrong character of %j", (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonSyntaxErrorOffset(text)).toBe(offset);
  });
});

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

  it("answers for 30,000 nested brackets instead of running out of stack", () => {
    const deep = "[".repeat(30_000);
    expect(jsonSyntaxErrorOffset(deep)).toBe(30_000);
    expect(jsonSyntaxErrorOffset(`${deep}${"]".repeat(30_000)}`)).toBeUndefined();
    expect(jsonSyntaxErrorOffset(`${'{"a":'.repeat(30_000)}1${"}".repeat(29_999)}]`)).toBe(150_000 + 30_000);
  });
});

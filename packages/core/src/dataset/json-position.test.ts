import { describe, expect, it } from "vitest";
import { jsonErrorPosition, positionToLineColumn } from "./json-position.js";

describe("positionToLineColumn", () => {
  it("counts lines and columns from 1", () => {
    expect(positionToLineColumn("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(positionToLineColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });
});

describe("jsonErrorPosition", () => {
  const text = '{\n "a": 1,\n "b" 2}';

  it("reads V8's position", () => {
    expect(jsonErrorPosition(new SyntaxError("Unexpected number in JSON at position 16"), text)).toEqual({
      line: 3,
      column: 6,
    });
  });

  it("prefers an explicit line and column (newer V8, Firefox)", () => {
    const error = new SyntaxError("JSON.parse: expected ':' at line 3 column 6 of the JSON data");
    expect(jsonErrorPosition(error, text)).toEqual({ line: 3, column: 6 });
  });

  it("returns undefined when the engine names no position (Safari)", () => {
    expect(jsonErrorPosition(new SyntaxError("JSON Parse error: Expected ':'"), text)).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { DatasetParseError } from "../errors.js";
import { fromHsds } from "./from-hsds.js";

describe("fromHsds with JSON text", () => {
  it("names the line and column of a syntax error", () => {
    const text = '{\n  "id": "org-1",\n  "name": "Beispiel" oops\n}';
    let thrown: unknown;
    try {
      fromHsds(text);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DatasetParseError);
    expect(thrown).toMatchObject({ code: "INVALID_JSON", line: 3, column: 22 });
    expect((thrown as Error).message).toMatch(/^The HSDS input is not JSON at line 3, column 22: /);
  });
});

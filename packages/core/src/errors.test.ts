import { describe, expect, it } from "vitest";
import * as core from "./index.js";

describe("core's error classes", () => {
  it("are exported, so callers can tell failures apart by class as well as by code", () => {
    const fetchError = new core.DatasetFetchError("HTTP_ERROR", "https://example.org/d.json", "404", {
      status: 404,
    });
    expect(fetchError).toBeInstanceOf(core.BeratungsfinderError);
    expect(fetchError).toMatchObject({ name: "DatasetFetchError", code: "HTTP_ERROR", status: 404 });
    expect(new core.DatasetParseError("bad", { line: 2, column: 5 })).toMatchObject({
      code: "INVALID_JSON",
      line: 2,
      column: 5,
    });
    expect(core.DatasetValidationError.prototype).toBeInstanceOf(core.BeratungsfinderError);
  });
});

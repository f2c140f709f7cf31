import { BeratungsfinderError, DatasetFetchError, ERROR_CODES } from "@beratungsfinder/core";
import { expect } from "@open-wc/testing";
import { BF_ERROR_CODES } from "./events/bf-error.js";
import { bfErrorCode, datasetFailure, WIDGET_ERROR_CODES, WidgetError } from "./failure.js";

describe("bf-error codes", () => {
  it("are the codes the embedding guide's table lists, in its order", async () => {
    // The test server serves the repository: the guide is read as a visitor of the docs reads it.
    const guide = await (await fetch("/docs/embedding.md")).text();
    const table = guide.slice(guide.indexOf("| code | kind | what happened |"));
    const rows = table.split("\n").slice(2);
    const documented = rows.slice(
      0,
      rows.findIndex((row) => !row.startsWith("|")),
    );
    expect(documented.map((row) => /^\| `([A-Z_]+)` \|/.exec(row)?.[1])).to.deep.equal([...BF_ERROR_CODES]);
  });

  it("come from the error's class and code, never from its message", () => {
    const http = new DatasetFetchError("HTTP_ERROR", "/d.json", '[GET] "/d.json": 503', { status: 503 });
    expect(bfErrorCode(http)).to.equal("HTTP_ERROR");
    expect(datasetFailure(http)).to.equal("error.unavailable");
    expect(bfErrorCode(new WidgetError("TIMEOUT", "slow"))).to.equal("TIMEOUT");
    const lookalike = Object.assign(new Error("HTTP_ERROR: Failed to fetch"), { code: "HTTP_ERROR" });
    expect(bfErrorCode(lookalike)).to.equal("UNEXPECTED");
    expect(bfErrorCode(new TypeError("Failed to fetch"))).to.equal("UNEXPECTED");
    expect(bfErrorCode(new WidgetError("NO_SOURCE", "none"))).to.equal("UNEXPECTED");
  });

  it("list every code the widget's own errors carry, and each reaches bf-error as itself", () => {
    // NO_SOURCE is shown in the element, never fired.
    for (const code of WIDGET_ERROR_CODES.filter((code) => code !== "NO_SOURCE")) {
      expect(BF_ERROR_CODES, code).to.include(code);
      expect(bfErrorCode(new WidgetError(code, "")), code).to.equal(code);
    }
  });

  it("list every code of core's errors the widget can meet, and each reaches bf-error as itself", () => {
    // Core throws these four only from what the widget never calls: the CSV and HSDS readers, the
    // encoding detector and the CLI. A new core code fails here until it is listed or added to these.
    const outside = ["INVALID_CSV", "INVALID_ENCODING", "INVALID_HSDS", "USAGE"];
    expect(ERROR_CODES.filter((code) => !(BF_ERROR_CODES as readonly string[]).includes(code))).to.deep.equal(
      outside,
    );
    for (const code of ERROR_CODES.filter((code) => !outside.includes(code))) {
      expect(bfErrorCode(new BeratungsfinderError(code, "")), code).to.equal(code);
    }
  });
});

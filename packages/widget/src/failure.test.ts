import { DatasetFetchError } from "@beratungsfinder/core";
import { expect } from "@open-wc/testing";
import { BF_ERROR_CODES } from "./events/bf-error.js";
import { bfErrorCode, datasetFailure, WidgetError } from "./failure.js";

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
});

// docs/widget-reference.md is generated from the widget's custom-elements manifest (written by the
// build from the element's JSDoc); this fails when the committed file no longer matches it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildReference, REFERENCE_PATH, readManifest } from "./build-reference.mjs";

describe("docs/widget-reference.md", () => {
  it("matches what the widget's custom-elements manifest declares", () => {
    const expected = buildReference(readManifest());
    const committed = readFileSync(REFERENCE_PATH, "utf8");
    expect(
      committed === expected,
      "docs/widget-reference.md is out of date: run `pnpm --filter @beratungsfinder/widget build:reference` and commit it.",
    ).toBe(true);
  });

  it.each([
    "bf-search",
    "bf-results",
    "bf-select",
    "bf-filter-change",
    "bf-locale-change",
    "bf-error",
    "`src`",
    "`lang`",
    "`near`",
    "`radius`",
    "`programmes`",
    "`limit`",
    "`hash-state`",
    "`theme`",
    "--bf-",
  ])("mentions %s", (name) => {
    expect(readFileSync(REFERENCE_PATH, "utf8")).toContain(name);
  });
});

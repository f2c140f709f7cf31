// docs/widget-reference.md is generated from the widget's custom-elements manifest; this fails when the
// committed file no longer matches the element's JSDoc (attributes, events, CSS custom properties …).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { buildReference, REFERENCE_PATH, readManifest } from "../scripts/build-reference.mjs";

describe("docs/widget-reference.md", () => {
  it("matches what the widget's custom-elements manifest declares", () => {
    const expected = buildReference(readManifest());
    const committed = readFileSync(REFERENCE_PATH, "utf8");
    assert.ok(
      committed === expected,
      "docs/widget-reference.md is out of date: run `pnpm --filter @beratungsfinder/demo build:reference` and commit it.",
    );
  });

  it("lists every event, attribute and custom property the issue promises", () => {
    const committed = readFileSync(REFERENCE_PATH, "utf8");
    for (const name of [
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
    ]) {
      assert.ok(committed.includes(name), `the reference does not mention ${name}`);
    }
  });
});

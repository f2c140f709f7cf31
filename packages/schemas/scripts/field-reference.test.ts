import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderFieldReference } from "./field-reference.js";
import { datasetJsonSchema } from "./json-schema.js";

describe("FIELDS.md", () => {
  it("is what the schemas generate (run `pnpm --filter @beratungsfinder/schemas fields` after a change)", () => {
    const committed = readFileSync(join(import.meta.dirname, "..", "FIELDS.md"), "utf8");
    expect(committed).toBe(renderFieldReference(datasetJsonSchema()));
  });

  it("names every field with a readable type", () => {
    const reference = renderFieldReference(datasetJsonSchema());
    const cells = (field: string) =>
      reference
        .split("\n")
        .find((line) => line.startsWith(`| \`${field}\` `))
        ?.split(/\s+\|\s+/)
        .slice(1, 3);
    expect(cells("postalCode")).toEqual(["5-digit postcode", "yes"]);
    expect(cells("languages")).toEqual([
      "list of language code (ISO 639-1, or 639-3 where none) or [LanguageOffer](#languageoffer)",
      "no, default `[]`",
    ]);
    expect(cells("womanCounsellor")).toEqual(["true or false or `unknown`", "no"]);
    expect(cells("status")).toEqual(["one of `open`, `waiting-list`, `paused`", "yes"]);
    expect(cells("offices")).toEqual(["list of [Office](#office)", "yes"]);
    // An outreach place's slots: the three forms of a discriminated union (JSON Schema oneOf).
    expect(reference).toContain(
      "list of [WeeklyOutreachSlot](#weeklyoutreachslot) or [BiweeklyOutreachSlot](#biweeklyoutreachslot) or [MonthlyOutreachSlot](#monthlyoutreachslot) (at least 1)",
    );
    // No type cell falls back to "any", alone or inside a list or map.
    expect(reference).not.toMatch(/\| (list of |map from \S+ to )?any\b/);
  });
});

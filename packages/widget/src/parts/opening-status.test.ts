import type { SearchResult } from "@beratungsfinder/core";
import { createIndex, search } from "@beratungsfinder/core";
import { fixtureDataset, KOELN, officeInput } from "@beratungsfinder/test-fixtures";
import { expect, fixture } from "@open-wc/testing";
import { html } from "lit";
import { createFormatting } from "../localization/formatting.js";
import { createTranslator } from "../localization/translator.js";
import { renderOpeningStatus } from "./opening-status.js";

// Tuesday 24 Nov 2026, 10:00 in Berlin: the office sees people by appointment 09–12, walk-in 14–16.
const NOW = new Date("2026-11-24T09:00:00Z");
const dataset = fixtureDataset([
  officeInput({
    openingHours: {
      weekly: {
        tu: [
          { from: "09:00", to: "12:00", kind: "appointment" },
          { from: "14:00", to: "16:00", kind: "consultation" },
        ],
      },
    },
  }),
]);
const result = search(createIndex(dataset), { point: KOELN, now: NOW }).results[0] as SearchResult;

describe("renderOpeningStatus", () => {
  it("never says 'open' during appointment time: it shows the slot as by appointment and the next walk-in", async () => {
    const t = createTranslator("en", undefined, undefined);
    const el = await fixture(html`<div>${renderOpeningStatus(result, t, createFormatting("en"))}</div>`);
    const text = el.textContent ?? "";
    expect(text).not.to.contain(t("results.openNow"));
    expect(text).to.contain(t("details.appointment"));
    expect(text).to.contain("Opens");
    expect(el.querySelector(".status.open")).to.equal(null);
  });
});

import { ELIGIBILITY_REASON_KEYS, MATCH_REASON_KEYS } from "@beratungsfinder/schemas/vocabulary";
import { expect } from "@open-wc/testing";
import { MESSAGES } from "./messages.js";
import { createTranslator } from "./translator.js";

describe("MESSAGES", () => {
  it("has a message for every reason key core produces", () => {
    for (const key of [...ELIGIBILITY_REASON_KEYS, ...MATCH_REASON_KEYS]) {
      expect(Object.hasOwn(MESSAGES, key), key).to.equal(true);
    }
  });
});

describe("createTranslator", () => {
  it("picks plural forms through Intl.PluralRules", () => {
    const t = createTranslator(undefined);
    expect(t.count("results.count", 1, "en")).to.equal("1 office found");
    expect(t.count("results.count", 1200, "en")).to.equal("1,200 offices found");
  });

  it("fills overrides' placeholders", () => {
    const t = createTranslator({ "search.noPlace": "Nichts für {query}" });
    expect(t("search.noPlace", { query: "X" })).to.equal("Nichts für X");
  });
});

import { ELIGIBILITY_REASON_KEYS, MATCH_REASON_KEYS } from "@beratungsfinder/schemas/vocabulary";
import { expect } from "@open-wc/testing";
import { templates as english } from "../generated/locales/en.js";
import { MESSAGES, type MessageId } from "./messages.js";
import { createTranslator } from "./translator.js";

/** Reason keys the card shows through another message: a related language as "Persisch ≈ Dari", the outreach place with its date. */
const SHOWN_THROUGH: Record<string, string> = {
  "match.relatedLanguage": "match.language",
  "match.outreach": "outreach.matched",
};

describe("MESSAGES", () => {
  it("has a message for every reason key core produces", () => {
    for (const key of [...ELIGIBILITY_REASON_KEYS, ...MATCH_REASON_KEYS]) {
      expect(Object.hasOwn(MESSAGES, SHOWN_THROUGH[key] ?? key), key).to.equal(true);
    }
  });
});

describe("createTranslator", () => {
  it("picks plural forms through Intl.PluralRules", () => {
    const t = createTranslator("en", undefined, undefined);
    expect(t.count("results.count", 1)).to.equal("1 office found");
    expect(t.count("results.count", 1200)).to.equal("1,200 offices found");
  });

  it("fills overrides' placeholders", () => {
    const t = createTranslator("en", undefined, { "search.noPlace": "Nichts für {query}" });
    expect(t("search.noPlace", { query: "X" })).to.equal("Nichts für X");
  });

  it("looks messages up in the templates it was given, with the source's values in the translation's order", () => {
    const templates = {
      "app.title": "Beratung finden",
      "results.heading": { strTag: true as const, strings: ["Beratung in der Nähe von ", ""], values: [0] },
      "action.call": { strTag: true as const, strings: ["", " anrufen"], values: [0] },
    };
    const de = createTranslator("de", templates, undefined);
    expect(de("app.title")).to.equal("Beratung finden");
    expect(de("results.heading", { place: "Köln" })).to.equal("Beratung in der Nähe von Köln");
    expect(de("action.call", { number: "030 123" })).to.equal("030 123 anrufen");
    expect(de("search.submit"), "falls back to the source").to.equal("Search");
    const en = createTranslator("en", undefined, undefined);
    expect(en("app.title"), "another translator is not affected").to.equal("Find migration counselling");
  });

  it("says the same with the English locale module as with the messages' own texts (the builds have only the module)", () => {
    // Every parameter a message reads, as its own name: a value in the wrong place shows.
    const params = new Proxy({}, { get: (_target, name) => `«${String(name)}»` }) as Record<string, string>;
    const fromCode = createTranslator("en", undefined, undefined) as (id: MessageId, p: object) => string;
    const fromModule = createTranslator("en", english, undefined) as (id: MessageId, p: object) => string;
    const ids = Object.keys(MESSAGES) as MessageId[];
    expect(Object.keys(english).sort()).to.deep.equal([...ids].sort());
    for (const id of ids) expect(fromModule(id, params), id).to.equal(fromCode(id, params));
    expect(fromModule("results.heading", params)).to.equal("Counselling near «place»");
  });

  it("never reads overrides or templates from the prototype", () => {
    const overrides = JSON.parse('{"__proto__": {"app.title": "polluted"}}');
    const t = createTranslator("en", JSON.parse('{"__proto__": {"app.title": "polluted"}}'), overrides);
    expect(t("app.title")).to.equal("Find migration counselling");
    expect(t.has("__proto__")).to.equal(false);
    expect(t.has("constructor")).to.equal(false);
  });
});

import type { SearchResult } from "@beratungsfinder/core";
import { createIndex, search } from "@beratungsfinder/core";
import { fixtureDataset, officeInput } from "@beratungsfinder/test-fixtures";
import { expect, fixture } from "@open-wc/testing";
import { html } from "lit";
import { templates as arabic } from "../generated/locales/ar.js";
import { templates as german } from "../generated/locales/de.js";
import { templates as polish } from "../generated/locales/pl.js";
import { createFormatting } from "../localization/formatting.js";
import { createTranslator } from "../localization/translator.js";
import { renderResultCard } from "./result-card.js";

const BERLIN = { lat: 52.52, lon: 13.405 };
const NOW = new Date("2026-04-29T10:00:00Z");
const TEMPLATES = { en: undefined, de: german, pl: polish, ar: arabic };

/** A Faire Mobilität office in Berlin (data model 1.1), as a search around Berlin at `age` finds it. */
function faireMobilitaet(age: number): SearchResult {
  const office = officeInput({
    id: "faire-mobilitaet-berlin",
    name: "Faire Mobilität Berlin (fiktiv)",
    programmes: ["FAIRE_MOBILITAET"],
    address: { street: "Teststraße 9", postalCode: "10115", city: "Berlin", state: "DE-BE" },
    geo: { lat: 52.525, lon: 13.39 },
    languages: ["de", "pl", "ro"],
    topics: ["work"],
    openingHours: undefined,
  });
  const dataset = fixtureDataset([office], { schemaVersion: "1.1" });
  const [result] = search(createIndex(dataset), { point: BERLIN, now: NOW, age }).results;
  if (!result) throw new Error(`no Faire Mobilität result at age ${age}`);
  return result;
}

async function card(locale: keyof typeof TEMPLATES, result: SearchResult): Promise<HTMLElement> {
  const t = createTranslator(locale, TEMPLATES[locale], undefined);
  return fixture(
    html`<div dir=${locale === "ar" ? "rtl" : "ltr"} lang=${locale} style="width: 375px"><ul>${renderResultCard(
      {
        result,
        index: 0,
        t,
        format: createFormatting(locale),
        onDetails: () => {},
        now: NOW,
      },
    )}</ul></div>`,
  );
}

const text = (el: Element | null) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();

describe("result card: the programme Faire Mobilität", () => {
  it("names the programme and why it fits in each locale, keeping the name Faire Mobilität", async () => {
    const expected = {
      en: [
        "Faire Mobilität: advice on rights at work for workers from EU countries",
        "Faire Mobilität advises workers from other EU countries on their rights at work.",
      ],
      de: [
        "Faire Mobilität: Beratung zu Rechten bei der Arbeit für Beschäftigte aus EU-Ländern",
        "Faire Mobilität berät Beschäftigte aus anderen EU-Ländern zu ihren Rechten bei der Arbeit.",
      ],
      pl: [
        "Faire Mobilität: doradztwo w sprawie praw pracowniczych dla pracowników z krajów UE",
        "Faire Mobilität doradza pracownikom z innych krajów UE w sprawie ich praw w pracy.",
      ],
      ar: [
        // The Latin name isolated (U+2068 … U+2069), so bidi keeps it and its brackets in order.
        "التنقل العادل (\u2068Faire Mobilität\u2069): استشارة حول الحقوق في العمل للعاملين القادمين من دول الاتحاد الأوروبي",
        "يقدّم برنامج التنقل العادل (\u2068Faire Mobilität\u2069) الاستشارة للعاملين القادمين من دول أخرى في الاتحاد الأوروبي حول حقوقهم في العمل.",
      ],
    } as const;
    for (const [locale, [programme, why]] of Object.entries(expected)) {
      const el = await card(locale as keyof typeof TEMPLATES, faireMobilitaet(45));
      expect(text(el.querySelector(".programmes")), locale).to.equal(programme);
      expect(text(el.querySelector(".why")), locale).to.contain(why);
      expect(el.scrollWidth, locale).to.be.at.most(375);
    }
  });

  it("stays as an alternative whatever the age, never hidden by it", async () => {
    for (const age of [8, 19, 45, 70]) {
      const el = await card("en", faireMobilitaet(age));
      expect(text(el.querySelector("h4 + .fit")), String(age)).to.equal("Also possible");
    }
  });
});

/** The on-screen box of the first occurrence of `word` in the element's text. */
function wordBox(element: Element, word: string): DOMRect {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent?.indexOf(word) ?? -1;
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + word.length);
    return range.getBoundingClientRect();
  }
  throw new Error(`"${word}" is not in the element`);
}

describe("result card: Latin programme names in right-to-left text", () => {
  it("keeps '(MBE – Migrationsberatung)' in one piece and in order in Arabic on a phone, at every width", async () => {
    const office = officeInput({ programmes: ["MBE"], geo: { lat: 52.525, lon: 13.39 } });
    const [mbe] = search(createIndex(fixtureDataset([office])), { point: BERLIN, now: NOW }).results;
    if (!mbe) throw new Error("no MBE office found");
    const el = await card("ar", mbe);
    const label = el.querySelector(".programmes") as HTMLElement;
    expect(label.textContent).to.contain("(\u2068MBE\u00a0–\u2060\u00a0Migrationsberatung\u2069)");
    // Without the isolate and the no-break spaces (and a word joiner after the dash, which allows a break
    // before a no-break space), a line break inside the brackets drew "(– MBE" on one
    // line and "Migrationsberatung)" on the next (the 375 px demo card, 2026-12-03).
    for (let width = 300; width <= 375; width += 5) {
      el.style.width = `${width}px`;
      const [abbreviation, name] = [wordBox(label, "MBE"), wordBox(label, "Migrationsberatung")];
      expect(abbreviation.top, `${width} px`).to.equal(name.top);
      expect(abbreviation.right, `${width} px`).to.be.below(name.left);
    }
  });
});

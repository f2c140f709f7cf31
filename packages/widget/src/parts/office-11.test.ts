import type { SearchResult } from "@beratungsfinder/core";
import { createIndex, search } from "@beratungsfinder/core";
import { parseDataset } from "@beratungsfinder/schemas";
import { expect, fixture } from "@open-wc/testing";
import { html } from "lit";
import { officesFixture11 } from "../../test/fixtures/offices.js";
import { templates as arabic } from "../generated/locales/ar.js";
import { createFormatting } from "../localization/formatting.js";
import { createTranslator } from "../localization/translator.js";
import { renderOfficeDetails } from "./office-details.js";
import { renderResultCard } from "./result-card.js";

const BERLIN = { lat: 52.52, lon: 13.405 };
// Wednesday 29 April 2026, 12:00 in Berlin: the next first Tuesday of a month is 5 May 2026.
const NOW = new Date("2026-04-29T10:00:00Z");

/** The test fixture's offices, the MBE office in Mitte with every 1.1 field. */
function dataset() {
  const raw = officesFixture11();
  const parsed = parseDataset(raw);
  if (parsed.invalid.length) throw new Error(JSON.stringify(parsed.invalid));
  return createIndex(parsed.dataset);
}

const index = dataset();
const find = (id: string, age?: number): SearchResult => {
  const result = search(index, { point: BERLIN, now: NOW, age }).results.find((r) => r.office.id === id);
  if (!result) throw new Error(`no result ${id}`);
  return result;
};

async function card(locale: "en" | "ar", result: SearchResult): Promise<HTMLElement> {
  const t = createTranslator(locale, locale === "ar" ? arabic : undefined, undefined);
  const dir = locale === "ar" ? "rtl" : "ltr";
  return fixture(
    html`<div dir=${dir} lang=${locale} style="width: 375px"><ul>${renderResultCard({
      result,
      index: 0,
      t,
      format: createFormatting(locale),
      onDetails: () => {},
      now: NOW,
    })}</ul></div>`,
  );
}

async function details(locale: "en" | "ar", result: SearchResult): Promise<HTMLElement> {
  const t = createTranslator(locale, locale === "ar" ? arabic : undefined, undefined);
  const dir = locale === "ar" ? "rtl" : "ltr";
  return fixture(
    html`<div dir=${dir} lang=${locale} style="width: 375px">${renderOfficeDetails({
      result,
      week: [],
      locale,
      t,
      format: createFormatting(locale),
      onBack: () => {},
    })}</div>`,
  );
}

const text = (el: Element) => (el.textContent ?? "").replace(/\s+/g, " ");

describe("result card: data model 1.1", () => {
  it("shows the intake status, free of charge, a woman counsellor and the next outreach date (en)", async () => {
    const el = await card("en", find("mbe-mitte"));
    expect(el.querySelector(".intake")?.textContent).to.contain("Waiting list").and.contain("etwa 6 Wochen");
    const badges = [...el.querySelectorAll(".badges li")].map((li) => li.textContent);
    expect(badges).to.deep.equal(["Free of charge", "Counselling by a woman available"]);
    // Core's nextOutreachVisit in Berlin time: Thursday 30 April at Familienzentrum Nord comes before 5 May.
    const hours = createFormatting("en").clockRange("14:00", "16:00");
    expect(el.querySelector(".outreach-next")?.textContent).to.equal(
      `Next consultation day: Thu, Apr 30, ${hours}, Familienzentrum Nord`,
    );
    expect(text(el.querySelector(".languages") as Element))
      .to.contain("Arabic (via interpreter)")
      .and.contain("Persian — dienstags");
    expect(el.scrollWidth).to.be.at.most(375);
  });

  it("says nothing of intake, woman counsellor or outreach where the office does not state them", async () => {
    const el = await card("en", find("jmd-kreuzberg"));
    expect(el.querySelector(".intake")).to.equal(null);
    expect(el.querySelector(".outreach-next")).to.equal(null);
    expect([...el.querySelectorAll(".badges li")].map((li) => li.textContent)).to.deep.equal([
      "Free of charge",
    ]);
  });

  it("writes the same in Arabic, right to left, with Gregorian dates", async () => {
    const el = await card("ar", find("mbe-mitte"));
    expect(el.querySelector(".intake")?.textContent).to.contain("قائمة انتظار");
    expect(el.querySelector(".badges")?.textContent).to.contain("مجاني");
    const next = el.querySelector(".outreach-next")?.textContent ?? "";
    expect(next).to.contain("أقرب يوم استشارة").and.contain("Familienzentrum Nord");
    expect(next).to.contain("أبريل"); // Gregorian month name
    expect(getComputedStyle(el.querySelector(".intake") as Element).direction).to.equal("rtl");
    expect(el.scrollWidth).to.be.at.most(375);
  });
});

describe("result card: how the office fits the age", () => {
  it("labels each card and lists the JMD first at 17 and 19", async () => {
    const young = search(index, { point: BERLIN, now: NOW, age: 17 }).results;
    expect(young[0]?.office.programmes).to.include("JMD");
    const label = async (result: SearchResult, locale: "en" | "ar" = "en") =>
      (await card(locale, result)).querySelector("h4 + .fit")?.textContent;
    expect(await label(young[0] as SearchResult)).to.equal("Made for your age");
    const adult = search(index, { point: BERLIN, now: NOW, age: 19 }).results;
    expect(adult[0]?.office.id).to.equal("jmd-kreuzberg");
    expect(await label(find("jmd-kreuzberg", 19))).to.equal("Made for your age");
    expect(await label(find("mbe-mitte", 19))).to.equal("By exception");
    expect(await label(find("mbe-mitte", 19), "ar")).to.equal("استثناءً");
    expect(await label(find("mbe-mitte", 40))).to.equal("Made for your age");
    expect(await label(find("mbe-mitte"))).to.equal(undefined);
  });
});

describe("office details: data model 1.1", () => {
  it("lists every outreach place with its rule in words and the languages with their modes (en)", async () => {
    const el = await details("en", find("mbe-mitte"));
    const places = [...el.querySelectorAll(".outreach > li")].map(text);
    expect(places[0]).to.contain("Rathaus Frechen, Johann-Schmitz-Platz 1, 50226 Frechen");
    const range = createFormatting("en").clockRange;
    expect(places[0]).to.contain(`every first Tuesday of the month, ${range("10:00", "12:00")}`);
    expect(places[1])
      .to.contain(`every Thursday, ${range("14:00", "16:00")}`)
      .and.contain(`every second Friday, ${range("09:00", "11:00")}`);
    expect(text(el)).to.contain("Arabic (via interpreter)").and.contain("Free of charge");
    expect(el.scrollWidth).to.be.at.most(375);
  });

  it("lists them in Arabic, right to left (ar)", async () => {
    const el = await details("ar", find("mbe-mitte"));
    const heading = el.querySelector("#bf-outreach-heading");
    expect(heading?.textContent).to.equal("أيام الاستشارة في أماكن أخرى");
    expect(text(el.querySelector(".outreach") as Element)).to.contain("الأول من كل شهر");
    expect(text(el)).to.contain("(عبر مترجم)");
    expect(el.scrollWidth).to.be.at.most(375);
  });
});

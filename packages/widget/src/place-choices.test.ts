/** Ambiguous names, near misses and the place named above the results, on real place data (issue 13). */
import type { GeocodeMatch } from "@beratungsfinder/core";
import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from "@open-wc/testing";
import { sendKeys, setViewport } from "@web/test-runner-commands";
import { officesFixture } from "../test/fixtures/offices.js";
import {
  $,
  $$,
  input,
  mount,
  NOW,
  onEachScreen,
  resultNames,
  searchFor,
  settle,
} from "../test/widget-harness.js";
import type { BeratungsFinder } from "./beratungs-finder.js";

// core's build writes the real place data here; the test server serves the repository.
const GEODATA = "/packages/core/geodata/";
const SCREENS = [
  { width: 375, height: 667 },
  { width: 1280, height: 900 },
];

/** Skips a describe's tests when core's place data is not built (`pnpm --filter @beratungsfinder/core build`). */
async function skipWithoutGeodata(this: { skip(): void }): Promise<void> {
  const probe = await fetch(`${GEODATA}manifest.json`, { method: "HEAD" });
  if (!probe.ok) this.skip();
}

async function mountReal(lang: string): Promise<BeratungsFinder> {
  const el = await fixture<BeratungsFinder>(
    html`<beratungs-finder lang=${lang} geodata-base=${GEODATA} .data=${officesFixture()} .clock=${() => NOW}></beratungs-finder>`,
  );
  await settle(el);
  return el;
}

async function enter(el: BeratungsFinder, text: string): Promise<void> {
  input(el).focus();
  await sendKeys({ type: text });
  await sendKeys({ press: "Enter" });
  await waitUntil(
    () => $(el, "#bf-choices") || $(el, "#bf-results-heading") || $(el, "#bf-notice"),
    `an answer for ${text}`,
    { timeout: 10000 },
  );
  await elementUpdated(el);
}

/** Each choice as "name (region)": the name, and the region shown beside it. */
const choiceLabels = (el: BeratungsFinder) =>
  $$(el, "#bf-choices button").map((button) => {
    const name = button.querySelector(".choice-name")?.textContent ?? "";
    const region = button.querySelector(".choice-region")?.textContent;
    return region ? `${name} (${region})` : name;
  });

const px = (value: string) => Number.parseFloat(value);

/** The title over the places spelt like a near miss, and the start of the results heading, per locale. */
const DID_YOU_MEAN = {
  en: "No place is called “Neuköln”. Did you mean:",
  ar: "لا يوجد مكان باسم «Neuköln». هل تقصد:",
} as const;
const COUNSELLING_NEAR = { en: "Counselling near", ar: "الاستشارة بالقرب من" } as const;

// The compact list of an ambiguous name on a phone and a desktop screen, left to right and right to left.
onEachScreen("<beratungs-finder> the places of an ambiguous name", ({ lang, dir, width }) => {
  before(skipWithoutGeodata);

  it("lists them compactly, the region smaller beside the name, each a target of at least 24 × 24 px", async function () {
    this.timeout(20000);
    const el = await mountReal(lang);
    await enter(el, "Neuenkirchen");
    expect(input(el).getAttribute("aria-expanded"), "no suggestions over the choices").to.equal("false");
    const group = $(el, "#bf-choices") as HTMLElement;
    const buttons = $$(el, "#bf-choices button");
    expect(buttons.length).to.be.at.least(8);
    for (const button of buttons) {
      const label = button.textContent?.replace(/\s+/g, " ").trim();
      const box = button.getBoundingClientRect();
      expect(box.width, `${label}: 24 px wide`).to.be.at.least(24);
      expect(box.height, `${label}: 24 px high`).to.be.at.least(24);
      expect(box.left, `${label}: inside the screen`).to.be.at.least(0);
      expect(box.right, `${label}: inside the screen`).to.be.at.most(width);
      const name = button.querySelector(".choice-name") as HTMLElement;
      const region = button.querySelector(".choice-region") as HTMLElement;
      expect(region, `${label}: a region beside the name`).to.exist;
      const nameStyle = getComputedStyle(name);
      const regionStyle = getComputedStyle(region);
      expect(px(regionStyle.fontSize), "the region is secondary text").to.be.below(px(nameStyle.fontSize));
      expect(regionStyle.color).to.not.equal(nameStyle.color);
      // The name starts the row, at the inline start (left in English, right in Arabic).
      const nameBox = name.getBoundingClientRect();
      if (lang === "ar") expect(box.right - nameBox.right).to.be.within(0, 12);
      else expect(nameBox.left - box.left).to.be.within(0, 12);
      // A region that wraps (a long one on a phone) keeps each line at the inline start of its box, the
      // right in Arabic, although its Latin text runs left to right.
      const range = document.createRange();
      range.selectNodeContents(region);
      const regionBox = region.getBoundingClientRect();
      for (const regionLine of range.getClientRects()) {
        if (dir === "rtl")
          expect(regionBox.right - regionLine.right, `${label}: region line at the right`).to.be.within(0, 2);
        else expect(regionLine.left - regionBox.left, `${label}: region line at the left`).to.be.within(0, 2);
      }
      // No card: a row of one line on a desktop, of at most three on a phone.
      const line = px(nameStyle.lineHeight) || px(nameStyle.fontSize) * 1.5;
      const lines = width >= 1280 ? 1 : 3;
      const buttonStyle = getComputedStyle(button);
      expect(box.height, `${label}: ${lines} line(s)`).to.be.at.most(
        Math.max(lines * line + px(buttonStyle.paddingBlockStart) * 2, px(buttonStyle.minBlockSize)) + 1,
      );
    }
    expect(group.scrollWidth, "no horizontal scroll").to.be.at.most(group.clientWidth);
    const frame = $(el, ".frame") ?? el;
    expect(frame.scrollWidth).to.be.at.most(frame.clientWidth + 1);
    await expect(el).to.be.accessible();
  });

  it("offers “Did you mean …?” for a near miss, accessible, and names the place used above the results", async function () {
    this.timeout(20000);
    const el = await mountReal(lang);
    await enter(el, "Neuköln");
    const group = $(el, "#bf-choices") as HTMLElement;
    expect(getComputedStyle(group).direction).to.equal(dir);
    expect($(el, "#bf-choices-title")?.textContent).to.equal(DID_YOU_MEAN[lang as keyof typeof DID_YOU_MEAN]);
    expect(choiceLabels(el)[0]).to.equal("Neukölln (Berlin)");
    const first = $$(el, "#bf-choices button")[0] as HTMLButtonElement;
    const box = first.getBoundingClientRect();
    expect(box.left, "inside the screen").to.be.at.least(0);
    expect(box.right, "inside the screen").to.be.at.most(width);
    await expect(el).to.be.accessible();
    first.click();
    await waitUntil(() => $(el, "#bf-results-heading"), "results", { timeout: 10000 });
    expect($(el, "#bf-results-heading")?.textContent).to.equal(
      `${COUNSELLING_NEAR[lang as keyof typeof COUNSELLING_NEAR]} Neukölln (Berlin)`,
    );
    expect(input(el).value).to.equal("Berlin Neukölln");
  });
});

for (const screen of SCREENS) {
  describe(`<beratungs-finder> choosing the place meant at ${screen.width} px`, () => {
    before(skipWithoutGeodata);
    beforeEach(() => setViewport(screen));
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it("shows the places of an ambiguous name on Enter instead of taking the first, then searches the one chosen", async function () {
      this.timeout(20000);
      const el = await mountReal("en");
      let searched = 0;
      el.addEventListener("bf-search", () => searched++);
      await enter(el, "Neuenkirchen");
      expect(searched, "no search until the person chooses").to.equal(0);
      expect($(el, "#bf-choices-title")?.textContent).to.equal(
        "Several places are called “Neuenkirchen”. Which one do you mean?",
      );
      const labels = choiceLabels(el);
      expect(labels.length).to.be.at.least(8);
      expect(labels).to.include("Neuenkirchen (Kreis Steinfurt, Nordrhein-Westfalen)");
      expect(labels).to.include("Neuenkirchen (Landkreis Stade, Niedersachsen)");
      expect($(el, "[role=status]")?.textContent?.trim()).to.equal(
        "Several places are called “Neuenkirchen”. Which one do you mean?",
      );
      const frame = $(el, ".frame") ?? el;
      expect(frame.scrollWidth, "fits 375 px").to.be.at.most(frame.clientWidth + 1);
      await expect(el).to.be.accessible();

      const steinfurt = $$(el, "#bf-choices button").find((button) =>
        button.textContent?.includes("Kreis Steinfurt"),
      ) as HTMLButtonElement;
      const search = oneEvent(el, "bf-search");
      steinfurt.click();
      const { detail } = await search;
      expect(detail.place.label).to.equal("Neuenkirchen (Kreis Steinfurt)");
      await elementUpdated(el);
      expect(input(el).value, "a text that finds this Neuenkirchen again").to.equal(
        "Neuenkirchen, Kreis Steinfurt",
      );
      expect($(el, "#bf-choices"), "the choices go once one is taken").to.equal(null);
    });

    it("names a district found at once above the results", async function () {
      this.timeout(20000);
      const el = await mountReal("en");
      await enter(el, "Kreuzberg");
      expect($(el, "#bf-choices")).to.equal(null);
      expect($(el, "#bf-results-heading")?.textContent).to.equal("Counselling near Kreuzberg (Berlin)");
    });

    it("shows the choices right to left in Arabic, within 375 px, accessible", async function () {
      this.timeout(20000);
      const el = await mountReal("ar");
      await enter(el, "Neuenkirchen");
      const group = $(el, "#bf-choices") as HTMLElement;
      expect(getComputedStyle(group).direction).to.equal("rtl");
      expect($(el, "#bf-choices-title")?.textContent).to.equal(
        "توجد عدة أماكن باسم «Neuenkirchen». أيّها تقصد؟",
      );
      const buttons = $$(el, "#bf-choices button");
      expect(buttons.length).to.be.at.least(8);
      for (const button of buttons) {
        const box = button.getBoundingClientRect();
        expect(box.left, "inside the phone's width").to.be.at.least(0);
        expect(box.right).to.be.at.most(screen.width);
      }
      // German place names keep their own direction inside the Arabic sentence.
      expect(buttons[0]?.querySelector("bdi")).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  });
}

describe("<beratungs-finder> a place choice's name and region", () => {
  it("shows the name and the region from the choice's fields, a name with brackets of its own whole", async () => {
    const el = await mount();
    const geocoder = el.geocoder as NonNullable<typeof el.geocoder>;
    const at = (name: string) => ({ ...geocoder.geocode("Potsdam")[0], name }) as GeocodeMatch;
    geocoder.resolve = async () => ({
      kind: "ambiguous",
      more: false,
      choices: [
        // A name with brackets and nothing that needs telling apart: no region to take out of it.
        {
          match: at("Frankfurt (Oder)"),
          name: "Frankfurt (Oder)",
          label: "Frankfurt (Oder)",
          query: "Frankfurt (Oder)",
          shortLabel: "Frankfurt (Oder)",
        },
        {
          match: at("Halle (Westf.)"),
          name: "Halle (Westf.)",
          region: "Kreis Gütersloh, Nordrhein-Westfalen",
          label: "Halle (Westf.) (Kreis Gütersloh, Nordrhein-Westfalen)",
          query: "Halle (Westf.)",
          shortLabel: "Halle (Westf.) (Kreis Gütersloh)",
        },
      ],
    });
    await searchFor(el, "Frankfurt");
    const rows = $$(el, "#bf-choices button").map((button) => [
      button.querySelector(".choice-name")?.textContent,
      button.querySelector(".choice-region")?.textContent,
    ]);
    expect(rows).to.deep.equal([
      ["Frankfurt (Oder)", undefined],
      ["Halle (Westf.)", "Kreis Gütersloh, Nordrhein-Westfalen"],
    ]);
  });
});

/** A city by the name a visitor knows it by, in their script. */
const CITY_NAMES = { uk: "Берлін", ar: "برلين" } as const;

onEachScreen(
  "<beratungs-finder> a city by its name in the visitor's script",
  ({ lang, dir, width }) => {
    before(skipWithoutGeodata);

    it("finds Berlin typed in Cyrillic or Arabic letters and names it above the results, accessible", async function () {
      this.timeout(20000);
      const el = await mountReal(lang);
      await enter(el, CITY_NAMES[lang as keyof typeof CITY_NAMES]);
      const heading = $(el, "#bf-results-heading") as HTMLElement;
      expect(heading, "results, not a choice or a notice").to.exist;
      expect(heading.textContent).to.contain("Berlin");
      expect(resultNames(el)).to.include("Migrationsberatung Mitte");
      expect(getComputedStyle(heading).direction).to.equal(dir);
      const box = heading.getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(width);
      await expect(el).to.be.accessible();
    });
  },
  { ltr: "uk" },
);

/** The first screen of a 375 px phone, left to right and right to left (issue 13). */
import { elementUpdated, expect, fixture, html, waitUntil } from "@open-wc/testing";
import { a11ySnapshot, setViewport } from "@web/test-runner-commands";
import { fixtureGeocoder } from "../test/fixtures/geocoder.js";
import { officesFixture } from "../test/fixtures/offices.js";
import { $, announced, mount, NOW, searchFor, settle } from "../test/widget-harness.js";
import type { BeratungsFinder } from "./beratungs-finder.js";
import { createFormatting } from "./localization/formatting.js";

const PHONE = { width: 375, height: 667 };

interface A11yNode {
  role: string;
  name: string;
  children?: A11yNode[];
}

/** The landmarks of the page's accessibility tree (as Chromium gives it to screen readers): "role: name". */
async function landmarks(): Promise<string[]> {
  const found: string[] = [];
  const walk = (node: A11yNode) => {
    if (["search", "region", "form", "navigation", "complementary"].includes(node.role)) {
      found.push(`${node.role}: ${node.name}`);
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk((await a11ySnapshot({})) as unknown as A11yNode);
  return found;
}

async function twoWidgets(langs: [string, string]): Promise<[BeratungsFinder, BeratungsFinder]> {
  const page = await fixture<HTMLElement>(html`<div>
    ${langs.map(
      (lang) =>
        html`<beratungs-finder lang=${lang} .geocoder=${fixtureGeocoder()} .clock=${() => NOW} .data=${officesFixture()}></beratungs-finder>`,
    )}
  </div>`);
  const widgets = [...page.querySelectorAll("beratungs-finder")] as [BeratungsFinder, BeratungsFinder];
  for (const el of widgets) await settle(el);
  await waitUntil(
    () => widgets.every((el, i) => $(el, ".frame")?.getAttribute("lang") === langs[i]),
    "both locales",
    { timeout: 5000 },
  );
  return widgets;
}

/** Two widgets on one page, in German and Arabic, each keep their language, direction and landmark name. */
async function expectTwoLanguagesApart(): Promise<void> {
  const [de, ar] = await twoWidgets(["de", "ar"]);
  const page = de.parentElement as HTMLElement;
  await searchFor(de, "10115");
  await searchFor(ar, "Garmisch");
  expect($(de, ".frame")?.getAttribute("dir")).to.equal("ltr");
  expect($(ar, ".frame")?.getAttribute("dir")).to.equal("rtl");
  expect($(de, "h2")?.textContent).to.equal("Migrationsberatung finden");
  expect($(ar, "h2")?.textContent).to.match(/[\u0600-\u06ff]/);
  expect(text($(de, "#bf-locale")?.closest("label, div") ?? null)).to.contain("Sprache");
  expect(announced(de)).to.equal("2 Beratungsstellen gefunden");
  expect(announced(ar)).to.match(/[\u0600-\u06ff]/);
  expect(text($(de, "#bf-instance"))).to.equal("1 von 2");
  expect(text($(ar, "#bf-instance"))).to.equal(
    `${createFormatting("ar").number(2)} من ${createFormatting("ar").number(2)}`,
  );
  const names = await landmarks();
  expect(names).to.include("search: Migrationsberatung finden 1 von 2");
  expect(names.filter((name) => name.startsWith("search: "))).to.have.length(2);
  expect(new Set(names).size, names.join("\n")).to.equal(names.length);
  await expect(page).to.be.accessible();
}

function box(element: Element | null): DOMRect {
  if (!element) throw new Error("element missing");
  return element.getBoundingClientRect();
}

function text(element: Element | null): string {
  return element?.textContent?.replace(/\s+/g, " ").trim() ?? "";
}

describe("<beratungs-finder> on a 375 px phone", () => {
  beforeEach(() => setViewport(PHONE));
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const { lang, dir, label } of [
    { lang: "de", dir: "ltr", label: "Sprache · Language" },
    { lang: "ar", dir: "rtl", label: "اللغة · Language" },
  ] as const) {
    it(`shows the language menu on the first screen, above the title, at the inline end (${dir})`, async () => {
      const el = await mount({ lang });
      const select = $(el, "#bf-locale") as HTMLSelectElement;
      expect(select.tagName).to.equal("SELECT");
      const menu = box(select);
      const title = box($(el, "h2"));
      const intro = box($(el, ".intro"));
      expect(menu.top, "on the first screen").to.be.at.least(0);
      expect(menu.bottom, "without scrolling").to.be.at.most(PHONE.height);
      expect(menu.bottom, "above the title").to.be.at.most(title.top);
      expect(menu.left).to.be.at.least(0);
      expect(menu.right).to.be.at.most(PHONE.width);
      if (dir === "ltr") expect(Math.abs(menu.right - intro.right)).to.be.below(1);
      else expect(Math.abs(menu.left - intro.left)).to.be.below(1);
      const frame = $(el, ".frame") as HTMLElement;
      expect(frame.scrollWidth, "no sideways scrolling").to.be.at.most(frame.clientWidth);
      await expect(el).to.be.accessible();
    });

    it(`labels the menu with a globe and "Language" in English (${dir})`, async () => {
      const el = await mount({ lang });
      const select = $(el, "#bf-locale") as HTMLSelectElement;
      const labelEl = select.labels[0] as HTMLLabelElement;
      expect(text(labelEl)).to.equal(label);
      expect(labelEl.querySelector("[lang=en]")?.textContent).to.equal("Language");
      expect(
        labelEl.querySelector("[aria-hidden=true]:not(svg)")?.textContent,
        "the dot is not read",
      ).to.equal("·");
      const globe = labelEl.querySelector("svg") as SVGSVGElement;
      expect(globe.getAttribute("aria-hidden")).to.equal("true");
      expect(globe.querySelectorAll("use, image, [href], [src]"), "nothing loaded").to.have.length(0);
      // The globe stands before the words in reading order: left of them in German, right in Arabic.
      const words = box(labelEl.querySelector("span"));
      const icon = box(globe);
      expect(icon.width).to.be.above(10);
      if (dir === "ltr") expect(icon.right).to.be.at.most(words.left);
      else expect(icon.left).to.be.at.least(words.right);
      expect(select.selectedOptions[0]?.getAttribute("lang")).to.equal(lang);
    });
  }

  it('says only "Language" when the widget is in English', async () => {
    const el = await mount({ lang: "en" });
    const labelEl = ($(el, "#bf-locale") as HTMLSelectElement).labels[0] as HTMLLabelElement;
    expect(text(labelEl)).to.equal("Language");
    expect(labelEl.querySelector("svg")).to.exist;
  });

  it("keeps two widgets (de, ar) in their own languages, with landmarks named apart and axe at 0", async function () {
    this.timeout(30_000);
    await expectTwoLanguagesApart();
  });

  it("names the landmarks of two widgets in one language apart, and drops the number when one leaves", async function () {
    this.timeout(30_000);
    const [first, second] = await twoWidgets(["de", "de"]);
    const page = first.parentElement as HTMLElement;
    await searchFor(first, "10115");
    await searchFor(second, "10115");
    ($(second, "#bf-details-0") as HTMLButtonElement).click();
    await elementUpdated(second);
    const names = await landmarks();
    expect(names).to.include.members([
      "search: Migrationsberatung finden 1 von 2",
      "search: Migrationsberatung finden 2 von 2",
    ]);
    expect(new Set(names).size, names.join("\n")).to.equal(names.length);
    await expect(page).to.be.accessible();
    second.remove();
    await elementUpdated(first);
    expect(text($(first, "#bf-instance"))).to.equal("");
    expect(await landmarks()).to.include("search: Migrationsberatung finden");
  });
});

describe("<beratungs-finder> at 1280 px", () => {
  before(() => setViewport({ width: 1280, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it("keeps two widgets (de, ar) in their own languages, with landmarks named apart and axe at 0", async function () {
    this.timeout(30_000);
    await expectTwoLanguagesApart();
  });

  for (const { lang, dir } of [
    { lang: "de", dir: "ltr" },
    { lang: "ar", dir: "rtl" },
  ] as const) {
    it(`puts the language menu beside the title, at the inline end (${dir})`, async () => {
      const el = await mount({ lang });
      const menu = box($(el, ".language-menu"));
      const intro = box($(el, ".intro"));
      expect(Math.abs(menu.top - intro.top), "one row").to.be.below(2);
      if (dir === "ltr") expect(menu.left).to.be.at.least(intro.right);
      else expect(menu.right).to.be.at.most(intro.left);
      // Still first for the keyboard and screen readers: before the title in the markup.
      const select = $(el, "#bf-locale") as HTMLElement;
      const title = $(el, "h2") as HTMLElement;
      expect(select.compareDocumentPosition(title) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
    });
  }
});

import { aTimeout, elementUpdated, expect, fixture, html, oneEvent, waitUntil } from "@open-wc/testing";
import { fixtureGeocoder } from "../test/fixtures/geocoder.js";
import { officesFixture } from "../test/fixtures/offices.js";
import { $, $$, announced, choose, mount, NOW, searchFor, settle } from "../test/widget-harness.js";
import type { BeratungsFinder } from "./beratungs-finder.js";
import { LOCALES } from "./localization/locales.js";

function frameLang(el: BeratungsFinder): string | null | undefined {
  return $(el, ".frame")?.getAttribute("lang");
}

describe("<beratungs-finder> locale", () => {
  it("tells the host its starting locale once", async () => {
    await mount({ lang: "uk" });
    const el = document.createElement("beratungs-finder");
    el.setAttribute("lang", "so");
    el.geocoder = fixtureGeocoder();
    el.clock = () => NOW;
    el.data = officesFixture();
    const seen: string[] = [];
    el.addEventListener("bf-locale-change", (event) => seen.push(event.detail.locale));
    await fixture(html`${el}`);
    await waitUntil(() => seen.length > 0, "no bf-locale-change", { timeout: 5000 });
    await aTimeout(300);
    expect(seen).to.deep.equal(["so"]);
  });

  it("switches to Arabic from the language menu and lays out right to left", async () => {
    const el = await mount();
    const options = $$(el, "#bf-locale option");
    expect(options.map((o) => o.getAttribute("value"))).to.deep.equal([...LOCALES]);
    expect(options).to.have.length(21);
    expect(options.find((o) => o.getAttribute("value") === "ar")?.textContent).to.equal("العربية");
    expect(options.find((o) => o.getAttribute("value") === "ar")?.getAttribute("lang")).to.equal("ar");
    const changed = oneEvent(el, "bf-locale-change");
    await choose(el, "#bf-locale", "ar");
    expect((await changed).detail).to.deep.equal({ locale: "ar", chosen: true });
    await elementUpdated(el);
    const frame = $(el, ".frame") as HTMLElement;
    expect(frame.getAttribute("dir")).to.equal("rtl");
    expect(frame.getAttribute("lang")).to.equal("ar");
    expect(getComputedStyle($(el, "#bf-query") as HTMLElement).direction).to.equal("rtl");
    await expect(el).to.be.accessible();
    await choose(el, "#bf-locale", "en");
    await aTimeout(0);
    await elementUpdated(el);
    expect(frame.getAttribute("dir")).to.equal("ltr");
  });

  it("stays accessible right to left through results, details and the empty state", async function () {
    // Four axe runs: more than mocha's default 10 s on a busy two-core machine.
    this.timeout(30_000);
    const el = await mount({ lang: "ar" });
    await searchFor(el, "10115");
    await expect(el).to.be.accessible();
    ($(el, "#bf-details-0") as HTMLButtonElement).click();
    await waitUntil(() => $(el, ".back"), "the details", { timeout: 5000 });
    await expect(el).to.be.accessible();
    ($(el, ".back") as HTMLButtonElement).click();
    await elementUpdated(el);
    await searchFor(el, "Garmisch");
    expect($(el, "#bf-empty-heading")).to.exist;
    await expect(el).to.be.accessible();
  });

  it("sets Urdu right to left with a line height and fonts made for Nastaliq", async () => {
    const el = await mount({ lang: "ur" });
    const frame = $(el, ".frame") as HTMLElement;
    expect(frame.getAttribute("dir")).to.equal("rtl");
    expect($(el, "h2")?.textContent?.trim()).to.equal("تارکین وطن کے لیے مشاورت تلاش کریں");
    const style = getComputedStyle(frame);
    expect(Number.parseFloat(style.lineHeight) / Number.parseFloat(style.fontSize)).to.be.within(1.9, 2.1);
    expect(style.fontFamily).to.match(/^"Noto Nastaliq Urdu", "Jameel Noori Nastaleeq"/);
    const heading = getComputedStyle($(el, "h2") as HTMLElement);
    expect(Number.parseFloat(heading.lineHeight) / Number.parseFloat(heading.fontSize)).to.be.above(1.5);
    await searchFor(el, "10115");
    await expect(el).to.be.accessible();
    // The phone number still reads left to right: its area code is drawn left of its last digits.
    const call = $(el, "a[part~=call]") as HTMLAnchorElement;
    const text = [...call.childNodes].find((node) => node.textContent?.includes("030"));
    const left = (needle: string) => {
      const range = document.createRange();
      const at = (text?.textContent ?? "").indexOf(needle);
      range.setStart(text as Node, at);
      range.setEnd(text as Node, at + needle.length);
      return range.getBoundingClientRect().left;
    };
    expect(call.textContent).to.contain("030 23125 101");
    expect(left("030")).to.be.below(left("101"));
    const arabic = await mount({ lang: "ar" });
    expect(getComputedStyle($(arabic, ".frame") as HTMLElement).fontFamily).not.to.contain("Nastaliq");
  });

  it("takes the locale from the nearest [lang] ancestor", async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="de-AT"><beratungs-finder .browserLanguages=${["ja"]}></beratungs-finder></div>`,
    );
    const el = wrapper.querySelector("beratungs-finder") as BeratungsFinder;
    el.data = officesFixture();
    await settle(el);
    await waitUntil(() => $(el, ".frame")?.getAttribute("lang") === "de", "locale de", { timeout: 5000 });
    el.setAttribute("lang", "en");
    await waitUntil(() => $(el, ".frame")?.getAttribute("lang") === "en", "locale en", { timeout: 5000 });
  });

  it("uses per-instance string overrides", async () => {
    const el = await mount();
    el.strings = { "app.title": "Beratung in Musterstadt", "results.count.other": "{count} Treffer" };
    await elementUpdated(el);
    expect($(el, "h2")?.textContent).to.equal("Beratung in Musterstadt");
    await searchFor(el, "10115");
    expect(announced(el)).to.equal("2 Treffer");
  });

  it("shows two widgets on one page in their own languages", async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <beratungs-finder lang="de" .geocoder=${fixtureGeocoder()} .clock=${() => NOW} .data=${officesFixture()}></beratungs-finder>
      <beratungs-finder lang="ar" .geocoder=${fixtureGeocoder()} .clock=${() => NOW} .data=${officesFixture()}></beratungs-finder>
    </div>`);
    const [de, ar] = [...page.querySelectorAll("beratungs-finder")] as [BeratungsFinder, BeratungsFinder];
    await settle(de);
    await settle(ar);
    await waitUntil(() => frameLang(de) === "de" && frameLang(ar) === "ar", "both locales", {
      timeout: 5000,
    });
    expect($(de, "h2")?.textContent).to.equal("Migrationsberatung finden");
    expect($(ar, "h2")?.textContent).to.not.equal("Migrationsberatung finden");
    expect($(ar, "h2")?.textContent).to.match(/[\u0600-\u06ff]/);
    expect($(ar, ".frame")?.getAttribute("dir")).to.equal("rtl");
    await searchFor(de, "10115");
    await searchFor(ar, "10115");
    expect(announced(de)).to.equal("2 Beratungsstellen gefunden");
    expect(announced(ar)).to.match(/[\u0600-\u06ff]/);
    expect($(de, "h2")?.textContent, "the other widget's search changes nothing here").to.equal(
      "Migrationsberatung finden",
    );
  });

  it("takes the browser's language before the page's when the element has no lang", async () => {
    const html_ = document.documentElement;
    const before = html_.getAttribute("lang");
    html_.setAttribute("lang", "de");
    try {
      const el = await mount({ lang: null, languages: ["ja", "ar"] });
      await waitUntil(() => frameLang(el) === "ar", "Arabic from the browser", { timeout: 5000 });
      const german = await mount({ lang: null, languages: ["ja"] });
      await waitUntil(() => frameLang(german) === "de", "German from the page", { timeout: 5000 });
      const explicit = await mount({ lang: "uk", languages: ["ar"] });
      await waitUntil(() => frameLang(explicit) === "uk", "the element's own lang", { timeout: 5000 });
    } finally {
      if (before === null) html_.removeAttribute("lang");
      else html_.setAttribute("lang", before);
    }
  });

  it("treats a lang that names a prototype property as unknown", async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener("error", onError);
    try {
      for (const lang of ["__proto__", "constructor", "toString"]) {
        const el = await mount({ lang, languages: ["tr"] });
        await waitUntil(() => frameLang(el) === "tr", `${lang} falls through to the browser`, {
          timeout: 5000,
        });
        expect($(el, "h2")?.textContent).to.not.equal("");
      }
    } finally {
      window.removeEventListener("error", onError);
    }
    expect(errors).to.deep.equal([]);
  });
});

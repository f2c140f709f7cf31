import { expect, fixture, html } from "@open-wc/testing";
import { closestLang, intlLocales, isRtl, matchLocale, pageLang, resolveLocale } from "./locales.js";

describe("matchLocale", () => {
  it("finds no locale for names of Object.prototype, in any case or with any subtag", () => {
    for (const tag of [
      "constructor",
      "__proto__",
      "Constructor",
      "CONSTRUCTOR-de",
      "__proto__-x-ls",
      "toString",
      "hasOwnProperty",
    ]) {
      expect(matchLocale(tag), tag).to.equal(undefined);
      expect(intlLocales(tag), tag).to.be.an("array");
    }
  });

  it('resolves lang="constructor" on the element or <html> to a real locale', async () => {
    const element = await fixture(html`<div lang="__proto__"><span lang="constructor"></span></div>`);
    const span = element.querySelector("span") as HTMLElement;
    expect(
      resolveLocale({
        own: span.getAttribute("lang"),
        languages: ["constructor", "de-DE"],
        page: pageLang(span),
      }),
    ).to.equal("de");
  });

  it("maps browser and page tags to the widget's locales", () => {
    expect(matchLocale("de-AT")).to.equal("de");
    expect(matchLocale("AR")).to.equal("ar");
    expect(matchLocale("fa-AF")).to.equal("prs");
    expect(matchLocale("ku")).to.equal("kmr");
    expect(matchLocale("de-x-ls")).to.equal("de-x-ls");
    expect(matchLocale("pl-PL")).to.equal("pl");
    expect(matchLocale("es-419")).to.equal("es");
    expect(matchLocale("ur-PK")).to.equal("ur");
    expect(matchLocale("ja")).to.equal(undefined);
    expect(matchLocale("")).to.equal(undefined);
  });
});

describe("isRtl", () => {
  it("is true for Arabic-script locales only", () => {
    expect(["ar", "fa", "prs", "ps", "ckb", "ur"].every(isRtl)).to.equal(true);
    expect(["de", "kmr", "ti", "uk", "sq", "bg"].some(isRtl)).to.equal(false);
  });
});

describe("intlLocales", () => {
  it("gives Intl a known relative for private-use codes", () => {
    expect(intlLocales("de-x-ls")).to.deep.equal(["de", "de"]);
    expect(intlLocales("prs")[0]).to.equal("prs");
  });

  it("falls back to English, never German, for a locale the browser may lack", () => {
    for (const locale of ["ps", "kmr", "so", "ti"]) expect(intlLocales(locale).at(-1)).to.equal("en");
    expect(intlLocales("de").at(-1)).to.equal("de");
  });
});

describe("resolveLocale", () => {
  it("takes a menu pick, the element's lang, the link, the browser, the page, then German", () => {
    const all = { picked: "uk", own: "tr", linked: "fa", languages: ["ar", "de"], page: "ru" };
    expect(resolveLocale(all)).to.equal("uk");
    expect(resolveLocale({ ...all, picked: undefined })).to.equal("tr");
    expect(resolveLocale({ ...all, picked: undefined, own: null })).to.equal("fa");
    expect(resolveLocale({ languages: ["ja", "ar-SY", "de"], page: "de" })).to.equal("ar");
    expect(resolveLocale({ languages: ["ja"], page: "de-AT" })).to.equal("de");
    expect(resolveLocale({ own: "xx", languages: ["ja"], page: "fr-CA" }), "skips unsupported tags").to.equal(
      "fr",
    );
    expect(resolveLocale({})).to.equal("de");
  });

  it("treats prototype names as unknown tags", () => {
    for (const tag of ["__proto__", "constructor", "toString", "hasOwnProperty", "__proto__-x"]) {
      expect(matchLocale(tag), tag).to.equal(undefined);
      expect(resolveLocale({ own: tag, languages: [tag] }), tag).to.equal("de");
    }
    expect(intlLocales("constructor")).to.deep.equal(["constructor", "en"]);
  });
});

describe("pageLang", () => {
  it("finds the nearest lang around the element, across shadow roots, but not its own", async () => {
    const outer = await fixture<HTMLElement>(html`<section lang="tr"><div></div></section>`);
    const host = outer.querySelector("div") as HTMLElement;
    const shadow = host.attachShadow({ mode: "open" });
    const inner = document.createElement("span");
    inner.setAttribute("lang", "uk");
    shadow.append(inner);
    expect(closestLang(inner)).to.equal("uk");
    expect(pageLang(inner)).to.equal("tr");
    expect(pageLang(document.createElement("span"))).to.equal(undefined);
  });
});

import { expect, fixture, html } from "@open-wc/testing";
import { closestLang, intlLocales, isRtl, matchLocale, resolveLocale } from "./locales.js";

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
    expect(resolveLocale(element.querySelector("span")!, ["constructor", "de-DE"])).to.equal("de");
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
  it("prefers the element's lang, then an ancestor's across shadow roots, then the browser, then German", async () => {
    const outer = await fixture<HTMLElement>(html`<section lang="tr"><div></div></section>`);
    const host = outer.querySelector("div") as HTMLElement;
    const shadow = host.attachShadow({ mode: "open" });
    const inner = document.createElement("span");
    shadow.append(inner);
    expect(closestLang(inner)).to.equal("tr");
    expect(resolveLocale(inner, ["en"])).to.equal("tr");
    inner.setAttribute("lang", "uk");
    expect(resolveLocale(inner, ["en"])).to.equal("uk");
    const lone = document.createElement("span");
    expect(resolveLocale(lone, ["ja", "fr-CA"])).to.equal("fr");
    expect(resolveLocale(lone, ["ja"])).to.equal("de");
  });
});

/** Mounting and driving `<beratungs-finder>` in the browser tests, the way a person would. */
import { elementUpdated, fixture, html, waitUntil } from "@open-wc/testing";
import { sendKeys, setViewport } from "@web/test-runner-commands";
import type { BeratungsFinder } from "../src/beratungs-finder.js";
import { fixtureGeocoder } from "./fixtures/geocoder.js";
import { officesFixture } from "./fixtures/offices.js";
import "../src/index.js";

// A Wednesday, 10:30 in Berlin: Mitte is open (09:00–12:00), Kreuzberg opens on Thursday.
export const NOW = new Date("2026-11-25T09:30:00Z");

/** A phone and a desktop screen, each once left to right (en) and once right to left (ar): `[lang, width, height]`. */
export const PHONE_AND_DESKTOP = [
  ["en", 375, 667],
  ["ar", 375, 667],
  ["en", 1280, 900],
  ["ar", 1280, 900],
] as const;

/** A screen a test runs on: the widget's locale, its direction and the viewport. */
export interface Screen {
  lang: string;
  dir: "ltr" | "rtl";
  width: number;
  height: number;
}

/** The viewport the test runner starts with, restored after each screen. */
const DEFAULT_VIEWPORT = { width: 800, height: 600 };

/**
 * Describes `title` once per screen of `PHONE_AND_DESKTOP` ("… at 375 px (ar)"), the viewport set to
 * it for the tests inside; `ltr` picks the left-to-right locale ("de" where German texts are checked).
 *
 * @example
 * onEachScreen("<beratungs-finder> empty state", ({ lang, dir, width }) => {
 *   it("offers a wider radius", async () => { const el = await mount({ lang }); … });
 * });
 */
export function onEachScreen(
  title: string,
  body: (screen: Screen) => void,
  options: { ltr?: string } = {},
): void {
  for (const [lang, width, height] of PHONE_AND_DESKTOP) {
    const screen: Screen =
      lang === "ar"
        ? { lang, dir: "rtl", width, height }
        : { lang: options.ltr ?? lang, dir: "ltr", width, height };
    describe(`${title} at ${width} px (${screen.lang})`, () => {
      before(() => setViewport({ width, height }));
      after(() => setViewport(DEFAULT_VIEWPORT));
      body(screen);
    });
  }
}

export async function mount(
  options: {
    /** The element's `lang`; `null` for none. Default: "en". */
    lang?: string | null;
    /** The browser's languages, injected. */
    languages?: string[];
    dataset?: object;
    src?: string;
    attrs?: Record<string, string>;
  } = {},
): Promise<BeratungsFinder> {
  const el = document.createElement("beratungs-finder");
  if (options.lang !== null) el.setAttribute("lang", options.lang ?? "en");
  if (options.languages) el.browserLanguages = options.languages;
  for (const [name, value] of Object.entries(options.attrs ?? {})) el.setAttribute(name, value);
  el.geocoder = fixtureGeocoder();
  el.clock = () => NOW;
  if (options.src) el.src = options.src;
  else el.data = options.dataset ?? officesFixture();
  await fixture(html`${el}`);
  await settle(el);
  return el;
}

export function root(el: BeratungsFinder): ShadowRoot {
  return el.shadowRoot as ShadowRoot;
}

export function $(el: BeratungsFinder, selector: string): HTMLElement | null {
  return root(el).querySelector<HTMLElement>(selector);
}

export function $$(el: BeratungsFinder, selector: string): HTMLElement[] {
  return [...root(el).querySelectorAll<HTMLElement>(selector)];
}

export async function settle(el: BeratungsFinder): Promise<void> {
  await waitUntil(() => !$(el, ".skeleton"), "the widget did not finish loading", { timeout: 5000 });
  await elementUpdated(el);
}

export function input(el: BeratungsFinder): HTMLInputElement {
  return $(el, "#bf-query") as HTMLInputElement;
}

export function announced(el: BeratungsFinder): string {
  return $(el, "[role=status]")?.textContent?.trim() ?? "";
}

export function resultNames(el: BeratungsFinder): string[] {
  return $$(el, ".results > .result-list > .result h4").map((h) => h.textContent?.trim() ?? "");
}

export async function searchFor(el: BeratungsFinder, text: string): Promise<void> {
  input(el).focus();
  if (input(el).value) {
    await sendKeys({ press: "Escape" });
    await elementUpdated(el);
  }
  await sendKeys({ type: text });
  await sendKeys({ press: "Enter" });
  await elementUpdated(el);
  await settle(el);
}

export async function choose(el: BeratungsFinder, selector: string, value: string): Promise<void> {
  const select = $(el, selector) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event("change", { bubbles: true }));
  await elementUpdated(el);
}

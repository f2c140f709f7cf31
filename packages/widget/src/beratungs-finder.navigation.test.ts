import { elementUpdated, expect, fixture, html, waitUntil } from "@open-wc/testing";
import { a11ySnapshot, findAccessibilityNode, sendKeys } from "@web/test-runner-commands";
import { fixtureGeocoder } from "../test/fixtures/geocoder.js";
import { officesFixture } from "../test/fixtures/offices.js";
import {
  $,
  choose,
  input,
  mount,
  NOW,
  onEachScreen,
  resultNames,
  root,
  searchFor,
} from "../test/widget-harness.js";
import type { BeratungsFinder } from "./beratungs-finder.js";

const clearHash = (hash = ""): void =>
  history.replaceState(null, "", `${location.pathname}${location.search}${hash}`);
const focusedId = (el: BeratungsFinder): string | undefined => root(el).activeElement?.id;
const detailsOpen = (el: BeratungsFinder): boolean => Boolean($(el, ".details"));
const until = (test: () => unknown, message: string) => waitUntil(test, message, { timeout: 5000 });

async function back(el: BeratungsFinder): Promise<void> {
  const popped = new Promise((resolve) => window.addEventListener("popstate", resolve, { once: true }));
  history.back();
  await popped;
  await elementUpdated(el);
}

async function openOffice(el: BeratungsFinder, index: number): Promise<void> {
  ($(el, `#bf-details-${index}`) as HTMLButtonElement).click();
  await until(() => focusedId(el) === "bf-details-heading", "the details heading takes focus");
}

// The journey on a phone and on a desktop screen, each once left to right and once right to left.
onEachScreen("<beratungs-finder> navigation and focus", ({ lang }) => {
  beforeEach(() => clearHash());
  afterEach(() => clearHash());

  it("makes each search and each office a history step: Back closes the office, then returns to the search before", async () => {
    const el = await mount({ lang, attrs: { "hash-state": "" } });
    const start = history.length;
    await searchFor(el, "10115");
    expect(history.length, "a search is a step").to.equal(start + 1);
    await choose(el, "#bf-language", "ar");
    await until(() => resultNames(el).length === 1, "the language filter applies");
    expect(location.hash).to.contain("bf-languages=ar");
    expect(history.length, "a filter changes the current step").to.equal(start + 1);

    await searchFor(el, "Potsdam");
    expect(history.length).to.equal(start + 2);
    expect(resultNames(el)).to.deep.equal([]);
    await choose(el, "#bf-language", "");
    await until(() => resultNames(el).length === 1, "Potsdam without the filter");
    await openOffice(el, 0);
    expect(history.length, "an office is a step").to.equal(start + 3);
    expect(location.hash).to.contain("bf-office=mbe-potsdam");

    await back(el);
    await until(() => !detailsOpen(el), "Back closes the office");
    expect(resultNames(el)).to.deep.equal(["Migrationsberatung Potsdam"]);
    expect(location.hash).not.to.contain("bf-office");

    await back(el);
    await until(() => input(el).value === "10115", "Back returns to the search before");
    await until(() => resultNames(el).length === 1, "with its filter");
    expect(resultNames(el)).to.deep.equal(["Migrationsberatung Mitte"]);
    expect(($(el, "#bf-language") as HTMLSelectElement).value).to.equal("ar");

    await back(el);
    await until(() => !$(el, "#bf-results-heading"), "Back to before the first search");
    expect(input(el).value).to.equal("");
    expect($(el, ".start")).to.exist;
  });

  it("makes a search around the location a history step like a typed one: Back returns to it, then to the search before", async () => {
    const geolocation = navigator.geolocation;
    const here = {
      getCurrentPosition: (ok: PositionCallback) =>
        ok({ coords: { latitude: 52.52, longitude: 13.4 } } as GeolocationPosition),
    };
    Object.defineProperty(navigator, "geolocation", { value: here, configurable: true });
    try {
      const el = await mount({ lang, attrs: { "hash-state": "" } });
      await searchFor(el, "Potsdam");
      expect(resultNames(el)).to.deep.equal(["Migrationsberatung Potsdam"]);
      // Counted from here: the tests before left steps to go Forward to, which this search dropped.
      const start = history.length - 1;
      ($(el, "[part~=locate-button]") as HTMLButtonElement).click();
      await until(() => resultNames(el).length === 2, "the offices near the location");
      const nearHere = resultNames(el);
      expect(history.length, "the location's search is a step").to.equal(start + 2);
      expect(location.hash, "the location stays out of the URL").not.to.contain("52.5");
      await searchFor(el, "Garmisch");
      expect(history.length).to.equal(start + 3);

      await back(el);
      await until(() => resultNames(el).length === 2, "Back returns to the search around the location");
      expect(resultNames(el)).to.deep.equal(nearHere);
      expect(input(el).value, "the field stays empty for a location").to.equal("");
      await back(el);
      await until(() => input(el).value === "Potsdam", "Back returns to the search before");
      await until(() => resultNames(el).length === 1, "with its results");
      expect(resultNames(el)).to.deep.equal(["Migrationsberatung Potsdam"]);
      history.forward();
      await until(() => resultNames(el).length === 2, "Forward returns to the location's search");
      expect(resultNames(el)).to.deep.equal(nearHere);
    } finally {
      Object.defineProperty(navigator, "geolocation", { value: geolocation, configurable: true });
    }
  });

  it("leaves typing and the host page's own anchors out of the history of the search", async () => {
    const el = await mount({ lang, attrs: { "hash-state": "" } });
    await searchFor(el, "10115");
    const steps = history.length;
    input(el).focus();
    await sendKeys({ type: " Ber" });
    await elementUpdated(el);
    expect(history.length).to.equal(steps);
    expect(location.hash).to.contain("bf-q=10115&");
    // A link of the host page (#contact) changes the hash: the search on screen stays.
    location.hash = "contact";
    await new Promise((resolve) => setTimeout(resolve, 50));
    await elementUpdated(el);
    expect(resultNames(el)).to.have.length(2);
  });

  it("closes the details with Escape and puts focus back on the card's button", async () => {
    const el = await mount({ lang, attrs: { "hash-state": "" } });
    await searchFor(el, "10115");
    const steps = history.length;
    await openOffice(el, 1);
    await sendKeys({ press: "Escape" });
    await until(() => !detailsOpen(el), "Escape closes the details");
    await until(() => focusedId(el) === "bf-details-1", "focus returns to the card that opened them");
    // Escape went back like Back does: the office's step is gone, the search's is current.
    await until(() => !location.hash.includes("bf-office"), "the office leaves the URL");
    expect(history.state?.beratungsFinder).to.equal("search");
    expect(history.length).to.equal(steps + 1);
    expect(resultNames(el)).to.have.length(2);
    // Forward opens the office again, and focus follows into it.
    history.forward();
    await until(() => detailsOpen(el), "Forward reopens the office");
    await until(() => focusedId(el) === "bf-details-heading", "focus follows into the details");
    expect(location.hash).to.contain("bf-office=jmd-kreuzberg");
  });

  it("closes the details with Escape without hash-state too", async () => {
    const el = await mount({ lang });
    await searchFor(el, "10115");
    const steps = history.length;
    await openOffice(el, 0);
    expect(history.length, "no history without hash-state").to.equal(steps);
    await sendKeys({ press: "Escape" });
    await until(() => !detailsOpen(el), "Escape closes the details");
    expect(focusedId(el)).to.equal("bf-details-0");
    expect(location.hash).to.equal("");
  });

  it("opens a shared link: scrolls to the widget and restores place, radius, filters and language", async () => {
    const spacer = document.createElement("div");
    spacer.style.height = "3000px";
    document.body.prepend(spacer);
    clearHash(`#bf-q=10115&bf-r=10&bf-languages=ar&bf-open=1&bf-step-free=1&bf-lang=${lang}`);
    try {
      window.scrollTo(0, 0);
      const el = await mount({ lang: null, languages: ["de"], attrs: { "hash-state": "" } });
      await until(() => resultNames(el).length === 1, "the linked search");
      expect($(el, ".frame")?.getAttribute("lang")).to.equal(lang);
      expect(input(el).value).to.equal("10115");
      expect(($(el, "#bf-radius") as HTMLSelectElement).value).to.equal("10");
      expect(($(el, "#bf-language") as HTMLSelectElement).value).to.equal("ar");
      expect(($(el, "#bf-open-now") as HTMLInputElement).checked).to.equal(true);
      expect(($(el, "#bf-step-free") as HTMLInputElement).checked).to.equal(true);
      await until(() => Math.abs(el.getBoundingClientRect().top) < 2, "the widget scrolled into view");
      expect(focusedId(el), "a link does not take focus").to.equal(undefined);

      // The age is personal: it never goes into a link.
      ($(el, "#bf-age") as HTMLInputElement).focus();
      await sendKeys({ type: "19" });
      await searchFor(el, "10117");
      expect(location.hash).to.contain("bf-q=10117");
      const link = new URLSearchParams(location.hash.slice(1));
      expect([...link.values()]).not.to.include("19");
      expect([...link.keys()].filter((key) => key.includes("age"))).to.deep.equal(["bf-languages"]);
    } finally {
      spacer.remove();
    }
  });

  it("opens a shared link to an office with that office open", async () => {
    clearHash("#bf-q=10115&bf-r=25&bf-office=jmd-kreuzberg");
    const el = await mount({ lang, attrs: { "hash-state": "" } });
    await until(() => detailsOpen(el), "the linked office");
    expect($(el, "#bf-details-heading")?.textContent).to.contain("Jugendmigrationsdienst Kreuzberg");
    // Opened from a link, the office has no step of its own: its back button stays on the page.
    const steps = history.length;
    ($(el, ".back") as HTMLButtonElement).click();
    await until(() => !detailsOpen(el), "the back button closes it");
    expect(history.length).to.equal(steps);
    expect(location.hash).not.to.contain("bf-office");
    expect(resultNames(el)).to.have.length(2);
  });

  it("moves focus to the results heading after a search, named with the count, at the top of the screen", async () => {
    const el = await mount({ lang });
    await searchFor(el, "10115");
    await until(() => focusedId(el) === "bf-results-heading", "focus on the results heading");
    const heading = $(el, "#bf-results-heading") as HTMLElement;
    expect(heading.getAttribute("tabindex")).to.equal("-1");
    expect(
      document.activeElement === el && root(el).activeElement !== input(el),
      "the field lost focus",
    ).to.equal(true);
    const top = heading.getBoundingClientRect().top;
    expect(top).to.be.within(-1, 10);
    const count = $(el, "#bf-results-count")?.textContent?.trim() ?? "";
    expect(count).to.match(/[2٢]/);
    const snapshot = await a11ySnapshot({});
    const named = findAccessibilityNode<{ role: string; name: string }>(
      snapshot as never,
      (node) => node.role === "heading" && node.name.includes(heading.textContent?.trim() ?? "?"),
    );
    expect(named?.name, "the heading's name carries the count").to.contain(count.replace(/\s+/g, " "));
    await expect(el).to.be.accessible();
  });

  it("moves focus to the empty state's heading when the search found nothing nearby", async () => {
    const el = await mount({ lang });
    await searchFor(el, "Garmisch");
    await until(() => focusedId(el) === "bf-empty-heading", "focus on the empty state");
    expect($(el, "#bf-empty-heading")?.getAttribute("tabindex")).to.equal("-1");
  });

  it("moves focus to the results when the empty state's own button searches again", async () => {
    const el = await mount({ lang });
    await searchFor(el, "Potsdam");
    await choose(el, "#bf-language", "ar");
    await until(() => $(el, "#bf-empty-heading"), "nothing in Arabic near Potsdam");
    ($(el, "[part~=reset-button]") as HTMLButtonElement).click();
    await until(() => focusedId(el) === "bf-results-heading", "focus on what the reset search found");
    expect(resultNames(el)).to.deep.equal(["Migrationsberatung Potsdam"]);
  });

  it("leaves focus alone for the near attribute at the start", async () => {
    const el = await fixture<BeratungsFinder>(html`<beratungs-finder
      lang=${lang}
      near="10115"
      .geocoder=${fixtureGeocoder()}
      .clock=${() => NOW}
      .data=${officesFixture()}
    ></beratungs-finder>`);
    await until(() => resultNames(el).length === 2, "near search");
    expect(focusedId(el)).to.equal(undefined);
  });

  it("removes the old results and their heading after a search that finds no place", async () => {
    const el = await mount({ lang });
    await searchFor(el, "10115");
    expect($(el, "#bf-results-heading")).to.exist;
    await searchFor(el, "Atlantis");
    expect($(el, "#bf-notice")).to.exist;
    expect($(el, "#bf-results-heading")).to.equal(null);
    expect(resultNames(el)).to.deep.equal([]);
    expect(focusedId(el), "focus stays in the field to correct the place").to.equal("bf-query");
  });

  it("removes the old results after a search whose place data fails", async () => {
    const el = await mount({ lang });
    await searchFor(el, "10115");
    const geocoder = fixtureGeocoder();
    el.geocoder = { ...geocoder, lookup: async () => Promise.reject(new TypeError("Failed to fetch")) };
    await elementUpdated(el);
    await searchFor(el, "Potsdam");
    await until(() => $(el, "[role=alert]"), "the error");
    expect($(el, "#bf-results-heading")).to.equal(null);
    el.geocoder = geocoder;
    ($(el, ".error button") as HTMLButtonElement).click();
    await until(() => resultNames(el).length === 1, "the retry searches the new place, not the old");
    expect(resultNames(el)).to.deep.equal(["Migrationsberatung Potsdam"]);
  });
});

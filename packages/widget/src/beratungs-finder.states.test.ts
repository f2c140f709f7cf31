import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from "@open-wc/testing";
import { setViewport } from "@web/test-runner-commands";
import { fixtureGeocoder } from "../test/fixtures/geocoder.js";
import { officesFixture } from "../test/fixtures/offices.js";
import { $, announced, mount, NOW, resultNames, searchFor, settle } from "../test/widget-harness.js";
import type { BeratungsFinder } from "./beratungs-finder.js";

describe("<beratungs-finder>: no match, errors, location and attributes", () => {
  it("says when no place matches", async () => {
    const el = await mount();
    await searchFor(el, "Atlantis");
    expect($(el, ".notice")?.textContent).to.contain("No place found for “Atlantis”");
    expect(announced(el)).to.contain("No place found");
  });

  it("shows an error in words with a retry that works", async () => {
    const original = window.fetch;
    let calls = 0;
    window.fetch = async () => {
      calls += 1;
      if (calls === 1) throw new TypeError("Failed to fetch");
      return new Response(JSON.stringify(officesFixture()), {
        headers: { "content-type": "application/json" },
      });
    };
    try {
      const failed = new Promise<Event>((resolve) =>
        document.addEventListener("bf-error", resolve, { once: true }),
      );
      const el = await mount({ src: "/offices.json" });
      const error = (await failed) as CustomEvent;
      expect(error.detail.kind).to.equal("dataset");
      expect($(el, "[role=alert]")?.textContent).to.contain("could not be loaded");
      await expect(el).to.be.accessible();
      ($(el, ".error button") as HTMLButtonElement).click();
      await settle(el);
      expect($(el, ".error")).to.equal(null);
      expect(calls).to.equal(2);
      await searchFor(el, "10115");
      expect(resultNames(el)).to.have.length(2);
    } finally {
      window.fetch = original;
    }
  });

  it("is accessible in the error state right to left", async () => {
    const el = await mount({ lang: "ar", src: "/does-not-exist.json" });
    await waitUntil(() => $(el, "[role=alert]"), "error state", { timeout: 5000 });
    expect($(el, ".frame")?.getAttribute("dir")).to.equal("rtl");
    await expect(el).to.be.accessible();
  });

  it("shows a banner only for fictional data, and the attributions", async () => {
    const fictional = await mount();
    expect($(fictional, ".banner")?.textContent).to.contain("invented");
    expect($(fictional, ".footer")?.textContent).to.contain("Testdaten Berlin");
    expect($(fictional, ".footer")?.textContent).to.contain("GeoNames");
    expect($(fictional, ".footer")?.textContent).to.contain("GeoBasis-DE / BKG");
    const real = await mount({ dataset: officesFixture({ fictional: false }) });
    expect($(real, ".banner")).to.equal(null);
  });

  it("shows the valid offices of a partly broken dataset and says how many were left out", async () => {
    const data = officesFixture() as { offices: Array<Record<string, unknown>> };
    const broken = {
      ...data.offices[0],
      id: "broken-1",
      address: { street: "X", postalCode: "123", city: "Y", state: "DE-BE" },
    };
    const el = await mount({ dataset: { ...data, offices: [...data.offices, broken] } });
    expect($(el, ".notice")?.textContent?.trim()).to.equal(
      "1 office in the dataset has invalid data and is not shown.",
    );
    const clean = await mount();
    expect($(clean, ".notice")).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it("folds the filters on a phone-sized screen and says how many are active", async () => {
    await setViewport({ width: 360, height: 740 });
    try {
      const el = await mount();
      const details = $(el, ".filters-disclosure") as HTMLDetailsElement;
      expect(details.open).to.equal(false);
      ($(el, ".filters-disclosure > summary") as HTMLElement).click();
      await elementUpdated(el);
      expect(details.open).to.equal(true);
      ($(el, "#bf-step-free") as HTMLInputElement).click();
      await elementUpdated(el);
      expect($(el, ".filters-disclosure > summary")?.textContent?.replace(/\s+/g, " ").trim()).to.equal(
        "Filters (1)",
      );
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
    const wide = await mount();
    expect(($(wide, ".filters-disclosure") as HTMLDetailsElement).open).to.equal(true);
  });

  it("asks for the location only on click and explains a refusal", async () => {
    const geolocation = navigator.geolocation;
    let asked = 0;
    const fake = {
      getCurrentPosition: (_ok: PositionCallback, fail: PositionErrorCallback) => {
        asked += 1;
        fail?.({
          code: 1,
          message: "denied",
          PERMISSION_DENIED: 1,
          POSITION_UNAVAILABLE: 2,
          TIMEOUT: 3,
        } as GeolocationPositionError);
      },
    };
    Object.defineProperty(navigator, "geolocation", { value: fake, configurable: true });
    try {
      const el = await mount();
      expect(asked).to.equal(0);
      expect($(el, ".locate-row")?.textContent).to.contain("Your location stays on this device");
      const failed = oneEvent(el, "bf-error");
      ($(el, ".locate-row button") as HTMLButtonElement).click();
      const { detail } = await failed;
      await elementUpdated(el);
      expect(asked).to.equal(1);
      expect(detail).to.include({ kind: "geolocation", code: "GEOLOCATION_DENIED" });
      expect($(el, ".notice")?.textContent).to.contain("was not allowed");

      fake.getCurrentPosition = (ok: PositionCallback) => {
        ok({ coords: { latitude: 52.52, longitude: 13.4 } } as GeolocationPosition);
      };
      ($(el, ".locate-row button") as HTMLButtonElement).click();
      await waitUntil(() => $(el, "#bf-results-heading"), "results near the location", { timeout: 5000 });
      expect($(el, "#bf-results-heading")?.textContent).to.equal("Counselling near your location");
    } finally {
      Object.defineProperty(navigator, "geolocation", { value: geolocation, configurable: true });
    }
  });

  it("reports a browser without geolocation as GEOLOCATION_UNSUPPORTED, in words and in bf-error", async () => {
    const geolocation = navigator.geolocation;
    Object.defineProperty(navigator, "geolocation", { value: undefined, configurable: true });
    try {
      const el = await mount();
      const failed = oneEvent(el, "bf-error");
      ($(el, ".locate-row button") as HTMLButtonElement).click();
      const { detail } = await failed;
      await elementUpdated(el);
      expect(detail).to.include({ kind: "geolocation", code: "GEOLOCATION_UNSUPPORTED" });
      expect($(el, ".notice")?.textContent).to.contain("could not be found");
    } finally {
      Object.defineProperty(navigator, "geolocation", { value: geolocation, configurable: true });
    }
  });

  it("searches the near attribute at start", async () => {
    const el = await fixture<BeratungsFinder>(html`<beratungs-finder
      lang="en"
      near="10115"
      .geocoder=${fixtureGeocoder()}
      .clock=${() => NOW}
      .data=${officesFixture()}
    ></beratungs-finder>`);
    await waitUntil(() => resultNames(el).length === 2, "near search", { timeout: 5000 });
  });

  it("leaves HTMLElement.dataset to data-* attributes; the office data is `data`", async () => {
    const el = await mount();
    el.dataset.x = "1";
    expect(el.getAttribute("data-x")).to.equal("1");
    el.setAttribute("data-tracking", "finder");
    expect(el.dataset.tracking).to.equal("finder");
    expect(resultNames(el), "the offices are untouched").to.deep.equal([]);
    await searchFor(el, "10115");
    expect(resultNames(el)).to.have.length(2);
  });

  it("says so when no dataset was given", async () => {
    const failed = new Promise<void>((resolve) => setTimeout(resolve, 50));
    const el = await fixture<BeratungsFinder>(html`<beratungs-finder lang="en"></beratungs-finder>`);
    await failed;
    await elementUpdated(el);
    expect($(el, "[role=alert]")?.textContent).to.contain("has not told the search where to find");
  });
});

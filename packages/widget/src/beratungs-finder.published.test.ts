import { elementUpdated, expect, waitUntil } from "@open-wc/testing";
import { servePublishedFolder } from "../test/fault-harness.js";
import { $, $$, announced, mount, resultNames, searchFor } from "../test/widget-harness.js";
import { startEarlyFetch } from "./early-fetch.js";

const FOLDER = "/published/";
// The test runner loads hundreds of modules; keep every resource entry for the check on what loaded.
performance.setResourceTimingBufferSize(100_000);

describe("<beratungs-finder> with a published folder", () => {
  let folder: ReturnType<typeof servePublishedFolder>;
  beforeEach(() => {
    folder = servePublishedFolder(FOLDER);
  });
  afterEach(() => {
    folder.restore();
  });

  it("fetches only the regions a search touches, then the details of the offices shown", async () => {
    const el = await mount({ src: `${FOLDER}manifest.json`, attrs: { radius: "10" } });
    expect(folder.requests).to.deep.equal(["manifest.json"]);
    await searchFor(el, "10115");
    expect(resultNames(el)).to.deep.equal([
      "Migrationsberatung Mitte",
      "Jugendmigrationsdienst Kreuzberg <b>bold</b>",
    ]);
    const indexes = folder.requests.filter((path) => path.startsWith("index-")).sort();
    expect(indexes).to.deep.equal([folder.file("index-10."), folder.file("index-online.")]);
    // The cards gain phone and e-mail once the details file of their region has arrived.
    await waitUntil(() => $(el, '.result a[href^="tel:"]'), "contact links from the details file");
    expect(folder.requests).to.include(folder.file("details-10."));
    expect(
      folder.requests.some((path) => path.startsWith("index-14") || path.startsWith("details-14")),
    ).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it("shows the first page from the nearest region while farther ones load, then the final count", async () => {
    folder.restore();
    folder = servePublishedFolder(FOLDER, { hold: (path) => path.startsWith("index-14.") });
    const events: CustomEvent[] = [];
    const collect = (event: Event) => events.push(event as CustomEvent);
    document.addEventListener("bf-results", collect);
    try {
      const el = await mount({ src: `${FOLDER}manifest.json`, attrs: { radius: "50", limit: "2" } });
      await searchFor(el, "10115");
      // Berlin's two offices fill the page; Potsdam (region 14, 27 km) could only come after them.
      expect(resultNames(el)).to.deep.equal([
        "Migrationsberatung Mitte",
        "Jugendmigrationsdienst Kreuzberg <b>bold</b>",
      ]);
      expect($(el, "#bf-results-count")?.textContent).to.equal("Looking for more offices within 50 km…");
      expect(folder.requests).to.include(folder.file("index-14."));
      expect(events.map((event) => [event.detail.total, event.detail.complete])).to.deep.equal([[2, false]]);
      await expect(el).to.be.accessible();

      folder.release();
      await waitUntil(() => events.length === 2, "the search again, once Potsdam's region is there");
      await elementUpdated(el);
      expect(events.map((event) => [event.detail.total, event.detail.complete])).to.deep.equal([
        [2, false],
        [3, true],
      ]);
      expect($(el, "#bf-results-count")?.textContent).to.equal("3 offices found within 50 km");
      expect(announced(el)).to.equal("3 offices found");
      expect(resultNames(el)).to.have.length(2);
      expect($(el, ".more")).to.not.equal(null);
    } finally {
      document.removeEventListener("bf-results", collect);
    }
  });

  it("asks for the manifest in the task that connected it, and renders its first screen in a later one", async () => {
    const el = document.createElement("beratungs-finder");
    el.setAttribute("lang", "en");
    el.src = `${FOLDER}manifest.json`;
    document.body.append(el);
    try {
      // Every microtask of the connecting task has run: Lit alone would have rendered by now.
      for (let i = 0; i < 20; i++) await Promise.resolve();
      expect(folder.requests).to.deep.equal(["manifest.json"]);
      expect(el.hasUpdated).to.equal(false);
      expect(el.shadowRoot?.querySelector("form")).to.equal(null);
      await el.updateComplete;
      expect(el.shadowRoot?.querySelector("form")).to.not.equal(null);
      await waitUntil(() => el.shadowRoot?.querySelector(".start"), "the start screen, from that manifest");
      expect(folder.requests).to.deep.equal(["manifest.json"]);
    } finally {
      el.remove();
    }
  });

  it("takes over the manifest the CDN build's first file asked for, instead of asking again", async () => {
    startEarlyFetch(new URL(`${FOLDER}manifest.json`, location.href).href);
    expect(folder.requests).to.deep.equal(["manifest.json"]);
    const el = await mount({ src: `${FOLDER}manifest.json`, attrs: { radius: "10" } });
    await searchFor(el, "10115");
    expect(resultNames(el)).to.include("Migrationsberatung Mitte");
    expect(folder.requests.filter((path) => path === "manifest.json")).to.have.length(1);
  });

  it("downloads no validation code", async () => {
    const el = await mount({ src: `${FOLDER}manifest.json` });
    await searchFor(el, "10115");
    const loaded = performance.getEntriesByType("resource").map((entry) => entry.name);
    expect(loaded.some((url) => url.includes("published-loading"))).to.equal(true);
    expect(loaded.filter((url) => url.includes("dataset-validation"))).to.deep.equal([]);
  });

  it("shows every other office when a region's file is damaged, says which part failed, and retries", async () => {
    const damaged = folder.file("index-14.");
    const intact = folder.texts.get(damaged) as string;
    const part = JSON.parse(intact);
    part.lat.pop();
    folder.texts.set(damaged, JSON.stringify(part));
    const errors: CustomEvent[] = [];
    document.addEventListener("bf-error", (event) => errors.push(event as CustomEvent));
    const el = await mount({ src: `${FOLDER}manifest.json`, attrs: { radius: "50" } });
    await searchFor(el, "10115");
    expect(resultNames(el)).to.have.length(2);
    const note = $(el, ".part-failure");
    expect(note?.getAttribute("role")).to.equal("alert");
    expect(note?.textContent).to.contain("postcode areas 14");
    expect(errors.map((event) => [event.detail.kind, event.detail.code])).to.deep.equal([
      ["dataset", "INVALID_PUBLISHED"],
    ]);
    expect(errors[0]?.detail.message).to.contain(damaged);

    folder.texts.set(damaged, intact);
    ($(el, ".part-failure button") as HTMLButtonElement).click();
    await waitUntil(() => resultNames(el).length === 3, "the repaired region's office after the retry");
    expect($(el, ".part-failure")).to.equal(null);
  });

  it("keeps the cards of a region whose details file is missing and names that region", async () => {
    folder.texts.delete(folder.file("details-10."));
    const el = await mount({ src: `${FOLDER}manifest.json`, attrs: { radius: "10" } });
    await searchFor(el, "10115");
    await waitUntil(() => $(el, ".part-failure"), "the note on the missing details file");
    expect(resultNames(el)).to.have.length(2);
    expect($(el, ".part-failure")?.textContent).to.contain("postcode areas 10");
    expect($$(el, '.result a[href^="tel:"]')).to.have.length(0);
  });
});

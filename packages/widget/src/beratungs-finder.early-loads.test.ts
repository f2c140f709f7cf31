import { expect, waitUntil } from "@open-wc/testing";
import { servePublishedFolder } from "../test/fault-harness.js";
import { resultNames } from "../test/widget-harness.js";
import { BeratungsFinder } from "./beratungs-finder.js";
import { preloadChunks } from "./chunk-preload.js";

// The test runner loads hundreds of modules; keep every resource entry for the checks on what loaded.
performance.setResourceTimingBufferSize(100_000);
const requested = (part: string) =>
  performance.getEntriesByType("resource").some((entry) => entry.name.includes(part));

/** The widget, with its first update held until `release()`: what it asks for before shows meanwhile. */
class HeldFinder extends BeratungsFinder {
  release!: () => void;
  private readonly gate = new Promise<void>((resolve) => {
    this.release = resolve;
  });

  protected override performUpdate(): void {
    if (this.hasUpdated) super.performUpdate();
    else void this.gate.then(() => super.performUpdate());
  }
}
customElements.define("held-finder", HeldFinder);

/**
 * Mounts a held widget with `attrs`, waits until `locale`'s texts were requested while its first update
 * still waits, then lets it render and waits for its first screen in that language.
 */
async function expectTextsAskedAhead(attrs: Record<string, string>, locale: string): Promise<void> {
  const el = document.createElement("held-finder") as HeldFinder;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  document.body.append(el);
  try {
    await waitUntil(() => requested(`/generated/locales/${locale}.`), `the ${locale} texts, asked for ahead`);
    expect(el.hasUpdated).to.equal(false);
    el.release();
    await waitUntil(
      () => el.shadowRoot?.querySelector('[part="base"]')?.getAttribute("lang") === locale,
      `the first screen in ${locale}`,
    );
  } finally {
    el.remove();
  }
}

describe("<beratungs-finder> before its first update", () => {
  it("asks for its language's texts, not only once the first update runs", async () => {
    await expectTextsAskedAhead({ lang: "tr" }, "tr");
  });

  it("asks for the language of a shared link with hash-state", async () => {
    const before = location.hash;
    history.replaceState(history.state, "", "#bf-lang=uk");
    try {
      await expectTextsAskedAhead({ "hash-state": "" }, "uk");
    } finally {
      history.replaceState(history.state, "", `${location.pathname}${location.search}${before}`);
    }
  });
});

describe("preloadChunks", () => {
  const base = new URL("../test/fixtures/", import.meta.url).href;
  const probes = () => (globalThis as { __preloadProbe?: number }).__preloadProbe ?? 0;

  it("imports the files listed for a code file, relative to the main file", async () => {
    preloadChunks("other", { results: ["preload-probe.js"] }, base);
    preloadChunks("results", { results: ["preload-probe.js"] }, base);
    await waitUntil(() => probes() === 1, "the listed file, imported");
    expect(requested("/test/fixtures/preload-probe.js")).to.equal(true);
  });
});

describe("<beratungs-finder> place data before its first update", () => {
  it("asks for the piece of place data `near` needs while its first update still waits", async function () {
    this.timeout(20000);
    const GEODATA = "/packages/core/geodata/";
    const probe = await fetch(`${GEODATA}manifest.json`, { method: "HEAD" });
    if (!probe.ok) this.skip(); // core is not built: `pnpm --filter @beratungsfinder/core build`
    const el = document.createElement("held-finder") as HeldFinder;
    el.setAttribute("lang", "en");
    el.setAttribute("near", "12043");
    el.setAttribute("geodata-base", GEODATA);
    el.data = { offices: [] };
    document.body.append(el);
    try {
      await waitUntil(() => requested(`${GEODATA}postcodes-12.`), "the postcode piece for 12043", {
        timeout: 10000,
      });
      expect(el.hasUpdated).to.equal(false);
    } finally {
      el.release();
      el.remove();
    }
  });
});

describe("<beratungs-finder> a published folder's first search before its first update", () => {
  it("asks for the regions around `near` while its first update still waits, and uses them", async function () {
    this.timeout(20000);
    const GEODATA = "/packages/core/geodata/";
    const probe = await fetch(`${GEODATA}manifest.json`, { method: "HEAD" });
    if (!probe.ok) this.skip(); // core is not built: `pnpm --filter @beratungsfinder/core build`
    const folder = servePublishedFolder("/published-ahead/");
    const el = document.createElement("held-finder") as HeldFinder;
    el.setAttribute("lang", "en");
    el.setAttribute("near", "10115");
    el.setAttribute("radius", "10");
    el.setAttribute("geodata-base", GEODATA);
    el.setAttribute("src", "/published-ahead/manifest.json");
    document.body.append(el);
    try {
      const region = folder.file("index-10.");
      await waitUntil(() => folder.requests.includes(region), "the index of the region around 10115", {
        timeout: 10000,
      });
      expect(el.hasUpdated).to.equal(false);
      // Regions far from 10115 are not asked for.
      expect(folder.requests.some((path) => path.startsWith("index-14"))).to.equal(false);
      el.release();
      await waitUntil(() => resultNames(el).length === 2, "the two offices around 10115", { timeout: 10000 });
      // The search took the region's download over instead of asking again.
      expect(folder.requests.filter((path) => path === region)).to.have.length(1);
      expect(folder.requests.filter((path) => path === "manifest.json")).to.have.length(1);
    } finally {
      el.release();
      el.remove();
      folder.restore();
    }
  });
});

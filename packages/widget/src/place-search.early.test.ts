import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { officesFixture } from "../test/fixtures/offices.js";
import type { BeratungsFinder } from "./beratungs-finder.js";
import "./index.js";

// core's build writes the real place data here; the test server serves the repository.
const GEODATA = "/packages/core/geodata/";

// A file of its own: the place search's code must not be loaded yet on this page.
describe("<beratungs-finder> place data on a first search", () => {
  it("asks for the geodata manifest beside the place search's code, not after it arrived", async function () {
    this.timeout(20000);
    const probe = await fetch(`${GEODATA}manifest.json`, { method: "HEAD" });
    if (!probe.ok) this.skip(); // core is not built: `pnpm --filter @beratungsfinder/core build`
    performance.setResourceTimingBufferSize(10000);
    const original = window.fetch;
    let manifestAsked = Number.NaN;
    window.fetch = (input, init) => {
      if (Number.isNaN(manifestAsked) && String(input).endsWith(`${GEODATA}manifest.json`))
        manifestAsked = performance.now();
      return original(input, init);
    };
    try {
      const el = await fixture<BeratungsFinder>(
        html`<beratungs-finder lang="en" near="12043" geodata-base=${GEODATA} .data=${officesFixture()}></beratungs-finder>`,
      );
      await waitUntil(() => el.shadowRoot?.querySelectorAll(".result").length, "results", { timeout: 10000 });
      const code = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).find((entry) =>
        /\/place-search\.(ts|js)\b/.test(entry.name),
      );
      expect(code, "the place search's code was fetched on this page").to.not.equal(undefined);
      expect(manifestAsked).to.be.below((code as PerformanceResourceTiming).responseEnd);
    } finally {
      window.fetch = original;
    }
  });
});

import { elementUpdated, expect, fixture, html, waitUntil } from "@open-wc/testing";
import { sendKeys } from "@web/test-runner-commands";
import { officesFixture } from "../test/fixtures/offices.js";
import type { BeratungsFinder } from "./beratungs-finder.js";
import "./index.js";

// core's build writes the real place data here; the test server serves the repository.
const GEODATA = "/packages/core/geodata/";

/** The geodata files fetched since `since`, by name ("manifest.json", "postcodes-10.….json"). */
function geodataFetched(since: number): string[] {
  return performance
    .getEntriesByType("resource")
    .filter((entry) => entry.startTime >= since && entry.name.includes(GEODATA))
    .map((entry) => entry.name.split("/").pop() ?? "");
}

async function skipWithoutGeodata(context: { skip(): void }): Promise<void> {
  const probe = await fetch(`${GEODATA}manifest.json`, { method: "HEAD" });
  if (!probe.ok) context.skip(); // core is not built: `pnpm --filter @beratungsfinder/core build`
  // The test page loads many modules: make room so that the geodata requests are recorded.
  performance.setResourceTimingBufferSize(10000);
}

describe("<beratungs-finder> place search", () => {
  it("fetches the manifest and the one postcode piece a postcode needs, and nothing before typing", async function () {
    this.timeout(20000);
    await skipWithoutGeodata(this);
    const since = performance.now();
    const el = await fixture<BeratungsFinder>(
      html`<beratungs-finder lang="en" geodata-base=${GEODATA} .data=${officesFixture()}></beratungs-finder>`,
    );
    await waitUntil(() => !el.shadowRoot?.querySelector(".skeleton"), "loaded", { timeout: 5000 });
    expect(geodataFetched(since), "nothing is fetched before the person starts").to.deep.equal([]);

    const field = el.shadowRoot?.querySelector("#bf-query") as HTMLInputElement;
    field.focus();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(geodataFetched(since), "focusing the field fetches nothing").to.deep.equal([]);
    await sendKeys({ type: "1011" });
    await waitUntil(() => el.shadowRoot?.querySelectorAll("[role=option]").length, "suggestions", {
      timeout: 10000,
    });
    const labels = [...(el.shadowRoot?.querySelectorAll("[role=option]") ?? [])].map((o) =>
      o.textContent?.trim(),
    );
    expect(labels.some((label) => label?.startsWith("10115"))).to.equal(true);

    await sendKeys({ type: "5" });
    await sendKeys({ press: "Enter" });
    await waitUntil(() => el.shadowRoot?.querySelectorAll(".result").length, "results", { timeout: 10000 });
    await elementUpdated(el);
    expect(el.shadowRoot?.querySelector(".result h4")?.textContent).to.equal("Migrationsberatung Mitte");
    const fetched = geodataFetched(since);
    expect(fetched[0]).to.equal("manifest.json");
    expect(fetched.slice(1), `one postcode piece, no name pieces: ${fetched.join(" ")}`).to.have.length(1);
    expect(fetched[1]).to.match(/^postcodes-10\.[0-9a-f]{10}\.json$/);
  });

  it("starts fetching the place data for `near` while the dataset is still on its way", async function () {
    this.timeout(20000);
    await skipWithoutGeodata(this);
    const since = performance.now();
    const original = window.fetch;
    let datasetArrived = Number.POSITIVE_INFINITY;
    // The dataset takes 600 ms; the place data must not wait for it.
    window.fetch = async (input, init) => {
      if (String(input).endsWith("/slow-offices.json")) {
        await new Promise((resolve) => setTimeout(resolve, 600));
        datasetArrived = performance.now();
        return Response.json(officesFixture());
      }
      return original(input, init);
    };
    try {
      const el = await fixture<BeratungsFinder>(
        html`<beratungs-finder lang="en" near="12043" src="/slow-offices.json" geodata-base=${GEODATA}></beratungs-finder>`,
      );
      await waitUntil(() => el.shadowRoot?.querySelectorAll(".result").length, "results", { timeout: 10000 });
      const pieces = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).filter(
        (entry) => entry.startTime >= since && entry.name.includes(GEODATA),
      );
      // The manifest may already be loaded by an earlier test on this page (one load per URL per page);
      // the piece of postcodes 12… is new to this test.
      const names = pieces.map((entry) => entry.name.split("/").pop() ?? "");
      expect(
        names.filter((name) => /^postcodes-12\.[0-9a-f]{10}\.json$/.test(name)),
        names.join(" "),
      ).to.have.length(1);
      for (const entry of pieces) expect(entry.responseEnd).to.be.below(datasetArrived);
    } finally {
      window.fetch = original;
    }
  });
});

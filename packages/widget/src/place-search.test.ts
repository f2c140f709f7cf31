import { elementUpdated, expect, fixture, html, waitUntil } from "@open-wc/testing";
import { sendKeys } from "@web/test-runner-commands";
import { officesFixture } from "../test/fixtures/offices.js";
import type { BeratungsFinder } from "./beratungs-finder.js";
import "./index.js";

// core's build writes the real place data here; the test server serves the repository.
const GEODATA = "/packages/core/geodata/";

let since = 0;

function requested(name: string): boolean {
  return performance
    .getEntriesByType("resource")
    .some((entry) => entry.startTime >= since && entry.name.includes(`${GEODATA}${name}`));
}

describe("<beratungs-finder> place search", () => {
  it("loads the place data on the first keystroke, not before, and finds a postcode", async function () {
    this.timeout(20000);
    const probe = await fetch(`${GEODATA}postcodes.json`, { method: "HEAD" });
    if (!probe.ok) this.skip(); // core is not built: `pnpm --filter @beratungsfinder/core build`
    // The test page loads many modules: make room so that the geodata requests are recorded.
    performance.setResourceTimingBufferSize(10000);
    since = performance.now();

    const el = await fixture<BeratungsFinder>(
      html`<beratungs-finder lang="en" geodata-base=${GEODATA} .data=${officesFixture()}></beratungs-finder>`,
    );
    await waitUntil(() => !el.shadowRoot?.querySelector(".skeleton"), "loaded", { timeout: 5000 });
    expect(requested("postcodes.json"), "nothing is fetched before the person starts").to.equal(false);

    const field = el.shadowRoot?.querySelector("#bf-query") as HTMLInputElement;
    field.focus();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requested("postcodes.json"), "focusing the field fetches nothing").to.equal(false);
    await sendKeys({ type: "1011" });
    await waitUntil(() => el.shadowRoot?.querySelectorAll("[role=option]").length, "suggestions", {
      timeout: 10000,
    });
    expect(requested("postcodes.json")).to.equal(true);
    const labels = [...(el.shadowRoot?.querySelectorAll("[role=option]") ?? [])].map((o) =>
      o.textContent?.trim(),
    );
    expect(labels.some((label) => label?.startsWith("10115"))).to.equal(true);

    await sendKeys({ type: "5" });
    await sendKeys({ press: "Enter" });
    await waitUntil(() => el.shadowRoot?.querySelectorAll(".result").length, "results", { timeout: 10000 });
    await elementUpdated(el);
    expect(el.shadowRoot?.querySelector(".result h4")?.textContent).to.equal("Migrationsberatung Mitte");
  });
});

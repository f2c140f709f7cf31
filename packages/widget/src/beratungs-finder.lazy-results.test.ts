import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { fault, mapToOwnUrl, servePublishedFolder } from "../test/fault-harness.js";
import { fixtureGeocoder } from "../test/fixtures/geocoder.js";
import { $, $$, NOW } from "../test/widget-harness.js";

// A file of its own, so that this page has not imported the first search's code before. The fault server
// is shared by the test files that run at once, and they all load that code: this page maps it to a URL of
// its own (an import map), and only that URL is held back.
const MARK = "lazy-results-test";
const FOLDER = "/held-results/";

describe("<beratungs-finder> while its first search's code loads", () => {
  afterEach(async () => {
    await fault("release");
  });

  it("has the published folder's manifest on its way meanwhile, and shows the results once the code is there", async () => {
    mapToOwnUrl(new URL("./first-search-code.ts", import.meta.url).href, MARK);
    await fault(`arm?path=${MARK}&mode=hang`);
    const folder = servePublishedFolder(FOLDER);
    try {
      const el = document.createElement("beratungs-finder");
      el.setAttribute("lang", "en");
      el.setAttribute("near", "10115");
      el.geocoder = fixtureGeocoder();
      el.clock = () => NOW;
      el.src = `${FOLDER}manifest.json`;
      await fixture(html`${el}`);
      await waitUntil(
        () => folder.requests.includes("manifest.json"),
        "the manifest while the first search's code is held",
        { timeout: 5000 },
      );
      expect($(el, ".skeleton"), "still loading").to.exist;
      expect($$(el, ".result")).to.have.length(0);
      await fault("release");
      await waitUntil(() => $$(el, ".result").length > 0, "the results", { timeout: 5000 });
      expect(folder.requests.some((path) => path.startsWith("index-10"))).to.equal(true);
    } finally {
      folder.restore();
    }
  });
});

import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { fault, mapToOwnUrl, servePublishedFolder } from "../test/fault-harness.js";
import { fixtureGeocoder } from "../test/fixtures/geocoder.js";
import { $, $$, NOW } from "../test/widget-harness.js";

// A file of its own, so that this page has not imported the results code before. The fault server is
// shared by the test files that run at once, and they all load the results code: this page maps it to a
// URL of its own (an import map), and only that URL is held back.
const MARK = "lazy-results-test";
const FOLDER = "/held-results/";

describe("<beratungs-finder> while its results code loads", () => {
  afterEach(async () => {
    await fault("release");
  });

  it("loads a published folder's regions for `near` meanwhile, and shows the results once it is there", async () => {
    mapToOwnUrl(new URL("./results-code.ts", import.meta.url).href, MARK);
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
        () => folder.requests.some((path) => path.startsWith("index-10")),
        "the region for 10115 while the results code is held",
        { timeout: 5000 },
      );
      expect($(el, ".skeleton"), "still loading").to.exist;
      expect($$(el, ".result")).to.have.length(0);
      await fault("release");
      await waitUntil(() => $$(el, ".result").length > 0, "the results", { timeout: 5000 });
    } finally {
      folder.restore();
    }
  });
});

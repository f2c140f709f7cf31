import { encodePublished } from "@beratungsfinder/core";
import { type Dataset, parseDataset } from "@beratungsfinder/schemas";
import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { fixtureGeocoder } from "../test/fixtures/geocoder.js";
import { officesFixture } from "../test/fixtures/offices.js";
import { $, $$, NOW } from "../test/widget-harness.js";

// A file of its own, so that this page has not imported the results code before. The fault server is
// shared by the test files that run at once, and they all load the results code: this page maps it to a
// URL of its own (an import map), and only that URL is held back.
const fault = (query: string) => fetch(`/__faults/${query}`).then((response) => response.text());
const MARK = "lazy-results-test";
const FOLDER = "/held-results/";

function mapResultsCode(): void {
  const url = new URL("./results-code.ts", import.meta.url).href;
  const map = document.createElement("script");
  map.type = "importmap";
  map.textContent = JSON.stringify({ imports: { [url]: `${url}?${MARK}` } });
  document.head.append(map);
}

/** The fixture's offices as a published folder from a stubbed fetch; the paths asked for. */
function serveFolder() {
  const dataset = parseDataset(officesFixture(), { strict: true }).dataset as Dataset;
  const sha256 = (text: string) => String(text.length).padStart(64, "0");
  const { manifest, files } = encodePublished(dataset, { sha256, builtAt: new Date(0) });
  const texts = new Map(files.map((file) => [file.path, file.text]));
  texts.set("manifest.json", JSON.stringify(manifest));
  const requests: string[] = [];
  const original = window.fetch;
  window.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (!url.pathname.startsWith(FOLDER)) return original(input, init);
    const path = url.pathname.slice(FOLDER.length);
    requests.push(path);
    const text = texts.get(path);
    return text === undefined ? new Response("", { status: 404 }) : new Response(text);
  };
  return { requests, restore: () => (window.fetch = original) };
}

describe("<beratungs-finder> while its results code loads", () => {
  afterEach(async () => {
    await fault("release");
  });

  it("loads a published folder's regions for `near` meanwhile, and shows the results once it is there", async () => {
    mapResultsCode();
    await fault(`arm?path=${MARK}&mode=hang`);
    const folder = serveFolder();
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

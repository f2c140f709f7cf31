// The demo pages read the offices as a published folder: the widget downloads the manifest, the index
// files of the postcode areas its search touches and the details of the offices shown, and no
// validation code and no raw dataset; the script-tag example still reads the raw dataset file.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { decodeManifest } from "@beratungsfinder/core";
import { nextWidgetEvent, openPage, startDemo, TUESDAY_MORNING } from "./harness.mjs";

/** A language's texts (chunks/de.js, chunks/de-x-ls.js), loaded with the page's language. */
const LOCALE_FILE = /^\/cdn\/chunks\/[a-z]{2,3}(-x-[a-z]+)?\.js$/;
const manifestPath = fileURLToPath(new URL("../dist/data/demo/manifest.json", import.meta.url));

/**
 * Opens a demo page, waits for its first results (and the phone link of the first card, which comes
 * with the details), and returns the paths it requested.
 */
async function pathsToFirstResults(demo, pagePath) {
  const { page, context, record } = await openPage(demo.browser);
  try {
    await page.goto(demo.url(pagePath));
    const found = await nextWidgetEvent(page, "bf-results", 0, 20_000);
    assert.ok(found.total > 0, `offices are found on ${pagePath}`);
    await page.locator('beratungs-finder ol[part~="result-list"] > li a[href^="tel:"]').first().waitFor();
    assert.deepEqual(record.pageErrors, []);
    return record.requests.map((url) => new URL(url).pathname);
  } finally {
    await context.close();
  }
}

describe("published folder", () => {
  let demo;
  let manifest;
  before(async () => {
    demo = await startDemo();
    // Format 3 writes the regions as columns: decodeManifest gives them as the list the widget reads.
    manifest = decodeManifest(JSON.parse(await readFile(manifestPath, "utf8")));
  });
  after(async () => {
    await demo?.close();
  });

  it("finds offices near Leipzig with only the nearby regions and no validation code", async () => {
    const paths = await pathsToFirstResults(demo, "/examples/strict-csp.html");
    assert.ok(paths.includes("/data/demo/manifest.json"));
    // The first search's code is in the element's file: two code files (and a language's) to the
    // results; the office details' file follows once they are shown (the phone link waited for).
    const code = paths.filter((path) => path.endsWith(".js") && !LOCALE_FILE.test(path)).sort();
    assert.deepEqual(code, [
      "/cdn/beratungs-finder-code.js",
      "/cdn/beratungs-finder.js",
      "/cdn/chunks/office-details.js",
    ]);
    assert.deepEqual(
      paths.filter((path) => /dataset-validation|demo-dataset\.json/.test(path)),
      [],
      "neither the validation code nor the raw dataset is downloaded",
    );
    const indexes = paths.filter((path) => path.startsWith("/data/demo/index-"));
    assert.ok(
      indexes.length > 0 && indexes.length < manifest.regions.length / 4,
      `a few regions: ${indexes}`,
    );
    assert.ok(
      indexes.some((path) => path.startsWith("/data/demo/index-04")),
      "Leipzig's postcode area 04 is among them",
    );
    assert.ok(
      paths.some((path) => path.startsWith("/data/demo/details-04")),
      "and its details",
    );
  });

  it("shows a Romanian speaker near Köln the demo's Faire Mobilität office, free of charge", async () => {
    const { page, context, record } = await openPage(demo.browser, { clock: TUESDAY_MORNING });
    try {
      await page.goto(demo.url(`/#${new URLSearchParams({ "bf-q": "Köln", "bf-languages": "ro" })}`));
      const found = await nextWidgetEvent(page, "bf-results", 0, 20_000);
      assert.ok(
        found.results.some((result) =>
          result.name.startsWith("Arbeitsrechtsberatung für Beschäftigte aus der EU"),
        ),
        `among the first results: ${found.results.map((result) => result.name).join("; ")}`,
      );
      const card = page
        .locator("beratungs-finder")
        .locator('ol[part~="result-list"] > li', { hasText: "Faire Mobilität" })
        .first();
      await card.waitFor();
      const text = await card.innerText();
      assert.match(text, /Kostenlos/);
      assert.match(text, /Rumänisch/);
      assert.deepEqual(record.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  it("still reads the raw dataset file on the script-tag example", async () => {
    const paths = await pathsToFirstResults(demo, "/examples/script-tag.html");
    assert.ok(paths.includes("/data/demo-dataset.json"));
    assert.ok(paths.includes("/cdn/chunks/dataset-validation.js"));
    assert.deepEqual(
      paths.filter((path) => path.startsWith("/data/demo/")),
      [],
    );
  });
});

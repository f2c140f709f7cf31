// The two pages about bad data: a dataset with broken offices (the valid ones are shown, the skipped
// ones counted) and a dataset URL that fails (an error in words, and a retry that works).
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { nextWidgetEvent, openPage, startDemo, widgetEvents } from "./harness.mjs";

const brokenPath = fileURLToPath(new URL("../dist/data/broken-dataset.json", import.meta.url));

describe("bad data", () => {
  let demo;
  before(async () => {
    demo = await startDemo();
  });
  after(async () => {
    await demo?.close();
  });

  it("broken dataset: shows the valid offices and says how many were skipped", async () => {
    const broken = JSON.parse(await readFile(brokenPath, "utf8"));
    const brokenIds = broken.offices
      .filter((office) => office.id.startsWith("broken-"))
      .map((office) => office.id);
    assert.equal(brokenIds.length, 4, "the build put four broken offices in the dataset");

    const { page, context, record } = await openPage(demo.browser);
    try {
      await page.goto(demo.url("/examples/broken-dataset.html"));
      const found = await nextWidgetEvent(page, "bf-results", 0, 20_000);
      assert.ok(found.total > 0, "the valid offices around Köln are found");
      assert.ok(
        found.results.every((result) => !result.id.startsWith("broken-")),
        "no broken office is among the results",
      );
      const finder = page.locator("beratungs-finder");
      await finder.locator('ol[part~="result-list"] > li').first().waitFor();
      const text = await finder.evaluate((element) => element.shadowRoot.textContent.replace(/\s+/g, " "));
      assert.match(
        text,
        /\b4\b[^.]{0,80}(skipped|left out|not shown|invalid|ignored)|(skipped|left out|not shown|invalid|ignored)[^.]{0,80}\b4\b/i,
        "the widget says that 4 offices were skipped",
      );
      assert.equal(
        (await widgetEvents(page, "bf-error")).filter((event) => event.kind === "dataset").length,
        0,
      );
      assert.deepEqual(record.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  it("failing dataset URL: shows the error state, and the retry loads the data", async () => {
    const { page, context } = await openPage(demo.browser);
    const datasetResponses = [];
    page.on("response", (response) => {
      if (response.url().endsWith("/data/flaky-dataset.json")) datasetResponses.push(response.status());
    });
    try {
      await page.goto(demo.url("/examples/failing-dataset.html"));
      const error = await nextWidgetEvent(page, "bf-error", 0, 20_000);
      assert.equal(error.kind, "dataset");
      assert.ok(error.code, "the error has a stable code");
      const finder = page.locator("beratungs-finder");
      const alert = finder.getByRole("alert");
      await alert.waitFor();
      assert.match((await alert.textContent()) ?? "", /\S{3,}/, "the error is explained in words");
      assert.equal(await finder.locator('ol[part~="result-list"] > li').count(), 0);

      await finder.locator('button[part~="retry-button"]').click();
      const found = await nextWidgetEvent(page, "bf-results", 0, 20_000);
      assert.ok(found.total > 0, "after the retry, offices near Hamburg are shown");
      await finder.locator('ol[part~="result-list"] > li').first().waitFor();
      assert.equal(await finder.getByRole("alert").count(), 0, "the error is gone");
      assert.deepEqual(datasetResponses, [503, 200]);
    } finally {
      await context.close();
    }
  });
});

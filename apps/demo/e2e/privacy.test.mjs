// No page of the demo site requests anything from a host other than the demo server, even after a
// search, a language change and an office's details; and nothing is stored in the browser.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { foreignRequests, nextWidgetEvent, openPage, startDemo, waitForLocale } from "./harness.mjs";

const PAGES = [
  "/",
  "/examples/",
  "/examples/script-tag.html",
  "/examples/npm-bundler.html",
  "/examples/react.html",
  "/examples/strict-csp.html",
  "/examples/hostile-css.html",
  "/examples/theming.html",
  "/examples/broken-dataset.html",
  "/examples/failing-dataset.html",
];

describe("privacy: requests stay on the demo server", () => {
  let demo;
  before(async () => {
    demo = await startDemo();
  });
  after(async () => {
    await demo?.close();
  });

  for (const path of PAGES) {
    it(`${path} requests nothing from another host and stores nothing`, async () => {
      const { page, context, record } = await openPage(demo.browser);
      try {
        await page.goto(demo.url(path), { waitUntil: "load" });
        const finder = page.locator("beratungs-finder").first();
        if ((await page.locator("beratungs-finder").count()) > 0) {
          // Use the widget so that everything it can load is loaded: place data, a locale, details.
          const search = finder.locator('input[role="combobox"]');
          await search.waitFor();
          // A page with `near` searches on its own first; typing before that ends would be overwritten.
          if (await finder.evaluate((element) => Boolean(element.near)))
            await nextWidgetEvent(page, "bf-results", 0, 10_000).catch(() => {});
          await search.fill("");
          await search.pressSequentially("Köln", { delay: 20 });
          const suggestion = finder.getByRole("option", { name: /^Köln\b/ }).first();
          if (await suggestion.isVisible({ timeout: 10_000 }).catch(() => false)) {
            const before = await page.evaluate(
              () => window.__e2e.events.filter((e) => e.type === "bf-results").length,
            );
            await suggestion.click();
            // The failing-dataset page never gets results: do not wait long for them.
            await nextWidgetEvent(page, "bf-results", before, 5_000).catch(() => {});
          }
          await finder.locator("#bf-locale").selectOption("ar");
          await waitForLocale(page, "ar");
          const details = finder.locator('button[part~="details-button"]').first();
          if (await details.isVisible().catch(() => false)) await details.click();
          // Whatever is still on its way has been requested already, and requests are what counts.
          await page.waitForLoadState("networkidle", { timeout: 3_000 }).catch(() => {});
        }
        assert.ok(record.requests.length > 0);
        assert.deepEqual(foreignRequests(record, demo.origin), [], "every request goes to the demo server");
        const storage = await page.evaluate(() => ({
          cookie: document.cookie,
          local: localStorage.length,
          session: sessionStorage.length,
        }));
        assert.deepEqual(storage, { cookie: "", local: 0, session: 0 }, "no cookies, no web storage");
        assert.deepEqual(await context.cookies(), []);
      } finally {
        await context.close();
      }
    });
  }
});

// The home page is German (<html lang="de">) and sets no lang on the widget, as the embedding guide
// advises: a visitor whose phone is set to Arabic or Ukrainian gets the widget in their language,
// one with a German phone gets German, and one whose language the widget lacks gets the page's.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { openPage, startDemo, waitForLocale } from "./harness.mjs";

describe("the widget on a German page speaks the visitor's language", () => {
  let demo;
  before(async () => {
    demo = await startDemo();
  });
  after(async () => {
    await demo?.close();
  });

  for (const [browserLocale, expected] of [
    ["ar-SY", "ar"],
    ["uk-UA", "uk"],
    ["de-DE", "de"],
    ["ja-JP", "de"],
  ]) {
    it(`shows ${expected} to a browser set to ${browserLocale}`, async () => {
      const { page, context } = await openPage(demo.browser, {
        locale: browserLocale,
        viewport: { width: 375, height: 800 },
      });
      try {
        await page.goto(demo.url("/"));
        assert.equal(await page.locator("html").getAttribute("lang"), "de");
        const finder = page.locator("beratungs-finder");
        assert.equal(await finder.getAttribute("lang"), null, "the page sets no lang on the widget");
        await waitForLocale(page, expected);
        assert.equal(await finder.locator('[part~="base"]').getAttribute("lang"), expected);
      } finally {
        await context.close();
      }
    });
  }
});

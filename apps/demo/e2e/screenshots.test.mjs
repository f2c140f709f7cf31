// Screenshots of the home page after a search near Köln, in German, English, Arabic and Ukrainian:
// kept as CI artefacts in artifacts/screenshots/ at the repository root (gitignored).
import assert from "node:assert/strict";
import { mkdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { openPage, searchKoeln, startDemo, TUESDAY_MORNING, waitForLocale } from "./harness.mjs";

export const SCREENSHOT_DIR = resolve(
  fileURLToPath(new URL("../../../artifacts/screenshots", import.meta.url)),
);

describe("home page screenshots", () => {
  let demo;
  before(async () => {
    demo = await startDemo();
    await mkdir(SCREENSHOT_DIR, { recursive: true });
  });
  after(async () => {
    await demo?.close();
  });

  for (const locale of ["de", "en", "ar", "uk"]) {
    it(`home page in ${locale}`, async () => {
      const { page, context } = await openPage(demo.browser, { clock: TUESDAY_MORNING });
      try {
        await page.goto(demo.url("/"));
        const finder = page.locator("beratungs-finder");
        await finder.locator('input[role="combobox"]').waitFor();
        // The widget's language, set the way a host page sets it: its lang attribute.
        if (locale !== "de") {
          await finder.evaluate((element, lang) => element.setAttribute("lang", lang), locale);
          await waitForLocale(page, locale);
        }
        await searchKoeln(page);
        assert.equal(await finder.locator('[part~="base"]').getAttribute("lang"), locale);
        const path = join(SCREENSHOT_DIR, `home-${locale}.png`);
        await page.screenshot({ path, fullPage: true });
        assert.ok((await stat(path)).size > 10_000);
      } finally {
        await context.close();
      }
    });
  }
});

// A newcomer's journey on the demo site's home page: find counselling near Köln, narrow it to
// Arabic-speaking counsellors, switch the widget to Arabic, open an office's details — once with the
// mouse, once by keyboard alone. Also measures the time to the first rendered results.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  arrowSelect,
  focused,
  foreignRequests,
  nextWidgetEvent,
  openPage,
  startDemo,
  TUESDAY_MORNING,
  tabTo,
  waitForLocale,
  widgetEvents,
} from "./harness.mjs";

const ARABIC_IN_GERMAN = new Intl.DisplayNames(["de"], { type: "language" }).of("ar"); // "Arabisch"

/** Distances never decrease down the list. */
function assertSortedByDistance(results) {
  const distances = results.map((result) => result.distanceKm);
  assert.ok(
    distances.every((distance) => typeof distance === "number"),
    "every office near Köln has a distance",
  );
  for (let i = 1; i < distances.length; i += 1) {
    assert.ok(distances[i - 1] <= distances[i], `results are sorted by distance: ${distances.join(", ")}`);
  }
}

/** The result cards of the main list (not the online services below it). */
function resultCards(finder) {
  return finder.locator('ol[part~="result-list"] > li');
}

/** What the cards show, read from the page as a person would see it. */
async function readCards(finder) {
  return resultCards(finder).evaluateAll((cards) =>
    cards.map((card) => ({
      name: card.querySelector("h4")?.textContent?.trim(),
      distance: card.querySelector(".distance")?.textContent?.trim(),
      status: card.querySelector(".status")?.textContent?.trim(),
      open: card.querySelector(".status")?.classList.contains("open") ?? false,
      languages: card.querySelector(".languages")?.textContent?.trim(),
    })),
  );
}

async function assertRightToLeft(finder) {
  const direction = await finder
    .locator('input[role="combobox"]')
    .evaluate((input) => getComputedStyle(input).direction);
  assert.equal(direction, "rtl", "the search field is laid out right to left");
  assert.equal(await finder.locator('[part~="base"]').getAttribute("dir"), "rtl");
  assert.equal(await finder.locator('[part~="base"]').getAttribute("lang"), "ar");
}

describe("home page: a newcomer looking for counselling near Köln", () => {
  let demo;
  before(async () => {
    demo = await startDemo();
  });
  after(async () => {
    await demo?.close();
  });

  it("works with the mouse: search, filter by language, Arabic, details", async () => {
    const { page, context, record } = await openPage(demo.browser, { clock: TUESDAY_MORNING });
    try {
      await page.goto(demo.url("/"));
      const finder = page.locator("beratungs-finder");
      const search = finder.locator('input[role="combobox"]');
      await search.waitFor();

      // Type "Köln" and pick the suggestion.
      await search.click();
      await search.pressSequentially("Köln", { delay: 40 });
      const suggestion = finder.getByRole("option", { name: /^Köln\b/ }).first();
      await suggestion.waitFor({ timeout: 15_000 });
      assert.equal(await search.getAttribute("aria-expanded"), "true");
      await suggestion.click();

      // Results sorted by distance, each with its distance and whether it is open.
      const found = await nextWidgetEvent(page, "bf-results");
      assert.ok(found.total > 0, "offices are found near Köln");
      assertSortedByDistance(found.results);
      await resultCards(finder).first().waitFor();
      const cards = await readCards(finder);
      assert.equal(cards.length, found.results.length, "every result is shown");
      assert.deepEqual(
        cards.map((card) => card.name),
        found.results.map((result) => result.name),
      );
      for (const card of cards) {
        assert.ok(card.distance, `${card.name} shows its distance`);
        assert.ok(card.status, `${card.name} says whether it is open`);
      }
      assert.ok(
        cards.some((card) => card.open),
        "on a Tuesday morning some offices are open",
      );
      assert.deepEqual(
        cards.map((card) => card.open),
        found.results.map((result) => result.openNow),
        "the open/closed state shown matches the search",
      );
      const heading = await finder.locator("h3#bf-results-heading").textContent();
      assert.match(heading ?? "", /Köln/);

      // Only Arabic-speaking counsellors.
      const before = (await widgetEvents(page, "bf-results")).length;
      await finder.locator("#bf-language").selectOption("ar");
      const arabic = await nextWidgetEvent(page, "bf-results", before);
      assert.ok(arabic.total > 0, "some offices near Köln counsel in Arabic");
      assert.ok(arabic.total < found.total, "the filter narrows the list");
      assert.ok(arabic.results.every((result) => result.languages.includes("ar")));
      assertSortedByDistance(arabic.results);
      await page.waitForFunction(
        (count) =>
          document
            .querySelector("beratungs-finder")
            ?.shadowRoot?.querySelectorAll('ol[part~="result-list"] > li').length === count,
        arabic.results.length,
      );
      for (const card of await readCards(finder)) {
        assert.ok(card.languages?.includes(ARABIC_IN_GERMAN), `${card.name} lists ${ARABIC_IN_GERMAN}`);
      }

      // The widget in Arabic, right to left.
      const germanTitle = await finder.locator('[part~="title"]').textContent();
      await finder.locator("#bf-locale").selectOption("ar");
      await waitForLocale(page, "ar");
      await assertRightToLeft(finder);
      assert.notEqual(
        await finder.locator('[part~="title"]').textContent(),
        germanTitle,
        "the texts are translated",
      );
      await resultCards(finder).first().waitFor();

      // The first office's details: the whole week.
      const firstName = (await readCards(finder))[0]?.name;
      await finder.locator('button[part~="details-button"]').first().click();
      const selected = await nextWidgetEvent(page, "bf-select");
      assert.equal(selected.name, firstName);
      const details = finder.locator('[part~="details"]');
      await details.waitFor();
      assert.equal((await details.locator("#bf-details-heading").textContent())?.trim(), firstName);
      // The on-screen table only: the print sheet beside it (hidden on screen) has a week of its own.
      const week = finder.locator('[part~="details"] > table.week tr');
      assert.equal(await week.count(), 7, "the details show seven days");

      assert.deepEqual(record.pageErrors, [], "no script errors");
      assert.deepEqual(foreignRequests(record, demo.origin), [], "nothing was requested from another host");
    } finally {
      await context.close();
    }
  });

  it("works by keyboard alone", async () => {
    const { page, context, record } = await openPage(demo.browser, { clock: TUESDAY_MORNING });
    try {
      await page.goto(demo.url("/"));
      const finder = page.locator("beratungs-finder");
      await finder.locator('input[role="combobox"]').waitFor();

      // Tab from the top of the page to the place field.
      await tabTo(page, (element) => element.role === "combobox" && element.tag === "input");
      await page.keyboard.type("Köln", { delay: 40 });
      await finder
        .getByRole("option", { name: /^Köln\b/ })
        .first()
        .waitFor({ timeout: 15_000 });
      await page.keyboard.press("ArrowDown");
      const search = finder.locator('input[role="combobox"]');
      const active = await search.getAttribute("aria-activedescendant");
      assert.ok(active, "the arrow key makes a suggestion active");
      assert.match((await finder.locator(`[id="${active}"]`).textContent()) ?? "", /Köln/);
      await page.keyboard.press("Enter");
      const found = await nextWidgetEvent(page, "bf-results");
      assert.ok(found.total > 0);
      assertSortedByDistance(found.results);

      // After the search, focus is on the results heading (screen readers hear the count); the
      // language filter comes before it, so Shift+Tab back to it and choose Arabic with the arrow keys.
      await page.waitForFunction(() => {
        const root = document.querySelector("beratungs-finder")?.shadowRoot;
        return root?.activeElement?.id === "bf-results-heading";
      });
      for (let i = 0; i < 40 && (await focused(page))?.id !== "bf-language"; i += 1) {
        await page.keyboard.press("Shift+Tab");
      }
      assert.equal((await focused(page))?.id, "bf-language", "Shift+Tab reaches the language filter");
      await arrowSelect(page, finder.locator("#bf-language"), "ar");
      await page.waitForFunction(() => {
        const events = window.__e2e.events.filter((event) => event.type === "bf-results");
        const last = events.at(-1);
        return last && last.total > 0 && last.results.every((result) => result.languages.includes("ar"));
      });
      const arabic = (await widgetEvents(page, "bf-results")).at(-1);
      assertSortedByDistance(arabic.results);

      // Back to the widget's language menu (it comes before the search) and switch to Arabic.
      for (let i = 0; i < 40 && (await focused(page))?.id !== "bf-locale"; i += 1) {
        await page.keyboard.press("Shift+Tab");
      }
      assert.equal((await focused(page))?.id, "bf-locale", "Shift+Tab reaches the language menu");
      await arrowSelect(page, finder.locator("#bf-locale"), "ar");
      await waitForLocale(page, "ar");
      await assertRightToLeft(finder);

      // Tab to the first office's details button and open it with Enter.
      await resultCards(finder).first().waitFor();
      const button = await tabTo(page, (element) => element.id.startsWith("bf-details-"), 120);
      await page.keyboard.press("Enter");
      const selected = await nextWidgetEvent(page, "bf-select");
      await finder.locator('[part~="details"]').waitFor();
      assert.equal(
        (await finder.locator("#bf-details-heading").textContent())?.trim(),
        selected.name,
        "the details of the chosen office are shown",
      );
      await page.waitForFunction(
        () =>
          document.querySelector("beratungs-finder")?.shadowRoot?.activeElement?.id === "bf-details-heading",
      );

      // Back to the list (the back button comes before the heading): focus returns to the button
      // that opened the details.
      for (let i = 0; i < 5 && (await focused(page))?.tag !== "button"; i += 1) {
        await page.keyboard.press("Shift+Tab");
      }
      assert.equal(
        (await focused(page))?.tag,
        "button",
        "Shift+Tab from the heading reaches the back button",
      );
      await page.keyboard.press("Enter");
      await page.waitForFunction(
        (id) => document.querySelector("beratungs-finder")?.shadowRoot?.activeElement?.id === id,
        button.id,
      );

      assert.deepEqual(record.pageErrors, [], "no script errors");
      assert.deepEqual(foreignRequests(record, demo.origin), [], "nothing was requested from another host");
    } finally {
      await context.close();
    }
  });

  it("measures the time from navigation to the first rendered results (reported, not asserted)", async () => {
    const { page, context } = await openPage(demo.browser);
    try {
      // A shared link with the search in the hash (hash-state): no typing, so the time is the site's.
      const started = Date.now();
      await page.goto(demo.url(`/#${new URLSearchParams({ "bf-q": "Köln" })}`));
      let how = "shared link /#bf-q=Köln";
      try {
        await nextWidgetEvent(page, "bf-results", 0, 20_000);
      } catch {
        // The hash did not start a search: type it, as a visitor would.
        how = 'typing "Köln" and choosing the suggestion';
        const finder = page.locator("beratungs-finder");
        await finder.locator('input[role="combobox"]').fill("Köln");
        await finder
          .getByRole("option", { name: /^Köln\b/ })
          .first()
          .click();
        await nextWidgetEvent(page, "bf-results");
      }
      await page.locator("beratungs-finder").locator('ol[part~="result-list"] > li').first().waitFor();
      const wall = Date.now() - started;
      const painted = await page.evaluate(async () => {
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        const first = window.__e2e.events.find((event) => event.type === "bf-results");
        return Math.round(first.paintedAt ?? first.at);
      });
      console.log(
        `first results after ${painted} ms (${how}; navigation start to the first painted frame with results; ${wall} ms wall clock including page load)`,
      );
      assert.ok(painted > 0);
    } finally {
      await context.close();
    }
  });
});

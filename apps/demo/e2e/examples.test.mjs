// Every example page works as a copyable example: the widget renders results without script errors,
// whether it came from the script tag, a bundle or React, and whatever the host page's CSS does.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { nextWidgetEvent, openPage, startDemo, widgetEvents } from "./harness.mjs";

const firstCard = (finder) => finder.locator('ol[part~="result-list"] > li').first();

describe("example pages", () => {
  let demo;
  before(async () => {
    demo = await startDemo();
  });
  after(async () => {
    await demo?.close();
  });

  for (const [path, place] of [
    ["/examples/script-tag.html", "Berlin"],
    ["/examples/npm-bundler.html", "Hamburg"],
    ["/examples/react.html", "Frankfurt am Main"],
    ["/examples/hostile-css.html", "München"],
  ]) {
    it(`${path} shows offices near ${place}`, async () => {
      const { page, context, record } = await openPage(demo.browser);
      try {
        await page.goto(demo.url(path));
        const found = await nextWidgetEvent(page, "bf-results", 0, 20_000);
        assert.ok(found.total > 0);
        const finder = page.locator("beratungs-finder");
        await firstCard(finder).waitFor();
        assert.match(
          (await finder.locator("#bf-results-heading").textContent()) ?? "",
          new RegExp(place.split(" ")[0]),
        );
        assert.deepEqual(record.pageErrors, [], "no script errors");
        assert.deepEqual(record.failed, [], "no failed requests");
      } finally {
        await context.close();
      }
    });
  }

  it("the npm example logs the widget's events", async () => {
    const { page, context } = await openPage(demo.browser);
    try {
      await page.goto(demo.url("/examples/npm-bundler.html"));
      await page.locator("#event-log li", { hasText: "bf-results" }).first().waitFor({ timeout: 20_000 });
    } finally {
      await context.close();
    }
  });

  it("the React example receives the widget's events as props", async () => {
    const { page, context } = await openPage(demo.browser);
    try {
      await page.goto(demo.url("/examples/react.html"));
      await page.locator(".react-status", { hasText: /offices found/ }).waitFor({ timeout: 20_000 });
      const finder = page.locator("beratungs-finder");
      const name = (await firstCard(finder).locator("h4").textContent())?.trim();
      await finder.locator('button[part~="details-button"]').first().click();
      await page.locator(".react-status", { hasText: `Details opened: ${name}` }).waitFor();
    } finally {
      await context.close();
    }
  });

  it("hostile host CSS does not shrink, recolour or unfocus the widget", async () => {
    const { page, context } = await openPage(demo.browser);
    try {
      await page.goto(demo.url("/examples/hostile-css.html"));
      const finder = page.locator("beratungs-finder");
      await firstCard(finder).waitFor({ timeout: 20_000 });
      const styles = await finder.evaluate((element) => {
        const root = element.shadowRoot;
        const input = root.querySelector('input[role="combobox"]');
        const heading = root.querySelector("h4");
        const button = root.querySelector('button[part~="details-button"]');
        return {
          rootFontSize: getComputedStyle(document.documentElement).fontSize,
          input: getComputedStyle(input).fontSize,
          heading: getComputedStyle(heading).color,
          button: getComputedStyle(button).color,
          family: getComputedStyle(input).fontFamily,
          transform: getComputedStyle(heading).textTransform,
        };
      });
      assert.equal(styles.rootFontSize, "10px", "the host page really sets html { font-size: 62.5% }");
      assert.ok(
        Number.parseFloat(styles.input) >= 16,
        `the search field keeps a readable size (${styles.input})`,
      );
      assert.notEqual(
        styles.heading,
        "rgb(255, 0, 200)",
        "the host's !important text colour does not reach inside",
      );
      assert.notEqual(styles.button, "rgb(0, 255, 0)", "the host's button colours do not reach inside");
      assert.doesNotMatch(styles.family, /Comic Sans/);
      assert.equal(styles.transform, "none");

      // Focus stays visible: the focused field has an outline or a box shadow.
      await finder.locator('input[role="combobox"]').focus();
      const ring = await finder.locator('input[role="combobox"]').evaluate((input) => {
        const style = getComputedStyle(input);
        return { outline: style.outlineStyle, width: style.outlineWidth, shadow: style.boxShadow };
      });
      assert.ok(
        (ring.outline !== "none" && Number.parseFloat(ring.width) > 0) || ring.shadow !== "none",
        `focus is visible: ${JSON.stringify(ring)}`,
      );
    } finally {
      await context.close();
    }
  });

  it("theming: three brand colours and a dark widget", async () => {
    const { page, context, record } = await openPage(demo.browser);
    try {
      await page.goto(demo.url("/examples/theming.html"));
      const finders = page.locator("beratungs-finder");
      assert.equal(await finders.count(), 4);
      await page.waitForFunction(
        () => window.__e2e.events.filter((event) => event.type === "bf-results").length >= 4,
        undefined,
        { timeout: 30_000 },
      );
      const looks = await finders.evaluateAll((elements) =>
        elements.map((element) => {
          const button = element.shadowRoot.querySelector('button[part~="search-button"]');
          const base = element.shadowRoot.querySelector('[part~="base"]');
          return {
            accent: getComputedStyle(button).backgroundColor,
            background: getComputedStyle(base).backgroundColor,
            theme: element.getAttribute("theme"),
          };
        }),
      );
      const accents = new Set(looks.slice(0, 3).map((look) => look.accent));
      assert.equal(accents.size, 3, `three different brand colours: ${JSON.stringify(looks)}`);
      assert.deepEqual([...accents].sort(), ["rgb(11, 87, 208)", "rgb(179, 38, 30)", "rgb(20, 108, 46)"]);
      const [dark] = looks.slice(3);
      const channel = (rgb) => rgb.match(/\d+/g).slice(0, 3).map(Number);
      const luminance = channel(dark.background).reduce((sum, value) => sum + value, 0) / 3;
      assert.equal(dark.theme, "dark");
      assert.ok(luminance < 80, `the dark widget has a dark background: ${dark.background}`);
      assert.equal((await widgetEvents(page, "bf-error")).length, 0);
      assert.deepEqual(record.pageErrors, []);
    } finally {
      await context.close();
    }
  });
});

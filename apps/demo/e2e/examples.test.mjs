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

  it("hostile host CSS does not shrink, restyle, break or unfocus the widget", async () => {
    const { page, context } = await openPage(demo.browser);
    try {
      await page.goto(demo.url("/examples/hostile-css.html"));
      const finder = page.locator("beratungs-finder");
      await firstCard(finder).waitFor({ timeout: 20_000 });
      await finder.locator('input[role="combobox"]').focus();
      const seen = await finder.evaluate((element) => {
        const root = element.shadowRoot;
        const input = root.querySelector('input[role="combobox"]');
        const heading = root.querySelector("h4");
        const button = root.querySelector('button[part~="search-button"]');
        const style = (node) => getComputedStyle(node);
        const inputBox = input.getBoundingClientRect();
        const buttonBox = button.getBoundingClientRect();
        const overlapX = Math.min(inputBox.right, buttonBox.right) - Math.max(inputBox.left, buttonBox.left);
        const overlapY = Math.min(inputBox.bottom, buttonBox.bottom) - Math.max(inputBox.top, buttonBox.top);
        return {
          rootFontSize: style(document.documentElement).fontSize,
          inputFontSize: Number.parseFloat(style(input).fontSize),
          headingColor: style(heading).color,
          buttonColor: style(button).color,
          fontFamily: style(input).fontFamily,
          textTransform: style(heading).textTransform,
          letterSpacing: style(heading).letterSpacing,
          focusRing:
            (style(input).outlineStyle !== "none" && Number.parseFloat(style(input).outlineWidth) > 0) ||
            style(input).boxShadow !== "none",
          hostRight: element.getBoundingClientRect().right,
          widest: Math.max(
            ...[...root.querySelectorAll("*")].map((node) => node.getBoundingClientRect().right),
          ),
          buttonCoversField: overlapX > 0 && overlapY > 0,
        };
      });
      assert.equal(seen.rootFontSize, "10px", "the host page really sets html { font-size: 62.5% }");
      // Every problem at once, so that one report lists all that the host page breaks.
      const problems = [];
      if (seen.inputFontSize < 16) problems.push(`the search field shrank to ${seen.inputFontSize}px`);
      if (seen.headingColor === "rgb(255, 0, 200)")
        problems.push("the host's !important text colour reaches inside");
      if (seen.buttonColor === "rgb(0, 255, 0)") problems.push("the host's button colours reach inside");
      if (/Comic Sans/.test(seen.fontFamily)) problems.push("the host's font reaches inside");
      if (seen.textTransform !== "none") problems.push(`inherited text-transform: ${seen.textTransform}`);
      if (seen.letterSpacing !== "normal") problems.push(`inherited letter-spacing: ${seen.letterSpacing}`);
      if (!seen.focusRing) problems.push("the focused field shows no focus ring");
      if (seen.widest > seen.hostRight + 1)
        problems.push(`content sticks out of the widget by ${seen.widest - seen.hostRight}px`);
      if (seen.buttonCoversField) problems.push("the search button covers the search field");
      assert.deepEqual(problems, []);
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

// The home page with the widget, as a person using assistive technology meets it: axe-core's WCAG
// 2.x A/AA rules on the whole page (widget included, through its open shadow root) in German and in
// Arabic, reflow at 320 px, and targets of at least 24 × 24 px.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { after, before, describe, it } from "node:test";
import { openPage, searchKoeln, startDemo, TUESDAY_MORNING, waitForLocale } from "./harness.mjs";

const require = createRequire(import.meta.url);
const AXE_SOURCE = await readFile(require.resolve("axe-core/axe.min.js"), "utf8");
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function axeViolations(page) {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: "tag", values: tags } });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 3).map((node) => JSON.stringify(node.target)),
    }));
  }, WCAG_TAGS);
  return violations;
}

describe("accessibility of the home page with the widget", () => {
  let demo;
  before(async () => {
    demo = await startDemo();
  });
  after(async () => {
    await demo?.close();
  });

  for (const locale of ["de", "ar"]) {
    it(`has no axe-core violations after a search (${locale})`, async () => {
      const { page, context } = await openPage(demo.browser, { clock: TUESDAY_MORNING });
      try {
        await page.goto(demo.url("/"));
        const finder = await searchKoeln(page);
        if (locale !== "de") {
          await finder.locator("#bf-locale").selectOption(locale);
          await waitForLocale(page, locale);
          await finder.locator('ol[part~="result-list"] > li').first().waitFor();
        }
        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
      } finally {
        await context.close();
      }
    });
  }

  it("has no axe-core violations in the details view", async () => {
    const { page, context } = await openPage(demo.browser, { clock: TUESDAY_MORNING });
    try {
      await page.goto(demo.url("/"));
      const finder = await searchKoeln(page);
      await finder.locator('button[part~="details-button"]').first().click();
      await finder.locator('[part~="details"]').waitFor();
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    } finally {
      await context.close();
    }
  });

  it("reflows at 320 px without horizontal scrolling", async () => {
    const { page, context } = await openPage(demo.browser, {
      clock: TUESDAY_MORNING,
      viewport: { width: 320, height: 640 },
    });
    try {
      await page.goto(demo.url("/"));
      const finder = await searchKoeln(page);
      const widths = await finder.evaluate((element) => ({
        page: document.documentElement.scrollWidth,
        viewport: document.documentElement.clientWidth,
        widget: element.getBoundingClientRect().width,
        widest: Math.max(
          ...[...element.shadowRoot.querySelectorAll("*")].map((node) => node.getBoundingClientRect().right),
        ),
      }));
      assert.ok(
        widths.page <= widths.viewport,
        `the page does not scroll sideways: ${JSON.stringify(widths)}`,
      );
      assert.ok(
        widths.widest <= widths.viewport + 1,
        `nothing in the widget sticks out: ${JSON.stringify(widths)}`,
      );
    } finally {
      await context.close();
    }
  });

  it("makes every control at least 24 × 24 px, or spaces it so (WCAG 2.5.8)", async () => {
    const { page, context } = await openPage(demo.browser, { clock: TUESDAY_MORNING });
    try {
      await page.goto(demo.url("/"));
      const finder = await searchKoeln(page);
      const { small, count } = await finder.evaluate((element) => {
        const targets = [...element.shadowRoot.querySelectorAll("button, input, select, a[href]")]
          .filter((node) => node.getClientRects().length > 0)
          // Links inside a sentence or block of text are exempt.
          .filter((node) => !(node.tagName === "A" && getComputedStyle(node).display === "inline"))
          .map((node) => ({ node, box: node.getBoundingClientRect() }));
        const distance = (x, y, box) =>
          Math.hypot(Math.max(box.left - x, 0, x - box.right), Math.max(box.top - y, 0, y - box.bottom));
        const undersized = targets.filter(({ box }) => box.width < 24 || box.height < 24);
        return {
          count: targets.length,
          small: undersized
            // Spacing exception: a 24 px circle on the target's centre touches no other target.
            .filter(({ node, box }) => {
              const x = box.left + box.width / 2;
              const y = box.top + box.height / 2;
              return targets.some((other) => other.node !== node && distance(x, y, other.box) < 12);
            })
            .map(({ node, box }) => `${node.tagName.toLowerCase()}#${node.id} ${box.width}×${box.height}`),
        };
      });
      assert.ok(count > 20, "the check sees the widget's controls");
      assert.deepEqual(small, []);
    } finally {
      await context.close();
    }
  });
});

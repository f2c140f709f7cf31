// The strict-CSP example page is served with `default-src 'self'` and no 'unsafe-inline' or
// 'unsafe-eval'; the widget must work there without a single securitypolicyviolation.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { STRICT_CSP, STRICT_CSP_PAGES } from "../scripts/serve.mjs";
import { nextWidgetEvent, openPage, startDemo, waitForLocale } from "./harness.mjs";

describe("strict Content-Security-Policy page", () => {
  let demo;
  before(async () => {
    demo = await startDemo();
  });
  after(async () => {
    await demo?.close();
  });

  it("shows results, searches, switches language and opens details with zero CSP violations", async () => {
    const { page, context, record } = await openPage(demo.browser);
    const cspMessages = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) cspMessages.push(message.text());
    });
    try {
      const response = await page.goto(demo.url("/examples/strict-csp.html"));
      assert.equal(response?.headers()["content-security-policy"], STRICT_CSP);

      // near="Leipzig": dataset, geodata and validation under the policy.
      const first = await nextWidgetEvent(page, "bf-results", 0, 20_000);
      assert.ok(first.total > 0);
      const finder = page.locator("beratungs-finder");
      await finder.locator('ol[part~="result-list"] > li').first().waitFor();

      // A typed search (suggestions), another language (a lazily loaded chunk), the details view.
      const search = finder.locator('input[role="combobox"]');
      await search.fill("");
      await search.pressSequentially("Dresden", { delay: 20 });
      await finder
        .getByRole("option", { name: /^Dresden\b/ })
        .first()
        .click();
      await nextWidgetEvent(page, "bf-results", 1);
      await finder.locator("#bf-locale").selectOption("uk");
      await waitForLocale(page, "uk");
      await finder.locator('button[part~="details-button"]').first().click();
      await finder.locator('[part~="details"]').waitFor();
      await finder.locator("#bf-locale").selectOption("ar");
      await waitForLocale(page, "ar");

      // Give late reports a moment to arrive.
      await page.waitForTimeout(300);
      const violations = await page.evaluate(() => window.__e2e.violations);
      assert.deepEqual(violations, [], "no securitypolicyviolation events");
      assert.deepEqual(cspMessages, [], "no CSP messages in the console");
      assert.deepEqual(record.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  for (const path of [...STRICT_CSP_PAGES].filter((page) => page !== "/examples/strict-csp.html")) {
    it(`${path}: the bundled widget works under the same policy`, async () => {
      const { page, context, record } = await openPage(demo.browser);
      try {
        const response = await page.goto(demo.url(path));
        assert.equal(response?.headers()["content-security-policy"], STRICT_CSP);
        const found = await nextWidgetEvent(page, "bf-results", 0, 20_000);
        assert.ok(found.total > 0);
        await page.locator("beratungs-finder").locator("#bf-locale").selectOption("fa");
        await waitForLocale(page, "fa");
        await page.waitForTimeout(300);
        assert.deepEqual(
          await page.evaluate(() => window.__e2e.violations),
          [],
          "no securitypolicyviolation events",
        );
        assert.deepEqual(record.pageErrors, []);
      } finally {
        await context.close();
      }
    });
  }

  it("would notice a violation (the listener works)", async () => {
    const { page, context } = await openPage(demo.browser);
    try {
      await page.goto(demo.url("/examples/strict-csp.html"));
      await page.evaluate(() => {
        const style = document.createElement("style");
        style.textContent = "body { color: red }";
        document.head.append(style);
      });
      await page.waitForFunction(() => window.__e2e.violations.length > 0);
      const violations = await page.evaluate(() => window.__e2e.violations);
      assert.match(violations[0].directive, /^style-src/);
    } finally {
      await context.close();
    }
  });
});

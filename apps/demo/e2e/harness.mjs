// Shared set-up of the end-to-end checks: the demo server on a free port, Debian's Chromium through
// playwright-core (no downloaded browser), pages that record every request and every error, and a few
// ways to look into the widget's shadow root the way a person would (roles, labels, focus).
import assert from "node:assert/strict";
import widgetManifest from "@beratungsfinder/widget/custom-elements.json" with { type: "json" };
import { chromium } from "playwright-core";
import chromiumLaunch from "../../../chromium.json" with { type: "json" };
import { startServer } from "../scripts/serve.mjs";

/** The events `<beratungs-finder>` fires, as its custom-elements manifest declares them: pages record each. */
export const WIDGET_EVENTS = widgetManifest.modules
  .flatMap((module) => module.declarations ?? [])
  .find((declaration) => declaration.tagName === "beratungs-finder")
  .events.map((event) => event.name);

/** A Tuesday morning in Berlin, so that "open now" is predictable whatever day the checks run. */
export const TUESDAY_MORNING = new Date("2026-11-24T10:30:00+01:00");

/**
 * Starts the server and the browser once per test file.
 * @returns {Promise<{ origin: string, url: (path: string) => string, browser: import("playwright-core").Browser, close: () => Promise<void> }>}
 */
export async function startDemo() {
  const server = await startServer({ port: 0 });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? chromiumLaunch.executablePath,
    args: chromiumLaunch.args,
  });
  const origin = server.url.replace(/\/$/, "");
  return {
    origin,
    url: (path) => `${origin}${path}`,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * A fresh context and page that record requests, failed requests, page errors, console errors and CSP
 * violations (the listener is installed before any page script runs), plus the widget's events.
 * @param {import("playwright-core").Browser} browser
 * @param {{ clock?: Date, viewport?: { width: number, height: number }, locale?: string }} [options]
 */
export async function openPage(
  browser,
  { clock, viewport = { width: 1280, height: 900 }, locale = "de-DE" } = {},
) {
  const context = await browser.newContext({ viewport, locale, timezoneId: "Europe/Berlin" });
  const page = await context.newPage();
  if (clock) await page.clock.setFixedTime(clock);
  const record = { requests: [], failed: [], pageErrors: [], consoleErrors: [] };
  page.on("request", (request) => record.requests.push(request.url()));
  page.on("requestfailed", (request) =>
    record.failed.push(`${request.url()} ${request.failure()?.errorText}`),
  );
  page.on("pageerror", (error) => record.pageErrors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") record.consoleErrors.push(message.text());
  });
  await page.addInitScript((eventTypes) => {
    const log = { violations: [], events: [] };
    Object.defineProperty(window, "__e2e", { value: log });
    document.addEventListener("securitypolicyviolation", (event) => {
      log.violations.push({
        directive: event.violatedDirective,
        blocked: event.blockedURI,
        sample: event.sample,
      });
    });
    for (const type of eventTypes) {
      document.addEventListener(type, (event) => {
        const detail = event.detail ?? {};
        const entry = { type, at: performance.now() };
        if (type === "bf-results") {
          entry.total = detail.total;
          entry.results = (detail.results ?? []).map((result) => ({
            id: result.office.id,
            name: result.office.name,
            distanceKm: result.distanceKm,
            openNow: result.openNow,
            languages: result.office.languages,
          }));
          // The first frame painted after the results arrived.
          requestAnimationFrame(() => {
            entry.paintedAt = performance.now();
          });
        } else if (type === "bf-error") {
          entry.code = detail.code;
          entry.kind = detail.kind;
          entry.message = detail.message;
        } else if (type === "bf-locale-change") {
          entry.locale = detail.locale;
        } else if (type === "bf-select") {
          entry.name = detail.result?.office?.name;
        }
        log.events.push(entry);
      });
    }
  }, WIDGET_EVENTS);
  return { context, page, record };
}

/** The widget's events seen so far, of one type. */
export async function widgetEvents(page, type) {
  return page.evaluate((wanted) => window.__e2e.events.filter((event) => event.type === wanted), type);
}

/** Waits until the widget has fired `type` more than `after` times; returns the newest such event. */
export async function nextWidgetEvent(page, type, after = 0, timeout = 15_000) {
  await page.waitForFunction(
    ([wanted, count]) => window.__e2e.events.filter((event) => event.type === wanted).length > count,
    [type, after],
    { timeout },
  );
  const events = await widgetEvents(page, type);
  return events.at(-1);
}

/** Searches near Köln as a person does (types, picks the place), waits for the first result card. */
export async function searchKoeln(page) {
  const finder = page.locator("beratungs-finder");
  const search = finder.locator('input[role="combobox"]');
  await search.waitFor();
  await search.pressSequentially("Köln", { delay: 20 });
  await finder
    .getByRole("option", { name: /^Köln\b/ })
    .first()
    .click();
  await nextWidgetEvent(page, "bf-results");
  await finder.locator('ol[part~="result-list"] > li').first().waitFor();
  return finder;
}

/** The element that has focus, looking through shadow roots. */
export async function focused(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element) return null;
    return {
      id: element.id,
      tag: element.tagName.toLowerCase(),
      role: element.getAttribute("role"),
      text: (element.textContent ?? "").trim().slice(0, 80),
    };
  });
}

/** Presses Tab until `predicate(focusedElement)` holds; fails after `max` presses. */
export async function tabTo(page, predicate, max = 60) {
  for (let i = 0; i < max; i += 1) {
    const current = await focused(page);
    if (current && predicate(current)) return current;
    await page.keyboard.press("Tab");
  }
  assert.fail(
    `Tab never reached the wanted element in ${max} presses (last: ${JSON.stringify(await focused(page))})`,
  );
}

/** Changes a focused <select> with the arrow keys alone until it shows `value`. */
export async function arrowSelect(page, select, value, max = 200) {
  const target = await select.evaluate(
    (element, wanted) => [...element.options].findIndex((o) => o.value === wanted),
    value,
  );
  assert.ok(target >= 0, `the select has no option "${value}"`);
  for (let i = 0; i < max; i += 1) {
    const index = await select.evaluate((element) => element.selectedIndex);
    if (index === target) return;
    await page.keyboard.press(index < target ? "ArrowDown" : "ArrowUp");
  }
  assert.fail(`the arrow keys did not reach option "${value}"`);
}

/** URLs that went to a host other than `origin` (data: and blob: URLs stay in the page). */
export function foreignRequests(record, origin) {
  return record.requests.filter(
    (url) => !url.startsWith(`${origin}/`) && !url.startsWith("data:") && !url.startsWith("blob:"),
  );
}

/**
 * Waits until the widget shows `locale`: a `bf-locale-change` for it has fired and the frame carries
 * its `lang` (the widget also fires the event for its first locale, so the newest event is not enough).
 */
export async function waitForLocale(page, locale, timeout = 15_000) {
  await page.waitForFunction(
    (wanted) =>
      window.__e2e.events.some((event) => event.type === "bf-locale-change" && event.locale === wanted) &&
      document
        .querySelector("beratungs-finder")
        ?.shadowRoot?.querySelector('[part~="base"]')
        ?.getAttribute("lang") === wanted,
    locale,
    { timeout },
  );
}

#!/usr/bin/env node
// `pnpm bench` (demo part): the first-results path in a browser, raw dataset vs published folder,
// alternating in one run. Drives Debian's Chromium (/usr/bin/chromium or CHROME_PATH; never a downloaded
// browser) against the built demo site, on a phone profile (CDP: 150 ms latency, 1.6 Mbit/s down,
// CPU 4× slower) and unthrottled, with `near="Köln"` and the demo's ~1,900 offices. For each visit it
// reads, inside the page: bytes transferred until the first result is on screen (Resource Timing's
// transferSize, the page itself included), the time to that moment, and the longest main-thread task
// until then (PerformanceObserver "longtask"); then a second visit in the same browser context (cache).
// A benchmark, not a test: it prints figures and the goals, and fails only if a visit breaks.
//
//   node bench/first-results.mjs            ROUNDS=5 node bench/first-results.mjs
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import chromiumLaunch from "../../../chromium.json" with { type: "json" };
import { startServer } from "../scripts/serve.mjs";

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const KIB = 1024;
const SOURCES = { raw: "/data/demo-dataset.json", published: "/data/demo/manifest.json" };
const PROFILES = {
  phone: {
    network: { latency: 150, downloadThroughput: (1.6e6 / 8) * 1, uploadThroughput: 750e3 / 8 },
    cpu: 4,
  },
  unthrottled: { network: undefined, cpu: 1 },
};
/** The benchmark's pages go into the built site (not its sources), served like every other page. */
const BENCH_DIR = fileURLToPath(new URL("../dist/bench/", import.meta.url));

/**
 * The page a visitor opens: the widget from the demo's CDN folder, searching near Köln. Its favicon is
 * inline: an embedding page's icon is its own, not a cost of the widget (the page itself is counted).
 */
const pageHtml = (src) => `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<link rel="icon" href="data:,">
<script type="module" src="/cdn/beratungs-finder.js"></script></head>
<body><beratungs-finder src="${src}" near="Köln"></beratungs-finder></body></html>`;

/** Runs in the page before its scripts: records long tasks and the moment the first result is painted. */
function instrument() {
  const bench = { tasks: [], first: undefined, error: undefined };
  Object.defineProperty(window, "__bench", { value: bench });
  performance.setResourceTimingBufferSize(10_000);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: "longtask", buffered: true });
  document.addEventListener("bf-results", () => {
    // The event fires before the element renders; the next frame shows the results.
    requestAnimationFrame(() => {
      bench.first ??= performance.now();
    });
  });
  document.addEventListener("bf-error", (event) => {
    bench.error ??= `${event.detail.kind}: ${event.detail.message}`;
  });
}

/** What the page measured once its first result was on screen. */
function readMeasures() {
  const bench = window.__bench;
  const until = bench.first;
  const entries = [
    ...performance.getEntriesByType("navigation"),
    ...performance.getEntriesByType("resource"),
  ];
  const transferred = entries.filter((entry) => entry.responseEnd <= until);
  const bytes = (filter, size = (e) => e.transferSize) =>
    transferred.filter((entry) => filter(new URL(entry.name).pathname)).reduce((sum, e) => sum + size(e), 0);
  const longest = bench.tasks
    .filter(([start]) => start <= until)
    .reduce((max, [, duration]) => Math.max(max, duration), 0);
  return {
    ms: until,
    bytes: bytes(() => true),
    code: bytes((path) => path.endsWith(".js")),
    data: bytes((path) => path.startsWith("/data/")),
    geodata: bytes((path) => path.startsWith("/cdn/geodata/")),
    // Resource Timing does not expose real header sizes: Chromium counts a fixed 300 bytes per
    // response (w3c/resource-timing#238), so this is 300 B × requests, whatever the server sends.
    // On the wire, the demo server's headers are about 0.2 KiB each over HTTP/1.1; HTTP/2 and 3, as
    // CDNs serve, compress repeated headers to a few bytes.
    headers: bytes(
      () => true,
      (e) => Math.max(0, e.transferSize - e.encodedBodySize),
    ),
    longest,
    requests: transferred.length,
  };
}

async function visit(page, url, timeoutMs) {
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.first !== undefined || window.__bench.error, null, {
    timeout: timeoutMs,
    polling: 100,
  });
  const error = await page.evaluate(() => window.__bench.error);
  if (error) throw new Error(`The widget reported an error: ${error}`);
  return page.evaluate(readMeasures);
}

/** One first visit and one second visit (same context, so the HTTP cache is warm) of one source. */
async function round(browser, origin, kind, profile) {
  // No page.route here: Playwright turns the HTTP cache off while routing, and the second visit needs it.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "de-DE" });
  const url = new URL(`bench/${kind}.html`, origin).href;
  try {
    await context.addInitScript(instrument);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    if (profile.network) {
      await cdp.send("Network.emulateNetworkConditions", { offline: false, ...profile.network });
    }
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpu });
    const timeout = profile.cpu > 1 ? 90_000 : 30_000;
    const first = await visit(page, url, timeout);
    const second = await visit(page, url, timeout);
    return { first, second };
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const kib = (bytes) => `${(bytes / KIB).toFixed(1)} KiB`;
const ms = (value) => `${Math.round(value)} ms`;
const ratio = (published, raw) => (raw > 0 ? `${(published / raw).toFixed(2)}×` : "–");

await mkdir(BENCH_DIR, { recursive: true });
for (const [kind, src] of Object.entries(SOURCES))
  await writeFile(join(BENCH_DIR, `${kind}.html`), pageHtml(src));
const server = await startServer({ port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? chromiumLaunch.executablePath,
  args: chromiumLaunch.args,
});
const goals = [];
try {
  console.log(
    `First results near Köln, raw dataset vs published folder, ${ROUNDS} rounds each, alternating ` +
      `(Chromium ${browser.version()}; median of the rounds)`,
  );
  for (const [name, profile] of Object.entries(PROFILES)) {
    const runs = { raw: [], published: [] };
    for (let n = 0; n < ROUNDS; n++) {
      for (const kind of n % 2 ? ["published", "raw"] : ["raw", "published"]) {
        runs[kind].push(await round(browser, server.url, kind, profile));
      }
    }
    const pick = (kind, visit, key) => median(runs[kind].map((run) => run[visit][key]));
    const line = (label, key, format, visit = "first") =>
      console.log(
        `  ${label.padEnd(30)} raw ${format(pick("raw", visit, key)).padStart(10)}   published ` +
          `${format(pick("published", visit, key)).padStart(10)}   ratio ${ratio(pick("published", visit, key), pick("raw", visit, key))}`,
      );
    const where =
      name === "phone"
        ? "phone profile (150 ms latency, 1.6 Mbit/s down, CPU 4× slower)"
        : "unthrottled (this machine)";
    console.log(`\n${where}`);
    line("bytes to first result", "bytes", kib);
    line("  of which widget code", "code", kib);
    line("  of which offices data", "data", kib);
    line("  of which place data", "geodata", kib);
    line("  headers (in the above)", "headers", kib);
    line("time to first result", "ms", ms);
    line("longest main-thread task", "longest", ms);
    line("requests to first result", "requests", String);
    line("second visit: bytes", "bytes", kib, "second");
    line("second visit: time", "ms", ms, "second");
    const published = (key, visit = "first") => pick("published", visit, key);
    if (name === "phone") {
      goals.push(
        ["published ≤ 80 KiB to the first result", kib(published("bytes")), published("bytes") <= 80 * KIB],
        [
          "published time ≤ 0.3× raw",
          ratio(published("ms"), pick("raw", "first", "ms")),
          published("ms") <= 0.3 * pick("raw", "first", "ms"),
        ],
        ["published longest task ≤ 200 ms at 4× CPU", ms(published("longest")), published("longest") <= 200],
        ["second visit < 5 KiB", kib(published("bytes", "second")), published("bytes", "second") < 5 * KIB],
      );
    } else {
      goals.push([
        "published longest task ≤ 50 ms unthrottled",
        ms(published("longest")),
        published("longest") <= 50,
      ]);
    }
  }
  console.log("\nGoals (issue 12)");
  for (const [goal, measured, met] of goals) console.log(`  ${met ? "met " : "NOT "} ${goal}: ${measured}`);
} finally {
  await browser.close();
  await server.close();
}

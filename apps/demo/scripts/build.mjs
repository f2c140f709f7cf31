#!/usr/bin/env node
// Builds the demo site into dist/: the demo datasets (raw and published), the widget's CDN bundle as a site would self-host
// it, the two bundled examples (npm + esbuild, React) and the HTML pages from site/. Runs after the
// packages are built (turbo's ^build), because it uses them exactly as a web team would: the built
// files, not the TypeScript sources.
//
//   node scripts/build.mjs
import { cp, mkdir, readdir, rm, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const app = resolve(fileURLToPath(new URL("..", import.meta.url)));
const repo = resolve(app, "../..");
const dist = join(app, "dist");
const require = createRequire(import.meta.url);
const started = Date.now();
/** How many deliberately invalid offices {@link brokenDataset} adds. */
const BROKEN_OFFICES = 4;

function step(text) {
  console.log(`demo build: ${text}`);
}

async function exists(path) {
  return Boolean(await stat(path).catch(() => null));
}

await rm(dist, { recursive: true, force: true });
await mkdir(join(dist, "data"), { recursive: true });

// 1. The site's own pages, styles and images (committed sources, no inline scripts or styles).
await cp(join(app, "site"), dist, { recursive: true });
step("copied site/ (pages, styles, images)");

// 2. The demo datasets, generated from real municipalities with fictional offices.
const core = await import("@beratungsfinder/core");
const { loadGeocoderFromDisk } = await import("@beratungsfinder/core/node");
const { generateDemoDataset, publish } = await import("@beratungsfinder/cli");
const geocoder = await loadGeocoderFromDisk();
const dataset = generateDemoDataset({ seed: 1, places: geocoder.places });
await writeFile(join(dist, "data", "demo-dataset.json"), JSON.stringify(dataset));
step(
  `wrote data/demo-dataset.json: ${dataset.offices.length} fictional offices, ${dataset.providers.length} providers`,
);

// The same offices as a published folder (what `beratungsfinder publish` writes): the demo pages read
// it, so a visitor downloads only the postcode areas their search touches.
const published = await publish(structuredClone(dataset), {
  outDir: join(dist, "data", "demo"),
  geocoder,
  now: new Date(dataset.generatedAt),
});
step(
  `published data/demo/: manifest.json + ${published.manifest.counts.regions} regions, ` +
    `${(published.bytes / 1024).toFixed(0)} KiB for ${published.manifest.counts.offices} offices`,
);
if (published.invalid.length > 0) {
  throw new Error(
    `Publishing the demo dataset left out ${published.invalid.length} offices; it should keep them all.`,
  );
}

const broken = brokenDataset(dataset);
await writeFile(join(dist, "data", "broken-dataset.json"), `${JSON.stringify(broken, null, 2)}\n`);
const check = await core.loadDataset(structuredClone(broken));
step(
  `wrote data/broken-dataset.json: ${check.dataset.offices.length} valid offices, ${check.invalid.length} invalid ` +
    `(${check.invalid.map((entry) => entry.id).join(", ")})`,
);
if (check.invalid.length !== BROKEN_OFFICES) {
  throw new Error(
    `The broken dataset should contain ${BROKEN_OFFICES} invalid offices, but validation rejected ${check.invalid.length}.`,
  );
}

// 3. The widget's CDN folder: the module, its lazily loaded locale chunks and the geodata beside it.
const widgetCdn = join(dirname(require.resolve("@beratungsfinder/widget/package.json")), "dist", "cdn");
if (!(await exists(join(widgetCdn, "beratungs-finder.js")))) {
  throw new Error(
    `The widget's CDN bundle is missing (${relative(repo, widgetCdn)}/beratungs-finder.js). ` +
      "Build it first: `pnpm --filter @beratungsfinder/widget build`, or run `pnpm start` from the repository root.",
  );
}
await cp(widgetCdn, join(dist, "cdn"), { recursive: true });
const cdnFiles = await readdir(join(dist, "cdn"), { recursive: true });
step(`copied the widget's CDN folder (${cdnFiles.length} files) to dist/cdn/`);

// 4. The bundled examples, built as a web team's own bundler would (no "source" condition: built files).
for (const example of ["npm-bundler", "react"]) {
  const entry = (await readdir(join(app, "src", example))).find((file) =>
    /^main\.(js|jsx|ts|tsx)$/.test(file),
  );
  await build({
    entryPoints: [join(app, "src", example, entry)],
    outdir: join(dist, "examples", example),
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    sourcemap: true,
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "warning",
    // The widget's npm build has helper chunks imported only for their (nonexistent) side effects;
    // dropping those imports is right, and the warning about it is noise for a reader of `pnpm start`.
    logOverride: { "ignored-bare-import": "silent" },
  });
  step(`bundled src/${example}/ into examples/${example}/`);
}

// 5. The guides, readable from the site.
await mkdir(join(dist, "docs"), { recursive: true });
for (const file of await readdir(join(repo, "docs"))) {
  if (file.endsWith(".md")) await cp(join(repo, "docs", file), join(dist, "docs", file));
}
step("copied docs/*.md");

step(`done in ${((Date.now() - started) / 1000).toFixed(1)} s → ${relative(process.cwd(), dist) || "."}`);

/**
 * Offices around Köln plus four that break one rule each, for the page that shows how the widget
 * treats a partly broken spreadsheet export: it shows the valid offices and says how many it skipped.
 */
function brokenDataset(source) {
  const koeln = { lat: 50.9375, lon: 6.9603 };
  const near = source.offices
    .filter((office) => office.geo && core.distanceKm(office.geo, koeln) < 40)
    .slice(0, 36);
  const [a, b, c, d] = near.slice(0, BROKEN_OFFICES).map((office) => structuredClone(office));
  const invalid = [
    {
      ...a,
      id: "broken-postcode",
      name: `${a.name} (PLZ mit vier Ziffern)`,
      address: { ...a.address, postalCode: "5067" },
    },
    {
      ...b,
      id: "broken-website",
      name: `${b.name} (javascript:-Link)`,
      contact: { ...b.contact, website: "javascript:alert(document.cookie)" },
    },
    {
      ...c,
      id: "broken-hours",
      name: `${c.name} (überlappende Zeiten)`,
      openingHours: {
        weekly: {
          mo: [
            { from: "09:00", to: "12:00", kind: "open" },
            { from: "11:00", to: "14:00", kind: "consultation" },
          ],
        },
        exceptions: [],
      },
    },
    { ...d, id: "broken-programmes", name: `${d.name} (ohne Programm)`, programmes: [] },
  ];
  const offices = [...near.slice(BROKEN_OFFICES), ...invalid];
  const providerIds = new Set(offices.map((office) => office.providerId));
  return {
    ...source,
    name: "Beratungsfinder – Beispieldaten mit fehlerhaften Einträgen",
    providers: source.providers.filter((provider) => providerIds.has(provider.id)),
    // Broken entries sit among valid ones, as they would in a real export.
    offices: offices.sort((x, y) => x.id.localeCompare(y.id)),
  };
}

// Size budgets of the CDN build (gzip). dist/cdn/beratungs-finder.js, the page's script, imports nothing
// itself but asks for the element's file (beratungs-finder-code.js) and the widgets' data side by side.
// The element's file holds everything a first visit needs up to the first result: the build merges the
// element, the first search and the code they share into it (scripts/merge-chunks.mjs). Each lazily
// loaded file has a stable name in chunks/ and imports what it shares with the first visit from the
// element's file; code only lazily loaded files share goes into chunks/shared-<hash>.js (named by
// content). The files behind a budget are read from the build's metafile
// (reports/bundle/cdn-metafile.json), so a budget names what loads, not which hashed files that is today.
import { existsSync, readdirSync, readFileSync } from "node:fs";

const metafileUrl = new URL("./reports/bundle/cdn-metafile.json", import.meta.url);
if (!existsSync(metafileUrl)) {
  throw new Error("reports/bundle/cdn-metafile.json is missing: run the widget's build first.");
}
const { outputs } = JSON.parse(readFileSync(metafileUrl, "utf8"));

const BOOT = "dist/cdn/beratungs-finder.js";
const MAIN = "dist/cdn/beratungs-finder-code.js";
const chunk = (name) => `dist/cdn/chunks/${name}.js`;

/** The files and everything they import statically, to the end: what the browser fetches with them. */
function loads(...files) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    if (!outputs[file]) throw new Error(`${file} is not an output of the CDN build.`);
    seen.add(file);
    for (const entry of outputs[file].imports) if (entry.kind === "import-statement") visit(entry.path);
  };
  for (const file of files) visit(file);
  return [...seen];
}

/** What every first visit loads: the first file and the element's file (which imports nothing more). */
const firstVisit = loads(BOOT, MAIN);
/** What loading a lazy file fetches beyond the first visit's files: it and the shared chunks it needs in addition. */
const adds = (...files) => loads(...files).filter((file) => !firstVisit.includes(file));

const budget = (name, path, limit) => ({ name, path, limit, gzip: true });

// Every translated locale has a generated module (from xliff/ by the build): one list, the xliff files;
// and English, whose texts the CDN build's code does not carry (scripts/strip-source-texts.mjs).
const LOCALES = readdirSync(new URL("./xliff/", import.meta.url))
  .filter((file) => file.endsWith(".xlf"))
  .map((file) => file.slice(0, -".xlf".length))
  .concat("en")
  .sort();

export default [
  budget(
    "CDN first file (the page's one script: asks for the element's file and the widgets' data side by side)",
    BOOT,
    // +1.05 KiB (2026-12-05): the locale choice (the widget's rule), each locale's file path, a shared
    // link's place and language, and the Intl warm-up that loads ICU's data while the code downloads.
    "3.35 KiB",
  ),
  budget(
    "the element's file, all a first visit needs: the element, its controllers, search form, filters, language menu, styles, Lit, texts, formatting, failure handling; core's search, opening status and eligibility, the result list and cards; the place search with exonyms, districts and near misses; the published-folder reader (no Zod: the build fails otherwise)",
    MAIN,
    // +0.2 KiB (2026-12-04): the first page from the nearest regions (regionsForPage, fill, the pending count);
    // +0.1 KiB: the result card's formatters built in idle moments (warmFormattingAhead), districts ordered without ICU;
    // +0.1 KiB: search's onlineLimit and onlineTotal.
    "56.9 KiB",
  ),
  budget(
    "to the first result from a published folder: the first file and the element's file with what it imports (without the locale)",
    firstVisit,
    "60.2 KiB",
  ),
  budget(
    "office details (hours table, take-away buttons, print sheet, contact card and calendar files), fetched once results are shown: its chunk and the shared chunks it adds",
    adds(chunk("office-details")),
    "4.65 KiB",
  ),
  budget(
    "dataset validation (schemas with zod/mini, core's loadDataset and search index), loaded with a dataset file: its chunk and the shared chunks it adds",
    adds(chunk("dataset-validation")),
    "16.75 KiB",
  ),
  budget(
    "to the first result from a dataset file: the first file, the element's file and the dataset validation (without the locale)",
    loads(BOOT, MAIN, chunk("dataset-validation")),
    "76.7 KiB",
  ),
  budget(
    "QR code (lean-qr nano), loaded only with an office's print sheet",
    adds(chunk("qr-code")),
    "2.5 KiB",
  ),
  // A locale with its own weekday and month names (src/localization/calendars/: Chromium has no date data
  // for it) also loads them and the code that writes dates with them (0.25–0.6 KiB), only with itself.
  ...LOCALES.map((locale) =>
    budget(
      `locale ${locale}`,
      adds(chunk(locale)),
      existsSync(new URL(`./src/localization/calendars/${locale}.ts`, import.meta.url))
        ? "4.9 KiB"
        : "4.6 KiB",
    ),
  ),
];

// Size budgets of the CDN build (gzip). The build splits code: dist/cdn/beratungs-finder.js imports a few
// shared chunks at once (chunks/shared-<hash>.js, named by content), and each lazily loaded file has a
// stable name in chunks/. The files behind a budget are read from the build's metafile
// (reports/bundle/cdn-metafile.json), so a budget names what loads, not which hashed files that is today.
import { existsSync, readdirSync, readFileSync } from "node:fs";

const metafileUrl = new URL("./reports/bundle/cdn-metafile.json", import.meta.url);
if (!existsSync(metafileUrl)) {
  throw new Error("reports/bundle/cdn-metafile.json is missing: run the widget's build first.");
}
const { outputs } = JSON.parse(readFileSync(metafileUrl, "utf8"));

const MAIN = "dist/cdn/beratungs-finder.js";
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

const firstScreen = loads(MAIN);
/** What loading a lazy file fetches beyond the first screen: it and the shared chunks it needs in addition. */
const adds = (...files) => loads(...files).filter((file) => !firstScreen.includes(file));

const budget = (name, path, limit) => ({ name, path, limit, gzip: true });

// Every translated locale has a generated module (from xliff/ by the build): one list, the xliff files.
const LOCALES = readdirSync(new URL("./xliff/", import.meta.url))
  .filter((file) => file.endsWith(".xlf"))
  .map((file) => file.slice(0, -".xlf".length))
  .sort();

export default [
  budget(
    "CDN main file (the element, its controllers, search form, filters, language menu, styles; issue 12's goal is 25 KiB)",
    MAIN,
    "15.4 KiB",
  ),
  budget(
    "first screen: the main file and the shared chunks it imports at once (Lit, texts, formatting, failure handling)",
    firstScreen,
    "37 KiB",
  ),
  budget(
    "results code (core's search, opening status and eligibility, the view model, result list and cards), loaded as soon as the element connects, beside the dataset: its chunk and the shared chunks it adds",
    adds(chunk("results")),
    "13.9 KiB",
  ),
  budget(
    "office details (hours table, take-away buttons, print sheet, contact card and calendar files), fetched once results are shown: its chunk and the shared chunks it adds beyond the results",
    adds(chunk("office-details")).filter((file) => !loads(chunk("results")).includes(file)),
    "5.5 KiB",
  ),
  budget(
    "dataset validation (schemas with zod/mini, core's loadDataset and search index), loaded with a dataset file: its chunk and the shared chunks it adds",
    adds(chunk("dataset-validation")),
    "19.5 KiB",
  ),
  budget(
    "published folder (core's decoder, region loading and search index; no Zod, no schemas: the build fails otherwise), loaded instead of dataset validation when src names a manifest.json: its chunk and the shared chunks it adds",
    adds(chunk("published-loading")),
    "7 KiB",
  ),
  budget(
    "to the first result from a published folder: first screen + results code + published-folder code (without locales and place search)",
    loads(MAIN, chunk("results"), chunk("published-loading")),
    "55.15 KiB",
  ),
  budget(
    "to the first result from a dataset file: first screen + results code + dataset validation (without locales and place search)",
    loads(MAIN, chunk("results"), chunk("dataset-validation")),
    "67.7 KiB",
  ),
  budget(
    "place search (core's geocoder with exonyms, districts and near misses; its geodata files have their own budgets in core's build): its chunk and the shared chunks it adds",
    adds(chunk("place-search")),
    "8.6 KiB",
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

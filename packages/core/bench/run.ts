/**
 * `pnpm bench`: index build, search (p50/p99) against a naive scan-and-sort baseline, geocoding and
 * validation at 1k, 10k and 100k fictional offices in real places. Prints one table per concern.
 */
import { performance } from "node:perf_hooks";
import type { Dataset } from "@beratungsfinder/schemas";
import { parseDataset } from "@beratungsfinder/schemas";
import { parseDataset as parseCompiled } from "@beratungsfinder/schemas/compiled";
import fc from "fast-check";
import { loadGeocoderFromDisk } from "../src/node/geodata.js";
import { createIndex } from "../src/search/create-index.js";
import type { SearchQuery } from "../src/search/search.js";
import { search } from "../src/search/search.js";
import { placeArbitrary, variedDataset } from "../test/varied-dataset.js";
import { formatMs, measure, table } from "./measure.js";
import { searchByScan } from "./scan-search.js";

const SIZES = [1_000, 10_000, 100_000] as const;
const NOW = new Date("2026-03-03T13:00:00Z");

const geocoder = await loadGeocoderFromDisk();
const places = geocoder.places;
console.log(`Beratungsfinder benchmarks · Node ${process.version} · ${places.length} places\n`);

/** Query points drawn where people live (by population), as real searches are. */
function queries(count: number, seed: number, filtered: boolean): SearchQuery[] {
  const draw = fc.record({
    place: placeArbitrary(places),
    age: fc.integer({ min: 14, max: 70 }),
    language: fc.constantFrom("ar", "uk", "fa", "tr", "ru", "ti"),
  });
  return fc.sample(draw, { seed, numRuns: count }).map(({ place, age, language }) => {
    const query: SearchQuery = {
      point: { lat: place.lat, lon: place.lon },
      ags: place.ags,
      radiusKm: 25,
      now: NOW,
    };
    if (filtered) {
      query.age = age;
      query.languages = [language];
    }
    return query;
  });
}

/** The goals on a 2-core machine, checked against what this run measured. */
const goals: Array<{ goal: string; measured: string; met: boolean }> = [];

const buildRows: string[][] = [];
const searchRows: string[][] = [];
const onlineRows: string[][] = [];
const validationRows: string[][] = [];
for (const size of SIZES) {
  const started = performance.now();
  const dataset: Dataset = variedDataset({ seed: 1, count: size, places });
  const generated = performance.now() - started;

  const build = measure(() => createIndex(dataset), size >= 100_000 ? 10 : 50, 3);
  buildRows.push([
    `${size.toLocaleString("en")} offices`,
    formatMs(generated),
    formatMs(build.p50),
    formatMs(build.p99),
  ]);

  if (size === 10_000) {
    goals.push({ goal: "index 10k offices ≤ 50 ms", measured: formatMs(build.p50), met: build.p50 <= 50 });
  }

  const index = createIndex(dataset);
  for (const filtered of [false, true]) {
    const list = queries(1_000, size + (filtered ? 1 : 0), filtered);
    // Like with like: the scan lists no online services, so the search measured here lists none either
    // (with thousands of them, building each one's result is most of a search; a page of them is
    // `onlineLimit`, measured in its own row below).
    const fast = measure(
      (i) => search(index, { ...list[i % list.length]!, includeOnline: false }),
      2_000,
      200,
    );
    const scanRuns = size >= 100_000 ? 200 : 1_000;
    const scan = measure((i) => searchByScan(dataset, list[i % list.length]!), scanRuns, 20);
    const hits = list.slice(0, 200).reduce((sum, query) => sum + search(index, query).total, 0) / 200;
    searchRows.push([
      `${size.toLocaleString("en")} ${filtered ? "age+language" : "25 km only"}`,
      hits.toFixed(0),
      formatMs(fast.p50),
      formatMs(fast.p99),
      formatMs(scan.p50),
      formatMs(scan.p99),
      `${(scan.p50 / fast.p50).toFixed(0)}×`,
    ]);
    if (!filtered) {
      const paged = measure((i) => search(index, { ...list[i % list.length]!, onlineLimit: 20 }), 2_000, 200);
      const all = measure((i) => search(index, list[i % list.length]!), 2_000, 200);
      onlineRows.push([
        size.toLocaleString("en"),
        String(index.online.length),
        formatMs(paged.p50),
        formatMs(all.p50),
      ]);
    }
    if (size === 100_000 && !filtered) {
      goals.push({ goal: "search 100k p50 ≤ 2 ms", measured: formatMs(fast.p50), met: fast.p50 <= 2 });
      const ratio = scan.p50 / fast.p50;
      goals.push({ goal: "search 100k ≥ 10× the scan", measured: `${ratio.toFixed(0)}×`, met: ratio >= 10 });
    }
  }

  // The browser's path (parseDataset: Zod's own parse) and Node's (@beratungsfinder/schemas/compiled,
  // a compiled fast path of the same schema), with `shareInput` as the CLI's validate, import, export
  // and publish call it: the offices are already in output form, so none is copied.
  const json = JSON.parse(JSON.stringify(dataset)) as unknown;
  const runs = size >= 100_000 ? 3 : 10;
  const schemaRun = measure(() => parseDataset(json), runs, 1);
  const compiledRun = measure(() => parseCompiled(json), runs, 1);
  const cliRun = measure(() => parseCompiled(json, { shareInput: true }), runs, 1);
  for (const [path, timing] of [
    ["parseDataset", schemaRun],
    ["compiled (Node)", compiledRun],
    ["compiled, shareInput (CLI)", cliRun],
  ] as const) {
    validationRows.push([
      `${size.toLocaleString("en")} offices, ${path}`,
      formatMs(timing.p50),
      `${Math.round(size / (timing.p50 / 1000)).toLocaleString("en")} offices/s`,
    ]);
  }
  if (size === 10_000) {
    const met = cliRun.p50 <= 150;
    goals.push({
      goal: "validate 10k offices (publish, validate) ≤ 150 ms",
      measured: formatMs(cliRun.p50),
      met,
    });
  }
}

// Postcodes, shouted names and plain names of places drawn at random.
const geocodeQueries = fc
  .sample(fc.tuple(fc.constantFrom(...places), fc.nat(2)), { seed: 99, numRuns: 500 })
  .map(([place, form]) =>
    form === 0 && place.postalCode ? place.postalCode : form === 1 ? place.name.toUpperCase() : place.name,
  );
const geocode = measure((i) => geocoder.geocode(geocodeQueries[i % geocodeQueries.length]!), 5_000, 500);
const suggest = measure(
  (i) => geocoder.suggest(geocodeQueries[i % geocodeQueries.length]!.slice(0, 3)),
  5_000,
  500,
);

console.log("Index build (createIndex)");
console.log(table(["dataset", "generate", "build p50", "build p99"], buildRows));
console.log(
  "\nSearch: spatial index vs naive scan-and-sort (queries at places weighted by population, limit 20)",
);
console.log(
  table(["query", "avg hits", "search p50", "search p99", "scan p50", "scan p99", "speed-up"], searchRows),
);
console.log(
  "\nSearch with the online services (25 km, limit 20): the first 20 of them (onlineLimit) or all of them",
);
console.log(table(["dataset", "online offices", "onlineLimit 20 p50", "all online p50"], onlineRows));
console.log(
  "\nValidation (parseDataset; compiled: @beratungsfinder/schemas/compiled; the CLI passes shareInput)",
);
console.log(table(["dataset", "p50", "throughput"], validationRows));
console.log("\nGeocoding (PLZ, names, upper-case names)");
console.log(
  table(
    ["lookup", "p50", "p99"],
    [
      ["geocode", formatMs(geocode.p50), formatMs(geocode.p99)],
      ["suggest (3 characters)", formatMs(suggest.p50), formatMs(suggest.p99)],
    ],
  ),
);

console.log("\nGoals");
console.log(
  table(
    ["goal", "measured", "met"],
    goals.map(({ goal, measured, met }) => [goal, measured, met ? "yes" : "NO"]),
  ),
);

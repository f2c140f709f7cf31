/**
 * Only the validation row of `bench/run.ts`: parseDataset on the same 10,000 varied offices, timed
 * with the same `measure()` (10 runs after one warm-up). Quicker than the whole benchmark.
 */
import { parseDataset } from "@beratungsfinder/schemas";
import { loadGeocoderFromDisk } from "../src/node/geodata.js";
import { variedDataset } from "../test/varied-dataset.js";
import { formatMs, measure } from "./measure.js";

const count = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 10);
const { places } = await loadGeocoderFromDisk();
const json = JSON.parse(JSON.stringify(variedDataset({ seed: 1, count, places }))) as unknown;
const validation = measure(() => parseDataset(json), runs, 1);
console.log(
  `parseDataset ${count.toLocaleString("en")} offices: p50 ${formatMs(validation.p50)}, p99 ${formatMs(validation.p99)}, mean ${formatMs(validation.mean)}`,
);

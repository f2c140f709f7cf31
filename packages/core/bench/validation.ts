/**
 * Only the validation rows of `bench/run.ts`: parseDataset (Zod's own parse, the browser's path) and
 * the compiled one of @beratungsfinder/schemas/compiled, with and without `shareInput` (the CLI's
 * validate, import, export and publish pass it) on the same 10,000 varied offices,
 * timed with the same `measure()` (10 runs after one warm-up). Seconds instead of the whole bench's minutes.
 */
import { parseDataset } from "@beratungsfinder/schemas";
import { parseDataset as parseCompiled } from "@beratungsfinder/schemas/compiled";
import { loadGeocoderFromDisk } from "../src/node/geodata.js";
import { variedDataset } from "../test/varied-dataset.js";
import { formatMs, measure } from "./measure.js";

const count = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 10);
const { places } = await loadGeocoderFromDisk();
const json = JSON.parse(JSON.stringify(variedDataset({ seed: 1, count, places }))) as unknown;
for (const [name, parse] of [
  ["parseDataset", parseDataset],
  ["compiled", parseCompiled],
  ["compiled, shareInput (CLI)", (input: unknown) => parseCompiled(input, { shareInput: true })],
] as const) {
  const timing = measure(() => parse(json), runs, 1);
  console.log(
    `${name} ${count.toLocaleString("en")} offices: p50 ${formatMs(timing.p50)}, p99 ${formatMs(timing.p99)}, mean ${formatMs(timing.mean)}`,
  );
}

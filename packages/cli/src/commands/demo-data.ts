import type { CommandSpec } from "../command.js";
import { EXIT_OK } from "../command.js";
import { generateDemoDataset } from "../demo/generate-demo-dataset.js";
import { writeJsonFile } from "../files/json-file.js";
import { numberOption, requiredOption } from "../option-values.js";
import { count } from "../terminal-style.js";

export const demoDataCommand: CommandSpec = {
  name: "demo-data",
  summary: "Write the fictional demo dataset (real places, invented offices)",
  arguments: [],
  options: {
    out: { type: "string", value: "file", description: "Where to write the dataset (required)" },
    seed: {
      type: "string",
      value: "n",
      description: "Random seed; the same seed gives the same data (default 1)",
    },
    count: {
      type: "string",
      value: "n",
      description: "Number of MBE and JMD offices (default 1890: 1400 MBE, 490 JMD)",
    },
  },
  description: [
    "Generates a deterministic dataset of fictional MBE and JMD offices spread over real municipalities",
    "by population, a fictional Faire Mobilität office in each of the 15 cities of its real offices, all",
    "marked fictional: true, plus the real online services. For demos and benchmarks.",
    "",
    'JSON output: { "out", "offices", "providers", "seed" }',
  ].join("\n"),
  examples: [
    "beratungsfinder demo-data --out demo.json",
    "beratungsfinder demo-data --out small.json --count 100 --seed 7",
  ],
  async run(input, context) {
    const outArgument = requiredOption(input, "out", "demo.json");
    const out = context.path(outArgument);
    const seed = numberOption(input, "seed", { integer: true, example: "7" }) ?? 1;
    const requested = numberOption(input, "count", { min: 0, max: 1_000_000, integer: true, example: "100" });
    const progress = context.progress();
    let offices: number;
    let providers: number;
    try {
      progress.update(0, 3, "loading places");
      const geocoder = await context.geocoder();
      progress.update(1, 3, "generating offices");
      const dataset = generateDemoDataset({
        seed,
        places: geocoder.places,
        ...(requested === undefined ? {} : { count: requested }),
      });
      progress.update(2, 3, `writing ${out}`);
      await writeJsonFile(out, dataset);
      offices = dataset.offices.length;
      providers = dataset.providers.length;
    } finally {
      progress.finish();
    }
    if (context.json) {
      context.print(JSON.stringify({ out, offices, providers, seed }, null, 2));
    } else {
      context.print(
        `Wrote ${count(offices, "fictional office")} of ${count(providers, "provider")} (seed ${seed}) to ${out}`,
      );
      context.print(`Try: beratungsfinder search ${outArgument} --near Köln`);
    }
    return EXIT_OK;
  },
};

import type { CommandSpec } from "../command.js";
import { notAvailable } from "../not-available.js";

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
      description: "Number of offices (default 1,890: 1,400 MBE, 490 JMD)",
    },
  },
  description: [
    "Generates a deterministic dataset of fictional MBE and JMD offices spread over real municipalities",
    "by population, marked fictional: true, plus the real online services. For demos and benchmarks.",
  ].join("\n"),
  examples: [
    "beratungsfinder demo-data --out demo.json",
    "beratungsfinder demo-data --out small.json --count 100 --seed 7",
  ],
  async run(_input, context) {
    return notAvailable(context, "demo-data", "the geocoder's place list (loadGeocoderFromDisk)");
  },
};

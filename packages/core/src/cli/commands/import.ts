import type { CommandSpec } from "../command.js";
import { notAvailable } from "../not-available.js";

export const importCommand: CommandSpec = {
  name: "import",
  summary: "Convert HSDS or a CSV spreadsheet into a Beratungsfinder dataset",
  arguments: ["<file>"],
  options: {
    from: { type: "string", value: "hsds|csv", description: "Input format (required)" },
    out: { type: "string", value: "dataset.json", description: "Where to write the dataset (required)" },
  },
  description: [
    "Reads HSDS 3.0 (JSON, or a tabular package folder) or the office CSV template, fills missing",
    "coordinates from the postcode, and writes a dataset. Problems are listed with their path or CSV line;",
    "the valid offices are still written, and the exit code is 1 so scripts notice.",
  ].join("\n"),
  examples: [
    "beratungsfinder import offices.csv --from csv --out offices.json",
    "beratungsfinder import hsds-export/ --from hsds --out offices.json",
  ],
  async run(_input, context) {
    return notAvailable(context, "import", "the HSDS and CSV converters");
  },
};

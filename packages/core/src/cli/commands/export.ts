import type { CommandSpec } from "../command.js";
import { notAvailable } from "../not-available.js";

export const exportCommand: CommandSpec = {
  name: "export",
  summary: "Convert a Beratungsfinder dataset to HSDS 3.0",
  arguments: ["<dataset.json>"],
  options: {
    to: {
      type: "string",
      value: "hsds|hsds-csv",
      description: "HSDS JSON, or an HSDS tabular package (required)",
    },
    out: { type: "string", value: "path", description: "Output file (hsds) or folder (hsds-csv) (required)" },
  },
  description: [
    "Writes the dataset as HSDS 3.0: --to hsds gives one JSON file, --to hsds-csv a CSV Tabular Data",
    "Package folder with datapackage.json. Invalid offices are left out and listed.",
  ].join("\n"),
  examples: [
    "beratungsfinder export offices.json --to hsds --out offices.hsds.json",
    "beratungsfinder export offices.json --to hsds-csv --out hsds/",
  ],
  async run(_input, context) {
    return notAvailable(context, "export", "the HSDS converter (toHsds)");
  },
};

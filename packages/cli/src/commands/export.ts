import { join } from "node:path";
import { DatasetValidationError } from "@beratungsfinder/core";
import { toHsds, toHsdsTables } from "@beratungsfinder/core/convert";
import { SchemaError } from "@beratungsfinder/schemas";
import { parseDataset } from "@beratungsfinder/schemas/compiled";
import type { CommandSpec } from "../command.js";
import { EXIT_INVALID, EXIT_OK, usageError } from "../command.js";
import { readJsonFile, writeTextFile } from "../files/json-file.js";
import { FORCE_OPTION, refuseOverwritingInput } from "../files/overwrite-guard.js";
import { formatIssues } from "../issue-list.js";
import { choiceOption, requiredOption } from "../option-values.js";
import { count } from "../terminal-style.js";

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
    force: FORCE_OPTION,
  },
  description: [
    "Writes the dataset as HSDS 3.0: --to hsds gives one JSON file (an array of organizations with their",
    "services and locations), --to hsds-csv a CSV Tabular Data Package folder with datapackage.json.",
    "Invalid offices are left out and listed, and the exit code is then 1. An --out that is the input",
    "(or a folder holding it under a table's name) is refused unless --force is given.",
    "",
    'JSON output: { "out", "format", "offices", "invalid", "files", "issues" }',
  ].join("\n"),
  examples: [
    "beratungsfinder export offices.json --to hsds --out offices.hsds.json",
    "beratungsfinder export offices.json --to hsds-csv --out hsds/",
  ],
  async run(input, context) {
    const argument = input.positionals[0]!;
    const to = choiceOption(input, "to", ["hsds", "hsds-csv"] as const);
    if (!to) throw usageError("Missing option --to: expected `--to hsds` or `--to hsds-csv`.");
    const out = context.path(requiredOption(input, "out", to === "hsds" ? "offices.hsds.json" : "hsds/"));

    const path = context.path(argument);
    const json = await readJsonFile(path);
    let parsed: ReturnType<typeof parseDataset>;
    try {
      // `json` was just read from the file and is not used again.
      parsed = parseDataset(json, { shareInput: true });
    } catch (error) {
      if (!(error instanceof SchemaError)) throw error;
      throw new DatasetValidationError(
        error.code,
        `"${argument}" cannot be exported: ${error.message}`,
        error.issues,
        {
          cause: error,
        },
      );
    }
    const { dataset, invalid } = parsed;
    // Everything is converted before the first write, so a refusal leaves no half-written output.
    const contents: [string, string][] =
      to === "hsds"
        ? [[out, `${JSON.stringify(toHsds(dataset), null, 2)}\n`]]
        : Object.entries(toHsdsTables(dataset)).map(([name, content]) => [join(out, name), content]);
    const files = contents.map(([file]) => file);
    await refuseOverwritingInput(path, to === "hsds" ? files : [out, ...files], {
      input: argument,
      out: String(input.options.out),
      force: input.options.force === true,
    });
    for (const [file, content] of contents) await writeTextFile(file, content);
    const issues = invalid.flatMap((office) =>
      office.issues.map((issue) => ({ ...issue, officeId: office.id ?? null })),
    );
    const status = invalid.length > 0 ? EXIT_INVALID : EXIT_OK;
    if (context.json) {
      const report = {
        out,
        format: to,
        offices: dataset.offices.length,
        invalid: invalid.length,
        files,
        issues,
      };
      context.print(JSON.stringify(report, null, 2));
      return status;
    }
    const { style } = context;
    const where = to === "hsds" ? out : `${out} (${files.length} files)`;
    context.print(`Exported ${style.bold(count(dataset.offices.length, "office"))} as HSDS 3.0 to ${where}`);
    if (invalid.length > 0) {
      context.print(style.red(`${count(invalid.length, "invalid office")} left out:`));
      for (const line of formatIssues(issues, style)) context.print(line);
      context.print(`Fix them and run \`beratungsfinder validate ${argument}\` to check.`);
    }
    return status;
  },
};

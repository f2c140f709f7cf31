import { extname } from "node:path";
import type { CommandContext, CommandSpec } from "../command.js";
import { type PublishReport, publish } from "../files/publish.js";
import { detectInput } from "../input-format.js";
import { type ListedIssue, officeIssues, toJsonIssue } from "../issue-list.js";
import { requiredOption } from "../option-values.js";
import { count } from "../terminal-style.js";
import { ENCODING_OPTION, encodingLog } from "../text-input.js";
import { type Converted, DATASET_HEADER_OPTIONS, datasetHeader, readCsv, readHsdsFile } from "./import.js";
import { printWriteReport } from "./write-report.js";

/** What `publish --json` prints. */
export interface PublishJson {
  out: string;
  offices: number;
  regions: number;
  bytes: number;
  invalid: number;
  positioned: number;
  issues: ReturnType<typeof toJsonIssue>[];
  warnings: string[];
  /** The encoding each input file was read in, by path. */
  encodings: Record<string, string>;
}

export const publishCommand: CommandSpec = {
  name: "publish",
  summary: "Write a dataset as a static folder the widget loads piece by piece",
  arguments: ["<file>"],
  options: {
    out: { type: "string", value: "dir", description: "Folder to write (required)" },
    // Used for CSV and HSDS input; a dataset file keeps its own header.
    ...DATASET_HEADER_OPTIONS,
    encoding: ENCODING_OPTION,
  },
  description: [
    "Validates a dataset (ours, HSDS 3.0, or the office CSV template) with the full rules, fills in",
    "each office's missing municipality key (as import does: a postcode of several municipalities",
    "needs the city or the office's own position, else a warning) and, where missing, its position",
    "from the postcode (marked approximate), and writes a folder for any web server or CDN: manifest.json plus content-hashed",
    "index and details files per 2-digit postcode region (dense ones cut into pieces of nearby offices). Point the widget at it with",
    'src=".../manifest.json". Invalid offices are left out and listed; the exit code is then 1.',
    "The input's encoding is detected as by import; --encoding sets it.",
    "",
    'JSON output: { "out", "offices", "regions", "bytes", "invalid", "positioned", "issues", "warnings",',
    '"encodings" }',
  ].join("\n"),
  examples: [
    "beratungsfinder publish offices.json --out public/offices",
    "beratungsfinder publish offices.csv --out public/offices --license CC-BY-4.0",
  ],
  async run(input, context) {
    const argument = input.positionals[0]!;
    const out = context.path(requiredOption(input, "out", "public/offices"));
    const path = context.path(argument);
    const encodings = encodingLog(input, context);
    const progress = context.progress();
    let report: PublishReport;
    let readIssues: ListedIssue[] = [];
    let readWarnings: string[] = [];
    let readInvalid = 0;
    try {
      progress.update(0, 3, `reading ${argument}`);
      const purpose = "positions and municipality keys cannot be filled in";
      let dataset: unknown;
      if (extname(path).toLowerCase() === ".csv") {
        const converted = await readCsv(path, encodings.read);
        dataset = assemble(converted, input, argument, context);
        readIssues = converted.issues;
        readInvalid = converted.invalid;
      } else {
        const detected = await detectInput(path, encodings.read);
        if (detected.format === "dataset") dataset = detected.json;
        else {
          const converted = await readHsdsFile(path, argument, purpose, context, encodings.read);
          dataset = assemble(converted, input, argument, context);
          readWarnings = converted.warnings;
          readInvalid = converted.invalid;
        }
      }
      progress.update(1, 3, "checking offices");
      const geocoder = await context.optionalGeocoder(purpose);
      progress.update(2, 3, `writing ${out}`);
      report = await publish(dataset, { outDir: out, now: context.now(), ...(geocoder ? { geocoder } : {}) });
    } finally {
      progress.finish();
    }
    const issues: ListedIssue[] = [...readIssues, ...officeIssues(report.invalid)];
    const json: PublishJson = {
      out,
      offices: report.manifest.counts.offices,
      regions: report.manifest.counts.regions,
      bytes: report.bytes,
      invalid: readInvalid + report.invalid.length,
      positioned: report.positioned.length,
      issues: issues.map(toJsonIssue),
      warnings: [...readWarnings, ...report.warnings],
      encodings: encodings.encodings(),
    };
    return print(json, encodings.notes(), argument, context);
  },
};

function assemble(
  converted: Converted,
  input: Parameters<CommandSpec["run"]>[0],
  argument: string,
  context: CommandContext,
) {
  const header = datasetHeader(input, converted, argument, context.now());
  return { ...header, providers: converted.providers, offices: converted.offices };
}

function print(
  report: PublishJson,
  encodingNotes: string[],
  argument: string,
  context: CommandContext,
): number {
  const { style } = context;
  const size = `${(report.bytes / 1024).toFixed(1)} KiB`;
  const positioned = report.positioned;
  return printWriteReport(
    report,
    {
      summary: (skipped) =>
        `Published ${style.bold(count(report.offices, "office"))} in ${count(report.regions, "region")} to ${report.out} (${size})${skipped}`,
      notes: [
        ...encodingNotes,
        ...(positioned > 0
          ? [`Positions filled in from the postcode (approximate) for ${count(positioned, "office")}.`]
          : []),
      ],
      again: "publish again",
    },
    argument,
    context,
  );
}

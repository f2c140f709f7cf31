import { DatasetParseError, DatasetValidationError, TextEncodingError } from "@beratungsfinder/core";
import type { FromHsdsResult } from "@beratungsfinder/core/convert";
import { SchemaError } from "@beratungsfinder/schemas";
import { parseDataset } from "@beratungsfinder/schemas/compiled";
import type { CommandSpec } from "../command.js";
import { EXIT_INVALID, EXIT_OK } from "../command.js";
import { publishedManifestPath, readPublishedFolder } from "../files/published-folder.js";
import { readHsds } from "../hsds-input.js";
import { detectInput } from "../input-format.js";
import { formatIssues, formatWarnings, type JsonIssue, officeIssues, toJsonIssue } from "../issue-list.js";
import { count } from "../terminal-style.js";
import { ENCODING_OPTION, encodingLog } from "../text-input.js";

/** One problem in `--json` output; `officeId` is null when the problem is not inside an office with an id. */
export type ValidationIssue = JsonIssue;

/** What `validate --json` prints. */
export interface ValidationReport {
  valid: number;
  invalid: number;
  issues: ValidationIssue[];
  /** "unknown" when the file could not be read as either (not JSON, say). */
  format: "dataset" | "hsds" | "published" | "unknown";
  warnings: string[];
  /** The encoding each input file was read in, by path (`validate --json` only). */
  encodings?: Record<string, string>;
}

export const validateCommand: CommandSpec = {
  name: "validate",
  summary: "Check a dataset (ours or HSDS) and list every problem with its path",
  arguments: ["<file>"],
  options: { encoding: ENCODING_OPTION },
  description: [
    "Checks a Beratungsfinder dataset (JSON with schemaVersion) or HSDS 3.0 data (JSON objects, an array,",
    "or a tabular package folder / datapackage.json; detected automatically). Lists every problem with",
    "its path, e.g. offices[3].address.postalCode. Exits with 1 when any office is invalid. The encoding",
    "is detected as by import and named when it is not plain UTF-8; --encoding sets it.",
    "",
    'JSON output: { "valid": n, "invalid": n, "issues": [{ "code", "path", "message", "expected", "received",',
    '"officeId", "line" }], "format", "warnings", "encodings" } (docs/problems.md lists the codes)',
  ].join("\n"),
  examples: ["beratungsfinder validate offices.json", "beratungsfinder validate hsds-export/ --json"],
  async run(input, context) {
    const argument = input.positionals[0]!;
    const encodings = encodingLog(input, context);
    const progress = context.progress();
    progress.update(0, 2, `reading ${argument}`);
    let report: ValidationReport;
    try {
      const manifest = await publishedManifestPath(context.path(argument));
      if (manifest) {
        progress.update(1, 2, "checking files and offices");
        report = await validatePublished(manifest);
      } else {
        const detected = await detectInput(context.path(argument), encodings.read);
        progress.update(1, 2, "checking offices");
        if (detected.format === "dataset") {
          report = validateDataset(detected.json);
        } else {
          const geocoder = () =>
            context.optionalGeocoder("addresses without a state are reported as invalid");
          report = validateHsds(await readHsds(detected, geocoder, { now: context.now }, encodings.read));
        }
      }
    } catch (error) {
      // Unusable content is a validation result like any other; an unreadable path stays a usage error.
      if (
        !(
          error instanceof DatasetParseError ||
          error instanceof DatasetValidationError ||
          error instanceof TextEncodingError
        )
      ) {
        throw error;
      }
      report = unusable(error);
    } finally {
      progress.finish();
    }
    const failed = report.invalid > 0 || report.issues.length > 0;

    if (context.json) {
      context.print(JSON.stringify({ ...report, encodings: encodings.encodings() }, null, 2));
      return failed ? EXIT_INVALID : EXIT_OK;
    }
    const { style } = context;
    const format = {
      hsds: "HSDS 3.0",
      dataset: "Beratungsfinder dataset",
      published: "published folder",
      unknown: "unreadable",
    }[report.format];
    const counts = `${count(report.valid, "valid office")}, ${report.invalid} invalid`;
    context.print(`${style.bold(argument)} (${format}): ${failed ? style.red(counts) : style.green(counts)}`);
    for (const note of encodings.notes()) context.print(note);
    for (const line of formatWarnings(report.warnings, style)) context.print(line);
    if (!failed) return EXIT_OK;
    context.print("");
    for (const line of formatIssues(report.issues, style)) context.print(line);
    context.print("");
    context.print(
      report.format === "unknown"
        ? `Fix the file and run \`beratungsfinder validate ${argument}\` again.`
        : `Fix the fields above and run \`beratungsfinder validate ${argument}\` again; ` +
            "invalid offices are left out when the dataset is loaded.",
    );
    return EXIT_INVALID;
  },
};

/** Validates our dataset format record by record. */
export function validateDataset(json: unknown): ValidationReport {
  try {
    // Only counts and issues leave here, so the offices need not be copied.
    const { dataset, invalid, warnings } = parseDataset(json, { shareInput: true });
    return {
      valid: dataset.offices.length,
      invalid: invalid.length,
      issues: officeIssues(invalid).map(toJsonIssue),
      format: "dataset",
      warnings,
    };
  } catch (error) {
    if (!(error instanceof SchemaError)) throw error;
    return {
      valid: 0,
      invalid: 0,
      issues: error.issues.map(toJsonIssue),
      format: "dataset",
      warnings: [],
    };
  }
}

/**
 * Validates a published folder: every file against the manifest's hashes and its structure, then the
 * offices, reassembled from index and details, with the full dataset rules.
 */
async function validatePublished(manifestPath: string): Promise<ValidationReport> {
  const { dataset, issues } = await readPublishedFolder(manifestPath);
  const report = validateDataset(dataset);
  const fileIssues = issues.map(({ code, file, message }) => toJsonIssue({ code, path: file, message }));
  return { ...report, issues: [...fileIssues, ...report.issues], format: "published" };
}

/** A file that is not JSON, or HSDS the converter cannot use: one issue with its line when known. */
function unusable(error: DatasetParseError | DatasetValidationError | TextEncodingError): ValidationReport {
  const issues: ValidationIssue[] =
    error instanceof DatasetValidationError && error.issues.length > 0
      ? error.issues.map(toJsonIssue)
      : [
          {
            code: "unreadable",
            path: "",
            message: error.message,
            officeId: null,
            ...(!(error instanceof DatasetValidationError) && error.line !== undefined
              ? { line: error.line }
              : {}),
          },
        ];
  return {
    valid: 0,
    invalid: 0,
    issues,
    format: error instanceof DatasetValidationError && error.code === "INVALID_HSDS" ? "hsds" : "unknown",
    warnings: [],
  };
}

/**
 * Validates HSDS after conversion: paths point into the converted dataset (`offices[2].address…`),
 * and what HSDS holds that our model cannot comes first as warnings with their HSDS path.
 */
function validateHsds(converted: FromHsdsResult): ValidationReport {
  const report = validateDataset(converted.dataset);
  return {
    ...report,
    // Records the converter left out whole count as invalid; their warnings say why.
    invalid: report.invalid + converted.invalid,
    format: "hsds",
    warnings: [...converted.warnings, ...report.warnings],
  };
}

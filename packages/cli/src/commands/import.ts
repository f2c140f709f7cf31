import { basename, extname } from "node:path";
import { deriveMunicipalityKeys, type Geocoder } from "@beratungsfinder/core";
import { parseOfficeCsv } from "@beratungsfinder/core/convert";
import type { DatasetInput, Office, Provider } from "@beratungsfinder/schemas";
import { SCHEMA_VERSION, SchemaError } from "@beratungsfinder/schemas";
import { parseDataset } from "@beratungsfinder/schemas/compiled";
import type { CommandContext, CommandInput, CommandSpec } from "../command.js";
import { usageError } from "../command.js";
import { readTextFile, writeJsonFile } from "../files/json-file.js";
import { FORCE_OPTION, refuseOverwritingInput } from "../files/overwrite-guard.js";
import { fillCoordinates, type LocateAddress } from "../fill-coordinates.js";
import { readHsds } from "../hsds-input.js";
import { detectInput } from "../input-format.js";
import { type JsonIssue, type ListedIssue, officeIssues, toJsonIssue } from "../issue-list.js";
import { choiceOption, requiredOption } from "../option-values.js";
import { count } from "../terminal-style.js";
import { ENCODING_OPTION, encodingLog, type TextReadOptions } from "../text-input.js";
import { printWriteReport } from "./write-report.js";

/** What `import --json` prints. */
export interface ImportReport {
  out: string;
  /** Offices written. */
  offices: number;
  /** Rows or records left out because of problems. */
  invalid: number;
  coordinatesFilled: number;
  /**
   * Offices without a municipality key that got one from their postcode (or, for a postcode of several
   * municipalities, from their city or position); those left without one have a warning.
   */
  municipalityKeysDerived: number;
  /** Ids of offices whose postcode could not be located; they lack coordinates. */
  coordinatesMissing: string[];
  issues: JsonIssue[];
  warnings: string[];
  /** The encoding each input file was read in, by path: `{ "offices.csv": "windows-1252" }`. */
  encodings: Record<string, string>;
}

/** Offices and providers read from an input format, with the problems found on the way. */
export interface Converted {
  offices: Office[];
  providers: Provider[];
  issues: ListedIssue[];
  invalid: number;
  warnings: string[];
  header: Partial<Pick<DatasetInput, "name" | "publisher" | "license" | "attribution">>;
}

/** The dataset's header for CSV and HSDS input, which carry none of their own (import, publish). */
export const DATASET_HEADER_OPTIONS: CommandSpec["options"] = {
  name: { type: "string", value: "text", description: "Dataset name (default: from the input)" },
  publisher: {
    type: "string",
    value: "text",
    description: "Who publishes the data (default: the provider)",
  },
  license: { type: "string", value: "id", description: 'Licence of the data, e.g. "CC-BY-4.0"' },
};

export const importCommand: CommandSpec = {
  name: "import",
  summary: "Convert HSDS or a CSV spreadsheet into a Beratungsfinder dataset",
  arguments: ["<file>"],
  options: {
    from: { type: "string", value: "hsds|csv", description: "Input format (required)" },
    out: { type: "string", value: "dataset.json", description: "Where to write the dataset (required)" },
    ...DATASET_HEADER_OPTIONS,
    encoding: ENCODING_OPTION,
    force: FORCE_OPTION,
  },
  description: [
    "Reads the office CSV template (docs/csv-template.md) or HSDS 3.0 (JSON, or a tabular package",
    "folder) and writes a dataset, giving offices without coordinates those of their postcode and offices",
    "without a municipality key (AGS) that of their postcode; a postcode of several municipalities is",
    "decided by the address's city or the office's own lat and lon, else it gets none and a warning.",
    "Problems are listed with their CSV line or path; the valid offices are still written, and the exit",
    "code is 1 so scripts notice, also for HSDS records left out whole (what is left out of an office",
    "that is kept, such as an address outside Germany, is a warning only). An --out that is the input",
    "(or a file in an input folder) is refused unless --force is given. The encoding is detected (UTF-8",
    "with or without byte order mark, UTF-16 by its byte order mark, else windows-1252) and named when",
    "it is not plain UTF-8; --encoding sets it.",
    "",
    'JSON output: { "out", "offices", "invalid", "coordinatesFilled", "municipalityKeysDerived",',
    '"coordinatesMissing", "issues", "warnings", "encodings" }',
  ].join("\n"),
  examples: [
    "beratungsfinder import offices.csv --from csv --out offices.json --license CC-BY-4.0",
    "beratungsfinder import hsds-export/ --from hsds --out offices.json",
  ],
  async run(input, context) {
    const argument = input.positionals[0]!;
    const from = choiceOption(input, "from", ["hsds", "csv"] as const);
    if (!from) throw usageError("Missing option --from: expected `--from csv` or `--from hsds`.");
    const out = context.path(requiredOption(input, "out", "offices.json"));
    const path = context.path(argument);
    const encodings = encodingLog(input, context);
    await refuseOverwritingInput(path, [out], {
      input: argument,
      out: String(input.options.out),
      force: input.options.force === true,
    });
    const progress = context.progress();
    let report: ImportReport;
    try {
      progress.update(0, 3, `reading ${argument}`);
      const purpose = "coordinates, municipality keys and missing states cannot be filled in";
      const converted =
        from === "csv"
          ? await readCsv(path, encodings.read)
          : await readHsdsFile(path, argument, purpose, context, encodings.read);
      const geocoder = await context.optionalGeocoder(purpose);
      progress.update(1, 3, "filling coordinates");
      const locate = geocoder ? addressLocator(geocoder) : undefined;
      const warnings: string[] = [...converted.warnings];
      let offices = converted.offices;
      let filled: string[] = [];
      let missing: string[] = [];
      let keysDerived = 0;
      if (geocoder) {
        // Before coordinates are filled in: only an office's own position decides between municipalities.
        const keyed = deriveMunicipalityKeys(offices, geocoder);
        ({ offices } = keyed);
        keysDerived = keyed.derived.length;
        warnings.push(...keyed.warnings);
      }
      if (locate) {
        ({ offices, filled, missing } = fillCoordinates(offices, locate, (done, total) =>
          progress.update(1 + done / Math.max(total, 1), 3, "filling coordinates"),
        ));
      }
      for (const id of missing) {
        warnings.push(
          `Office "${id}": no coordinates found for its postcode; check the postal_code or add lat and lon.`,
        );
      }
      progress.update(2, 3, "checking offices");
      const header = datasetHeader(input, converted, argument, context.now());
      const dataset = checkDataset({ ...header, providers: converted.providers, offices });
      progress.update(3, 3, `writing ${out}`);
      await writeJsonFile(out, dataset.dataset);
      report = {
        out,
        offices: dataset.dataset.offices.length,
        invalid: converted.invalid + dataset.invalid,
        coordinatesFilled: filled.length,
        municipalityKeysDerived: keysDerived,
        coordinatesMissing: missing,
        issues: [...converted.issues, ...dataset.issues].map(toJsonIssue),
        warnings: [...warnings, ...dataset.warnings],
        encodings: encodings.encodings(),
      };
    } finally {
      progress.finish();
    }
    return printReport(report, encodings.notes(), argument, context);
  },
};

export async function readHsdsFile(
  path: string,
  argument: string,
  purpose: string,
  context: CommandContext,
  read: TextReadOptions = {},
): Promise<Converted> {
  const detected = await detectInput(path, read);
  if (detected.format === "dataset") {
    throw usageError(
      `"${argument}" is already a Beratungsfinder dataset (it has "schemaVersion"); ` +
        `check it with \`beratungsfinder validate ${argument}\` instead.`,
    );
  }
  const { dataset, warnings, invalid } = await readHsds(
    detected,
    () => context.optionalGeocoder(purpose),
    { now: context.now },
    read,
  );
  return {
    offices: dataset.offices,
    providers: dataset.providers,
    issues: [],
    // Records the converter left out whole; their warnings say why.
    invalid,
    warnings,
    header: {
      name: dataset.name,
      publisher: dataset.publisher,
      license: dataset.license,
      ...(dataset.attribution ? { attribution: dataset.attribution } : {}),
    },
  };
}

export async function readCsv(path: string, read: TextReadOptions = {}): Promise<Converted> {
  const text = await readTextFile(path, read);
  // A file of which no row can be read throws INVALID_CSV, with the header row's issues.
  const { value, issues } = parseOfficeCsv(text);
  return {
    ...value,
    // The issue shape, without the CSV reader's own field and column (the path names both).
    issues: issues.map(({ field: _field, column: _column, ...issue }) => issue),
    invalid: new Set(issues.map((issue) => issue.line)).size,
    warnings: [],
    header: {},
  };
}

/** The postcode's centre, or else the centre of the place with the address's city name. */
function addressLocator(geocoder: Geocoder): LocateAddress {
  return ({ postalCode, city }) =>
    geocoder.geocode(postalCode).find((match) => match.kind === "postcode" && !match.approximate) ??
    geocoder.geocode(city).find((match) => match.kind === "place");
}

export function datasetHeader(input: CommandInput, converted: Converted, argument: string, now: Date) {
  const option = (name: string) => {
    const value = input.options[name];
    return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
  };
  const onlyProvider = converted.providers.length === 1 ? converted.providers[0]?.name : undefined;
  const publisherName =
    option("publisher") ?? converted.header.publisher?.name ?? onlyProvider ?? "Unknown publisher";
  return {
    schemaVersion: SCHEMA_VERSION,
    name: option("name") ?? converted.header.name ?? basename(argument, extname(argument)),
    publisher: { ...converted.header.publisher, name: publisherName },
    license: option("license") ?? converted.header.license ?? "unknown",
    ...(converted.header.attribution ? { attribution: converted.header.attribution } : {}),
    generatedAt: now.toISOString(),
  };
}

/** Runs the dataset rules across records (unique ids, known providers) over the imported offices. */
function checkDataset(input: unknown) {
  try {
    // `input` is built above for this check alone.
    const { dataset, invalid, warnings } = parseDataset(input, { shareInput: true });
    const issues = officeIssues(invalid);
    return { dataset, invalid: invalid.length, issues, warnings };
  } catch (error) {
    // The header is built here, so only a bad --name/--publisher/--license can break the top level.
    if (error instanceof SchemaError) throw usageError(error.message);
    throw error;
  }
}

function printReport(
  report: ImportReport,
  encodingNotes: string[],
  argument: string,
  context: CommandContext,
): number {
  const { style } = context;
  const filled = report.coordinatesFilled;
  const derived = report.municipalityKeysDerived;
  return printWriteReport(
    report,
    {
      summary: (skipped) => `Wrote ${style.bold(count(report.offices, "office"))} to ${report.out}${skipped}`,
      notes: [
        ...encodingNotes,
        ...(filled > 0 ? [`Coordinates filled from the postcode for ${count(filled, "office")}.`] : []),
        ...(derived > 0
          ? [`Municipality keys (AGS) derived from the postcode for ${count(derived, "office")}.`]
          : []),
      ],
      again: "run the import again",
    },
    argument,
    context,
  );
}

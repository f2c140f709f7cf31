import * as z from "zod/mini";
import { crossRecordIssues, type Dataset, datasetHeaderShape, SCHEMA_VERSION } from "./dataset.js";
import { parseWithoutBadOptionalFields } from "./internal/optional-fields.js";
import { describeValue, expectedIssue, type ReadableIssue, toReadableIssues } from "./issues.js";
import { type Office, OfficeSchema } from "./office.js";
import { type Provider, ProviderSchema } from "./provider.js";
import type { Result } from "./result.js";
import { DatasetShapeError, SchemaVersionError } from "./schema-error.js";
import { collectUnknownFields, unknownFieldWarnings } from "./unknown-fields.js";
import { isFreeOfCharge } from "./vocabulary/services.js";

/** An office left out of the dataset, with everything wrong with it. */
export interface InvalidOffice {
  index: number;
  id?: string;
  issues: ReadableIssue[];
}

/**
 * The dataset with only its valid offices (`value`), every issue of the offices left out (`issues`, in
 * their order; their paths start with `offices[n]`), the same grouped by office (`invalid`), and the
 * warnings.
 */
export interface DatasetParseResult extends Result<Dataset> {
  /** @deprecated The same object as `value`; kept for 0.x callers. */
  dataset: Dataset;
  invalid: InvalidOffice[];
}

export interface ParseDatasetOptions {
  /** Throw a `DatasetShapeError` on the first invalid office or provider instead of leaving it out. */
  strict?: boolean;
}

export type ParseOfficeResult =
  | { success: true; office: Office }
  | { success: false; issues: ReadableIssue[] };

export type ParseProviderResult =
  | { success: true; provider: Provider; dropped: ReadableIssue[] }
  | { success: false; issues: ReadableIssue[] };

const HeaderSchema = z.object({
  ...datasetHeaderShape,
  providers: z.array(z.unknown()),
  offices: z.array(z.unknown()),
});

// Created once: `safeParse` copies the context, so sharing it between calls is safe.
const PARSE_CONTEXT = { reportInput: true };
const VERSION = /^(\d+)\.(\d+)$/;
const [SUPPORTED_MAJOR, SUPPORTED_MINOR] = SCHEMA_VERSION.split(".").map(Number) as [number, number];

/**
 * Validates one office. `basePath` prefixes every issue path (`offices[12]`).
 *
 * @example
 * const result = parseOffice(json);
 * if (!result.success) console.log(result.issues.map((i) => `${i.path}: ${i.message}`));
 */
export function parseOffice(input: unknown, basePath = ""): ParseOfficeResult {
  const result = z.safeParse(OfficeSchema, input, PARSE_CONTEXT);
  if (result.success) return { success: true, office: result.data };
  return { success: false, issues: toReadableIssues(result.error.issues, basePath) };
}

/**
 * Validates one provider. A bad optional field (`website`) is left out and listed in `dropped`
 * instead of costing the provider: its offices hang on it.
 *
 * @example
 * const result = parseProvider({ id: "caritas-koeln", name: "Caritas Köln", umbrella: "caritas", website: "www.caritas.de" });
 * // { success: true, provider: { id: "caritas-koeln", … }, dropped: [{ path: "website", message: "expected an http or https URL …" }] }
 */
export function parseProvider(input: unknown, basePath = ""): ParseProviderResult {
  const result = parseWithoutBadOptionalFields(ProviderSchema, input, basePath);
  return result.success
    ? { success: true, provider: result.data, dropped: result.dropped }
    : { success: false, issues: result.issues };
}

/**
 * Validates a dataset record by record: broken offices are listed in `invalid` with their issues and
 * never hide the valid ones. Throws `SchemaVersionError` for another major version and
 * `DatasetShapeError` when the top level is unusable (or, with `strict`, on the first invalid record).
 *
 * @example
 * const { dataset, invalid, warnings } = parseDataset(await response.json());
 */
export function parseDataset(input: unknown, options: ParseDatasetOptions = {}): DatasetParseResult {
  return runSteps(parseDatasetSteps(input, options));
}

/** @internal Runs `parseDatasetSteps` to its end without pausing: its result. */
export function runSteps(steps: Generator<void, DatasetParseResult, undefined>): DatasetParseResult {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * `parseDataset` as a generator that yields after each provider and office and returns the same result
 * (or throws the same errors): a caller can pause between records, as core's `loadDataset` does in
 * the browser so that a large dataset never blocks the page for long.
 *
 * @example
 * const steps = parseDatasetSteps(json);
 * let step = steps.next();
 * while (!step.done) step = steps.next(); // or pause now and then
 * const { dataset, invalid } = step.value;
 */
export function parseDatasetSteps(
  input: unknown,
  options?: ParseDatasetOptions,
): Generator<void, DatasetParseResult, undefined>;
/**
 * @internal With the office schema to check each office by: `compiled.ts` passes a compiled clone of
 * `OfficeSchema` (its `safeParse` falls back to the schema on any failure, so it answers the same).
 * `validOffice`, when given, answers for an office the schema accepts with its output, and with
 * undefined for any other (which the schema then parses for its issues): `compiled.ts` passes one that
 * reuses what is already in output form. An office that is its own output has no unknown field to look for.
 */
export function parseDatasetSteps(
  input: unknown,
  options: ParseDatasetOptions | undefined,
  officeSchema: typeof OfficeSchema,
  validOffice?: (raw: unknown) => Office | undefined,
): Generator<void, DatasetParseResult, undefined>;
export function* parseDatasetSteps(
  input: unknown,
  options: ParseDatasetOptions = {},
  officeSchema = OfficeSchema,
  validOffice?: (raw: unknown) => Office | undefined,
): Generator<void, DatasetParseResult, undefined> {
  const warnings: string[] = [];
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new DatasetShapeError("The dataset cannot be used", [
      expectedIssue(
        "not_a_dataset",
        "",
        'a dataset object with "schemaVersion" and "offices"',
        describeValue(input),
      ),
    ]);
  }
  const version = (input as { schemaVersion?: unknown }).schemaVersion;
  const match = typeof version === "string" ? VERSION.exec(version) : null;
  let newerMinor = false;
  if (match) {
    const major = Number(match[1]);
    const minor = Number(match[2]);
    if (major !== SUPPORTED_MAJOR) throw new SchemaVersionError(version as string, SCHEMA_VERSION);
    if (minor > SUPPORTED_MINOR) {
      newerMinor = true;
      warnings.push(
        `The dataset uses schema version ${version}, newer than ${SCHEMA_VERSION} which this library reads: ` +
          "fields added since then are ignored. Update @beratungsfinder/schemas to use them.",
      );
    }
  }

  const header = parseWithoutBadOptionalFields(HeaderSchema, input);
  if (!header.success) throw new DatasetShapeError("The dataset cannot be used", header.issues);
  if (options.strict && header.dropped.length > 0) {
    throw new DatasetShapeError("The dataset header is invalid", header.dropped);
  }
  warnings.push(...header.dropped.map(droppedField));
  const { providers: rawProviders, offices: rawOffices, ...rest } = header.data;

  // Fields a newer minor version added are expected (one warning above); otherwise an unknown field
  // is most likely a typo that would silently drop data. Collected in the same pass as validation.
  const unknown: string[] | undefined = newerMinor ? undefined : [];
  if (unknown) collectUnknownFields(HeaderSchema, input, [], unknown);

  const providers: Provider[] = [];
  for (let index = 0; index < rawProviders.length; index++) {
    yield;
    const raw = rawProviders[index];
    if (unknown) collectUnknownFields(ProviderSchema, raw, ["providers", index], unknown);
    const result = parseProvider(raw, `providers[${index}]`);
    const issues = result.success ? result.dropped : result.issues;
    if (options.strict && issues.length > 0) {
      throw new DatasetShapeError(`providers[${index}] is invalid`, issues);
    }
    if (result.success) {
      warnings.push(...result.dropped.map(droppedField));
      providers.push(result.provider);
      continue;
    }
    warnings.push(
      `providers[${index}] is left out, so its offices are too: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`,
    );
  }

  // One pass: a single safeParse per office (its issue paths built only when it fails) and the
  // unknown-field walk, reusing one path array.
  const parsed: (Office | undefined)[] = [];
  const problems = new Map<number, ReadableIssue[]>();
  const officePath: (string | number)[] = ["offices", 0];
  for (let index = 0; index < rawOffices.length; index++) {
    yield;
    const raw = rawOffices[index];
    const valid = validOffice?.(raw);
    if (valid !== undefined && valid === raw) {
      parsed.push(valid);
      continue;
    }
    if (valid !== undefined) parsed.push(valid);
    else {
      const result = officeSchema.safeParse(raw, PARSE_CONTEXT);
      parsed.push(result.success ? result.data : undefined);
      if (!result.success) problems.set(index, toReadableIssues(result.error.issues, `offices[${index}]`));
    }
    if (unknown) {
      officePath[1] = index;
      collectUnknownFields(OfficeSchema, raw, officePath, unknown);
    }
  }
  for (const { at, ...readable } of crossRecordIssues(providers, parsed)) {
    const [collection, index] = at;
    if (collection === "providers") {
      if (options.strict) throw new DatasetShapeError("A provider id is used twice", [readable]);
      warnings.push(`${readable.path}: ${readable.message}; the first provider with this id is used`);
      continue;
    }
    problems.set(index, [...(problems.get(index) ?? []), readable]);
  }

  const offices: Office[] = [];
  const invalid: InvalidOffice[] = [];
  const officeIssues: ReadableIssue[] = [];
  parsed.forEach((office, index) => {
    const issues = problems.get(index);
    if (!issues) {
      if (office) offices.push(office);
      return;
    }
    if (options.strict) throw new DatasetShapeError(`offices[${index}] is invalid`, issues);
    const id = (rawOffices[index] as { id?: unknown } | null)?.id;
    officeIssues.push(...issues);
    invalid.push(typeof id === "string" ? { index, id, issues } : { index, issues });
  });

  if (unknown) warnings.push(...unknownFieldWarnings(unknown, SCHEMA_VERSION));
  // Since 1.1 an office outside the free programmes says whether it costs; 1.0 files could not say.
  if (match && Number(match[2]) >= 1) {
    const silent: string[] = [];
    parsed.forEach((office, index) => {
      if (office && !problems.has(index) && isFreeOfCharge(office) === undefined)
        silent.push(`offices[${index}]`);
    });
    if (silent.length > 0) {
      const more = silent.length > 3 ? ` and ${silent.length - 3} more` : "";
      warnings.push(
        `${silent.slice(0, 3).join(", ")}${more}: expected "freeOfCharge" (true or false) for an office of programme OTHER only; the widget cannot say whether counselling there is free.`,
      );
    }
  }

  const dataset = { ...rest, providers, offices };
  return { value: dataset, dataset, issues: officeIssues, invalid, warnings };
}

// An optional field with a bad value costs that field only, never the record or its offices.
function droppedField(issue: ReadableIssue): string {
  return `${issue.path}: ${issue.message}; this optional field is left out, the rest is kept`;
}

import type { ReadableIssue } from "@beratungsfinder/schemas";

/**
 * Every error core throws on purpose is a `BeratungsfinderError` with one of these stable codes, so
 * callers (the widget, the CLI) can branch on it and show a message a person can act on.
 */
export const ERROR_CODES = [
  "FETCH_FAILED",
  "HTTP_ERROR",
  "ABORTED",
  "INVALID_JSON",
  "INVALID_DATASET",
  "UNSUPPORTED_SCHEMA_VERSION",
  "INVALID_CSV",
  "INVALID_ENCODING",
  "INVALID_HSDS",
  "GEODATA_UNAVAILABLE",
  "INVALID_PUBLISHED",
  "USAGE",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class BeratungsfinderError extends Error {
  override name = "BeratungsfinderError";
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** The dataset could not be fetched: network failure, HTTP status, or an abort. */
export class DatasetFetchError extends BeratungsfinderError {
  override name = "DatasetFetchError";
  readonly url: string;
  readonly status: number | undefined;

  constructor(
    code: "FETCH_FAILED" | "HTTP_ERROR" | "ABORTED",
    url: string,
    message: string,
    options?: { cause?: unknown; status?: number },
  ) {
    super(code, message, options);
    this.url = url;
    this.status = options?.status;
  }
}

/** The text was not JSON; `line` and `column` point at the first character that broke it, when known. */
export class DatasetParseError extends BeratungsfinderError {
  override name = "DatasetParseError";
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(message: string, options?: { cause?: unknown; line?: number; column?: number }) {
    super("INVALID_JSON", message, options);
    this.line = options?.line;
    this.column = options?.column;
  }
}

/**
 * One problem found in input data, located by a path (`offices[3].address.postalCode`) or a line: the
 * schemas' `ReadableIssue` (`code`, `path`, `message`, `expected`, `received`) plus where it was found.
 * `code` is one of `ISSUE_CODES` (docs/problems.md).
 */
export interface DataIssue extends ReadableIssue {
  line?: number;
  officeId?: string;
}

/** The data as a whole cannot be used (wrong major schema version, no offices array, strict mode). */
export class DatasetValidationError extends BeratungsfinderError {
  override name = "DatasetValidationError";
  readonly issues: readonly DataIssue[];

  constructor(
    code: "INVALID_DATASET" | "UNSUPPORTED_SCHEMA_VERSION" | "INVALID_CSV" | "INVALID_HSDS",
    message: string,
    issues: readonly DataIssue[] = [],
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
    this.issues = issues;
  }
}

/** Cuts received values to 200 characters so messages stay readable. */
export function preview(value: unknown): string {
  let text: string;
  try {
    text = typeof value === "string" ? JSON.stringify(value) : String(JSON.stringify(value) ?? value);
  } catch {
    // Too deep for JSON.stringify (30,000 nested lists) or circular: name the kind instead.
    text = Array.isArray(value) ? "[…]" : "{…}";
  }
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}

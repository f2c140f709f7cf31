import type { BfErrorKind } from "./events/bf-error.js";

/** What the error state says, by message id. */
export type FailureMessage =
  | "error.fetch"
  | "error.data"
  | "error.geodata"
  | "error.noSource"
  | "error.unexpected";

/** A failure the widget shows instead of results. */
export interface Failure {
  kind: BfErrorKind;
  message: FailureMessage;
}

/** Core's codes for a dataset that could not be fetched (its `DatasetFetchError`), and the browser's abort. */
const FETCH_CODES: ReadonlySet<string> = new Set(["FETCH_FAILED", "HTTP_ERROR", "ABORTED", "AbortError"]);

/**
 * The stable `code` of an error: core's errors and the widget's own carry one (see `BfErrorDetail`);
 * other errors are named by their `name` ("TypeError"), else "UNKNOWN".
 */
export function errorCode(error: unknown): string {
  if (error && typeof error === "object") {
    const { code, name } = error as { code?: unknown; name?: unknown };
    if (typeof code === "string") return code;
    if (typeof name === "string") return name;
  }
  return "UNKNOWN";
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Fetch failures say "fetch"; everything else wrong with a dataset is about its content. A `TypeError`
 * is the browser failing to load the validation code (a dynamic import), which is a network problem too.
 */
export function datasetFailure(error: unknown): "error.fetch" | "error.data" {
  if (FETCH_CODES.has(errorCode(error)) || error instanceof TypeError) return "error.fetch";
  return "error.data";
}

/** An error of the widget itself, with a stable code like core's. */
export class WidgetError extends Error {
  override name = "WidgetError";

  constructor(
    readonly code: "NO_SOURCE" | GeolocationCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export type GeolocationCode =
  | "GEOLOCATION_DENIED"
  | "GEOLOCATION_UNAVAILABLE"
  | "GEOLOCATION_TIMEOUT"
  | "GEOLOCATION_UNSUPPORTED";

import { BeratungsfinderError, DatasetFetchError } from "@beratungsfinder/core";
import { BF_ERROR_CODES, type BfErrorCode, type BfErrorKind } from "./events/bf-error.js";

/** What the error state says, by message id. */
export type FailureMessage =
  | "error.offline"
  | "error.unavailable"
  | "error.timeout"
  | "error.data"
  | "error.geodata"
  | "error.noSource"
  | "error.unexpected";

/** A failure the widget shows instead of results. */
export interface Failure {
  kind: BfErrorKind;
  message: FailureMessage;
}

/** The browser's reasons for not telling a location, as the widget's codes. */
export const GEOLOCATION_CODES = [
  "GEOLOCATION_DENIED",
  "GEOLOCATION_UNAVAILABLE",
  "GEOLOCATION_TIMEOUT",
  "GEOLOCATION_UNSUPPORTED",
] as const;
export type GeolocationCode = (typeof GEOLOCATION_CODES)[number];

/**
 * The widget's own codes: no dataset configured, a file (dataset, place data, locale, code) that took
 * longer than `timeout`, one of the widget's code files that could not be loaded, and location failures.
 */
export const WIDGET_ERROR_CODES = [
  "NO_SOURCE",
  "TIMEOUT",
  "CHUNK_UNAVAILABLE",
  ...GEOLOCATION_CODES,
] as const;
export type WidgetErrorCode = (typeof WIDGET_ERROR_CODES)[number];

/** An error of the widget itself, with a stable code like core's. */
export class WidgetError extends Error {
  override name = "WidgetError";

  constructor(
    readonly code: WidgetErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const CODES: ReadonlySet<string> = new Set([...BF_ERROR_CODES, ...WIDGET_ERROR_CODES]);

/**
 * The stable code of an error: that of core's `BeratungsfinderError`s and the `WidgetError`s, `ABORTED`
 * for the browser's `AbortError`, else `UNEXPECTED`. Never read from a message.
 */
export function errorCode(error: unknown): BfErrorCode | WidgetErrorCode {
  if (error instanceof BeratungsfinderError || error instanceof WidgetError) {
    if (CODES.has(error.code)) return error.code as BfErrorCode | WidgetErrorCode;
  } else if (error instanceof DOMException && error.name === "AbortError") {
    return "ABORTED";
  }
  return "UNEXPECTED";
}

/** `errorCode` for `bf-error`: the codes that are shown but never fired (`NO_SOURCE`) read `UNEXPECTED`. */
export function bfErrorCode(error: unknown): BfErrorCode {
  const code = errorCode(error);
  return (BF_ERROR_CODES as readonly string[]).includes(code) ? (code as BfErrorCode) : "UNEXPECTED";
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The browser knows it has no network (`navigator.onLine` is false). */
function offline(): boolean {
  return globalThis.navigator?.onLine === false;
}

/**
 * What went wrong with a file the widget needs, for the person: "you seem to be offline" only when the
 * browser says so or fetch itself failed (a `TypeError`: no network, DNS, a blocked request); an error
 * status or a missing code file is "not available right now"; a timeout says it took too long.
 */
export function loadFailure(error: unknown): "error.offline" | "error.unavailable" | "error.timeout" {
  const code = errorCode(error);
  if (code === "TIMEOUT") return "error.timeout";
  if (offline()) return "error.offline";
  if (error instanceof DatasetFetchError && code === "FETCH_FAILED" && error.cause instanceof TypeError) {
    return "error.offline";
  }
  return "error.unavailable";
}

const LOAD_CODES: ReadonlySet<string> = new Set([
  "FETCH_FAILED",
  "HTTP_ERROR",
  "ABORTED",
  "TIMEOUT",
  "CHUNK_UNAVAILABLE",
]);

/** A dataset that could not be loaded (see `loadFailure`), is not configured, or cannot be used. */
export function datasetFailure(error: unknown): FailureMessage {
  const code = errorCode(error);
  if (code === "NO_SOURCE") return "error.noSource";
  if (LOAD_CODES.has(code)) return loadFailure(error);
  return code === "UNEXPECTED" ? "error.unexpected" : "error.data";
}

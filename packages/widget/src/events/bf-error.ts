import type { ErrorCode } from "@beratungsfinder/core";
import type { WidgetErrorCode } from "../failure.js";

export type BfErrorKind = "dataset" | "geodata" | "locale" | "geolocation" | "render";

/**
 * Every `code` that `bf-error` carries, as the embedding guide lists them: core's codes for what the
 * widget loads (`@beratungsfinder/core`'s error classes), the widget's own (a timeout, a code file that
 * did not load, location failures), and `UNEXPECTED` for anything else (a bug).
 */
export const BF_ERROR_CODES = [
  "FETCH_FAILED",
  "HTTP_ERROR",
  "ABORTED",
  "INVALID_JSON",
  "INVALID_DATASET",
  "UNSUPPORTED_SCHEMA_VERSION",
  "INVALID_PUBLISHED",
  "GEODATA_UNAVAILABLE",
  "TIMEOUT",
  "CHUNK_UNAVAILABLE",
  "GEOLOCATION_DENIED",
  "GEOLOCATION_UNAVAILABLE",
  "GEOLOCATION_TIMEOUT",
  "GEOLOCATION_UNSUPPORTED",
  "UNEXPECTED",
] as const satisfies readonly (ErrorCode | WidgetErrorCode | "UNEXPECTED")[];
export type BfErrorCode = (typeof BF_ERROR_CODES)[number];

export interface BfErrorDetail {
  kind: BfErrorKind;
  /** Stable code of the error, one of `BF_ERROR_CODES` (the embedding guide says what each means). */
  code: BfErrorCode;
  message: string;
  error: unknown;
}

/** Something failed; the widget shows it in words and offers a retry where one can help. */
export class BfErrorEvent extends CustomEvent<BfErrorDetail> {
  constructor(detail: BfErrorDetail) {
    super("bf-error", { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    "bf-error": BfErrorEvent;
  }
}

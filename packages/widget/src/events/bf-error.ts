export type BfErrorKind = "dataset" | "geodata" | "locale" | "geolocation" | "render";

export interface BfErrorDetail {
  kind: BfErrorKind;
  /**
   * Stable code of the error. Dataset (`dataset`): core's `FETCH_FAILED`, `HTTP_ERROR`, `ABORTED`,
   * `INVALID_JSON`, `INVALID_DATASET`, `UNSUPPORTED_SCHEMA_VERSION`. Place data (`geodata`):
   * `GEODATA_UNAVAILABLE`, `ABORTED`. Location (`geolocation`):
   * `GEOLOCATION_DENIED`, `GEOLOCATION_UNAVAILABLE`, `GEOLOCATION_TIMEOUT`. Errors without a code
   * (a locale file or a chunk that failed to load, a rendering bug) give their `name`, e.g. `TypeError`.
   */
  code: string;
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

export type BfErrorKind = "dataset" | "geodata" | "locale" | "geolocation" | "render";

export interface BfErrorDetail {
  kind: BfErrorKind;
  /** Stable code of the error class when it has one (e.g. "DATASET_FETCH"), else the error's name. */
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

import type { SearchResult } from "@beratungsfinder/core";

export interface BfSelectDetail {
  result: SearchResult;
}

/** The person opened the details of an office. */
export class BfSelectEvent extends CustomEvent<BfSelectDetail> {
  constructor(detail: BfSelectDetail) {
    super("bf-select", { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    "bf-select": BfSelectEvent;
  }
}

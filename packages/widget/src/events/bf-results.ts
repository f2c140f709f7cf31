import type { SearchResult } from "@beratungsfinder/core";

export interface BfResultsDetail {
  /** All matching offices within the radius, not only the ones shown. */
  total: number;
  results: SearchResult[];
  online: SearchResult[];
}

/** Results are shown (also after "show more"). */
export class BfResultsEvent extends CustomEvent<BfResultsDetail> {
  constructor(detail: BfResultsDetail) {
    super("bf-results", { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    "bf-results": BfResultsEvent;
  }
}

import type { SearchResult } from "@beratungsfinder/core";

export interface BfResultsDetail {
  /** All matching offices within the radius, not only the ones shown. */
  total: number;
  results: SearchResult[];
  online: SearchResult[];
  /**
   * `total` is final. False while a published folder's farther regions still load: the results shown
   * are final, the total may still grow, and a second event with the final total follows.
   */
  complete: boolean;
}

/** Results are shown (also after "show more", and once more when a partial total is complete). */
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

import type { SearchFilters } from "../search-state.js";

export interface BfFilterChangeDetail {
  filters: SearchFilters;
}

/** A filter, the radius or the age changed. */
export class BfFilterChangeEvent extends CustomEvent<BfFilterChangeDetail> {
  constructor(detail: BfFilterChangeDetail) {
    super("bf-filter-change", { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    "bf-filter-change": BfFilterChangeEvent;
  }
}

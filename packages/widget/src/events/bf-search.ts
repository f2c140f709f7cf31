import type { SearchFilters, SearchPlace } from "../search-state.js";

export interface BfSearchDetail {
  /** What the person typed or chose, e.g. "10115" or "your location" (the location). */
  query: string;
  place: SearchPlace;
  filters: SearchFilters;
}

/** A search starts: a place was chosen or the filters changed while a place is set. */
export class BfSearchEvent extends CustomEvent<BfSearchDetail> {
  constructor(detail: BfSearchDetail) {
    super("bf-search", { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    "bf-search": BfSearchEvent;
  }
}

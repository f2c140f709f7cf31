/**
 * The search as data: from the query, the filters and the loaded dataset to one view state that the
 * element renders. Pure (no DOM, no Lit), so every state the widget can be in is testable as a value.
 */
import {
  berlinParts,
  type DayView,
  type EligibilityResult,
  eligibility,
  type LoadedDataset,
  type SearchResult,
  type SearchResults,
  search,
  weekView,
} from "@beratungsfinder/core";
import type { Dataset, Programme } from "@beratungsfinder/schemas";
import type { Failure } from "./failure.js";
import {
  activeFilterCount,
  type SearchFilters,
  type SearchPlace,
  toSearchQuery,
  widerRadius,
} from "./search-state.js";

export { officeLanguages, pageSize } from "./search-basics.js";

/** Searches the loaded dataset around a place with the filters; `shown` offices on the list. */
export function findOffices(
  loaded: LoadedDataset,
  place: SearchPlace,
  filters: SearchFilters,
  options: { programmes: Programme[]; shown: number; now: Date },
): SearchResults {
  const query = toSearchQuery(place, filters, {
    programmes: options.programmes,
    limit: options.shown,
    now: options.now,
  });
  return search(loaded.index, query);
}

export interface SearchModel {
  /** Where the dataset is: loading (or not asked for yet), ready, or failed. */
  status: "loading" | "ready" | "error";
  failure?: Failure;
  /** A search waits for the place data. */
  busy: boolean;
  loaded?: LoadedDataset;
  place?: SearchPlace;
  /** The place is the person's location (labelled as such, never written into the URL). */
  placeFromLocation: boolean;
  filters: SearchFilters;
  results?: SearchResults;
  /** The results' page is final, their total not yet: farther offices still load. */
  partial?: boolean;
  selected?: { result: SearchResult; index: number };
  now: Date;
}

/** What the main area shows. */
export type AreaView =
  | { kind: "loading"; message: "loading.data" | "loading.search" }
  | { kind: "error"; failure: Failure; retry: boolean }
  | { kind: "start" }
  | { kind: "details"; result: SearchResult; week: DayView[]; today: string }
  | {
      kind: "results";
      results: SearchResults;
      placeLabel?: string;
      radiusKm: number;
      /** The total may still grow: farther offices load (the page shown is final). */
      partial: boolean;
    }
  | {
      kind: "empty";
      /** The filters of the search that found nothing (to widen or reset them). */
      filters: SearchFilters;
      widerRadiusKm?: number;
      filtered: boolean;
      /** Online services that fit: then they are the only matches. */
      online: SearchResult[];
    };

export interface ViewState {
  dataset?: Dataset;
  /** The dataset is marked as invented (demo data). */
  fictional: boolean;
  /** Offices of the dataset left out for invalid data. */
  skipped: number;
  /** Which programme fits the age typed, when one was typed. */
  eligibility?: EligibilityResult;
  /** The area is loading or a search waits (for `aria-busy`). */
  busy: boolean;
  area: AreaView;
}

function area(model: SearchModel): AreaView {
  const { status, failure, busy, place, results, filters, selected } = model;
  if (status === "error" && failure) {
    return { kind: "error", failure, retry: failure.message !== "error.noSource" };
  }
  if (status !== "ready" || busy) {
    return { kind: "loading", message: busy ? "loading.search" : "loading.data" };
  }
  if (selected) {
    const { result } = selected;
    const hours = result.office.openingHours;
    const week = hours
      ? weekView(hours, model.now, result.office.address?.state, { weekendShowsComingWeek: true })
      : [];
    return { kind: "details", result, week, today: berlinParts(model.now).date };
  }
  if (!place || !results) return { kind: "start" };
  if (results.total === 0) {
    const wider = widerRadius(filters.radiusKm);
    return {
      kind: "empty",
      filters,
      ...(wider === undefined ? {} : { widerRadiusKm: wider }),
      filtered: activeFilterCount(filters) > 0,
      online: results.online,
    };
  }
  return {
    kind: "results",
    results,
    // Without a label the element names the person's location in its own language.
    ...(model.placeFromLocation ? {} : { placeLabel: place.label }),
    radiusKm: filters.radiusKm,
    partial: model.partial === true,
  };
}

/**
 * @example
 * const view = viewState({ status: "ready", busy: false, loaded, place, placeFromLocation: false,
 *   filters: defaultFilters(), results, now: new Date() });
 * view.area.kind; // "results"
 */
export function viewState(model: SearchModel): ViewState {
  const dataset = model.loaded?.dataset;
  const age = model.filters.age;
  return {
    ...(dataset ? { dataset } : {}),
    fictional: dataset?.fictional === true,
    skipped: model.loaded?.invalid.length ?? 0,
    ...(age === undefined ? {} : { eligibility: eligibility({ age }) }),
    busy: model.status === "loading" || model.busy,
    area: area(model),
  };
}

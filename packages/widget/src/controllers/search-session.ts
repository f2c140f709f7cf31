import type { LoadedDataset, PlaceChoice, SearchResult, SearchResults } from "@beratungsfinder/core";
import { isValidAge, toAsciiDigits } from "@beratungsfinder/core";
import type { ReactiveControllerHost } from "lit";
import type { BfErrorKind } from "../events/bf-error.js";
import { BfFilterChangeEvent } from "../events/bf-filter-change.js";
import { BfSelectEvent } from "../events/bf-select.js";
import type { Failure } from "../failure.js";
import type { Translator } from "../localization/translator.js";
import type { SearchCombobox } from "../parts/search-combobox.js";
import { pageSize } from "../search-basics.js";
import {
  defaultFilters,
  filtersToHash,
  type HashState,
  type SearchFilters,
  type SearchPlace,
} from "../search-state.js";
import type { FocusController } from "./focus-controller.js";
import type { GeocoderController } from "./geocoder-controller.js";
import type { HistoryController, HistoryStep } from "./history-controller.js";
import type { ResultsCode } from "./lazy-code-controller.js";

export interface SearchHost extends ReactiveControllerHost, HTMLElement {
  programmes?: string;
  limit: number;
  radius: number;
  clock: () => Date;
}

export interface SearchControllerOptions {
  dataset(): LoadedDataset | undefined;
  /** Core's search and the view model, loaded lazily: searches wait for them as for the dataset. */
  results(): ResultsCode | undefined;
  /**
   * What the dataset must load before the page of a search around `place` is final (a published folder's
   * nearest regions, then those the page reaches into: `reachKm` is `SearchResults.pageReachKm` of a search
   * over what is loaded, undefined before one could run), if anything.
   */
  prepare(place: SearchPlace, radiusKm: number, reachKm?: number): Promise<void> | undefined;
  /** Loads the rest of what a search around `place` counts (a published folder's farther regions), if anything. */
  fill(place: SearchPlace, radiusKm: number): Promise<void> | undefined;
  /** Whether everything a search around `place` counts is loaded, so its total is final. */
  covered(place: SearchPlace, radiusKm: number): boolean;
  /** Completes the offices shown with their details (a published folder's details files). */
  complete(ids: readonly string[]): Promise<void> | undefined;
  geocoder: GeocoderController;
  t(): Translator;
  /** The URL (with `hash-state`) and the history steps. */
  history: HistoryController;
  report(kind: BfErrorKind, error: unknown): void;
  focus: FocusController;
}

/**
 * The search on screen and what the person changes in it without a new search: the filters, the page,
 * the office opened, and the URL kept in step. `SearchController` adds the search pipeline (place
 * resolution, core's search, the person's location) on top.
 */
export abstract class SearchSession {
  place?: SearchPlace;
  placeFromLocation = false;
  filters: SearchFilters = defaultFilters();
  results?: SearchResults;
  shown = pageSize(undefined);
  selected?: { result: SearchResult; index: number };
  /** A short message under the search field ("No place found for …"). */
  notice?: string;
  /**
   * Places to choose from under the search field: those of an ambiguous name ("Neuenkirchen"), or the
   * near misses of a name that matched none ("Did you mean München?").
   */
  choices?: { kind: "ambiguous" | "suggestions"; query: string; choices: PlaceChoice[] };
  /** A search waits for the place data. */
  busy = false;
  /** The results' page is final, but farther offices that may add to the total still load. */
  partial = false;
  /** A failure of the search itself (place data, rendering); dataset failures are the dataset's. */
  failure?: Failure;
  /** The polite live region's text. */
  announcement = "";
  abstract readonly combobox: SearchCombobox;
  /** The query of the search on screen, as the URL keeps it (none for the person's location). */
  protected query?: string;
  /** The person submitted the search that runs: focus its results once they are shown. */
  protected focusResults = false;

  constructor(
    protected readonly host: SearchHost,
    protected readonly options: SearchControllerOptions,
  ) {}

  /**
   * Runs the search on screen again (new filters, page, programmes or dataset); resolves once it ran,
   * after the regions of a published folder it needs have loaded.
   */
  abstract run(): Promise<void>;

  protected update(): void {
    this.host.requestUpdate();
  }

  /** Screen readers announce a live region only when its text changes: repeat with a trailing space. */
  announce(text: string): void {
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
    this.update();
  }

  protected openListed(office: string): void {
    const index = this.results?.results.findIndex((result) => result.office.id === office) ?? -1;
    const result = this.results?.results[index];
    if (result) this.openDetails(result, index, false);
  }

  /** No search on screen: after a failed search, or Back to the start (`all` also empties the field). */
  protected clear(all = false): void {
    this.place = undefined;
    this.query = undefined;
    this.placeFromLocation = false;
    this.results = undefined;
    this.partial = false;
    this.selected = undefined;
    if (all) {
      this.notice = undefined;
      this.choices = undefined;
      this.combobox.setValue("");
    }
    this.update();
  }

  /** Filters apply at once, in the current history step: one step per search, not per filter. */
  changeFilters = (filters: SearchFilters): void => {
    this.filters = filters;
    this.shown = pageSize(this.host.limit);
    this.host.dispatchEvent(new BfFilterChangeEvent({ filters }));
    void this.run();
    this.writeHash();
  };

  /** The host's `radius` changed (or the URL carried one). */
  setRadius(radiusKm: number): void {
    if (Number.isFinite(radiusKm) && radiusKm > 0) this.filters = { ...this.filters, radiusKm };
  }

  onAgeInput = (event: Event): void => {
    const text = toAsciiDigits((event.target as HTMLInputElement).value).trim();
    const age = Number(text);
    const next: SearchFilters = { ...this.filters };
    if (text && Number.isInteger(age) && isValidAge(age)) next.age = age;
    else delete next.age;
    if (next.age === this.filters.age) return;
    this.filters = next;
    this.host.dispatchEvent(new BfFilterChangeEvent({ filters: next }));
    this.update();
  };

  showMore = (): void => {
    const before = this.results?.results.length ?? 0;
    this.shown += pageSize(this.host.limit);
    void this.run();
    this.options.focus.focus(`#bf-result-${before}`);
  };

  /** From the empty state: its buttons go with it, so focus goes to what the new search found. */
  searchAgain = (filters: SearchFilters): void => {
    this.focusResults = true;
    this.changeFilters(filters);
  };

  /** Opened by the person (`byPerson`): a history step of its own, and focus on its heading. */
  openDetails = (result: SearchResult, index: number, byPerson = true): void => {
    this.selected = { result, index };
    if (byPerson) this.options.focus.focus("#bf-details-heading");
    this.host.dispatchEvent(new BfSelectEvent({ result }));
    this.writeHash(byPerson ? "push" : "replace");
    this.update();
  };

  /** The back button or Escape: like the browser's Back when the office has a history step. */
  closeDetails = (): void => {
    const index = this.selected?.index;
    this.selected = undefined;
    this.options.focus.focus(index === undefined ? "#bf-query" : `#bf-details-${index}`);
    if (!this.options.history.back()) this.writeHash();
    this.update();
  };

  /** The page with this search and `result` open: what a shared link, a contact card or a QR code points at. */
  linkTo(result: SearchResult): string {
    return this.options.history.link(this.hashState(result.office.id));
  }

  /** The search on screen as the URL keeps it; a location from the browser is never put there. */
  protected hashState(office = this.selected?.result.office.id): HashState {
    return {
      ...(this.query ? { query: this.query } : {}),
      ...filtersToHash(this.filters),
      ...(office ? { office } : {}),
    };
  }

  writeHash(step: HistoryStep = "replace"): void {
    this.options.history.write(this.hashState(), step, this.placeFromLocation);
  }
}

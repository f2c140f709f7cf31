import {
  type GeocodeMatch,
  isValidAge,
  type LoadedDataset,
  type SearchResult,
  type SearchResults,
  toAsciiDigits,
} from "@beratungsfinder/core";
import { PROGRAMMES } from "@beratungsfinder/schemas/vocabulary";
import type { ReactiveControllerHost } from "lit";
import type { BfErrorKind } from "../events/bf-error.js";
import { BfFilterChangeEvent } from "../events/bf-filter-change.js";
import { BfResultsEvent } from "../events/bf-results.js";
import { BfSearchEvent } from "../events/bf-search.js";
import { BfSelectEvent } from "../events/bf-select.js";
import { errorCode, type Failure, type GeolocationCode } from "../failure.js";
import type { Translator } from "../localization/translator.js";
import { SearchCombobox } from "../parts/search-combobox.js";
import { findOffices, pageSize, type ViewState, viewState } from "../search-model.js";
import {
  defaultFilters,
  type HashState,
  parseProgrammes,
  type SearchFilters,
  type SearchPlace,
  writeHashState,
} from "../search-state.js";
import type { DatasetController } from "./dataset-controller.js";
import type { GeocoderController } from "./geocoder-controller.js";
import { GEOLOCATION_MESSAGES, type GeolocationController } from "./geolocation-controller.js";

/** Suggestions shown under the search field. */
const SUGGESTIONS = 8;

export interface SearchHost extends ReactiveControllerHost, HTMLElement {
  programmes?: string;
  limit: number;
  clock: () => Date;
}

export interface SearchControllerOptions {
  dataset(): LoadedDataset | undefined;
  /** What the dataset must load before a search around `place` (a published folder's regions), if anything. */
  prepare(place: SearchPlace, radiusKm: number): Promise<void> | undefined;
  /** Completes the offices shown with their details (a published folder's details files). */
  complete(ids: readonly string[]): Promise<void> | undefined;
  geocoder: GeocoderController;
  t(): Translator;
  writeHash(state: HashState): void;
  report(kind: BfErrorKind, error: unknown): void;
  /** Moves focus to this selector after the next update. */
  focus(selector: string): void;
}

/**
 * One search session: the place, the filters, the results page by page and the office opened, plus the
 * search field (`SearchCombobox`). Runs core's search through the pure search model, tells the host
 * through the `bf-*` events and keeps the URL (with `hash-state`) in step.
 */
export class SearchController {
  place?: SearchPlace;
  placeFromLocation = false;
  filters: SearchFilters = defaultFilters();
  results?: SearchResults;
  shown = pageSize(undefined);
  selected?: { result: SearchResult; index: number };
  /** A short message under the search field ("No place found for …"). */
  notice?: string;
  /** A search waits for the place data. */
  busy = false;
  /** A failure of the search itself (place data, rendering); dataset failures are the dataset's. */
  failure?: Failure;
  /** The polite live region's text. */
  announcement = "";
  readonly combobox: SearchCombobox;
  private pendingQuery?: string;
  private pendingOffice?: string;
  /** Counts `run` calls, so only the newest of those waiting for data shows its results. */
  private runs = 0;

  constructor(
    private readonly host: SearchHost,
    private readonly options: SearchControllerOptions,
  ) {
    this.combobox = new SearchCombobox(host, {
      suggest: (text) => options.geocoder.ready?.suggest(text, SUGGESTIONS) ?? [],
      choose: (match) => this.choosePlace(match, match.label),
      prepare: (text) => {
        // Suggestions start with the second letter (or the first digit): one letter would fetch every
        // piece of names that start with it.
        if (text.trim().length < 2 && !/^\d/.test(text.trim())) return;
        options.geocoder.lookupSuggestions(text, SUGGESTIONS).then(
          () => {
            if (this.combobox.value === text) this.combobox.refresh();
          },
          () => undefined,
        );
      },
    });
  }

  private update(): void {
    this.host.requestUpdate();
  }

  /** Screen readers announce a live region only when its text changes: repeat with a trailing space. */
  announce(text: string): void {
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
    this.update();
  }

  /** A search to run once the dataset is there (`near`, the URL), and an office to open in its results. */
  queue(query: string | undefined, office?: string): void {
    this.pendingQuery = query;
    this.pendingOffice = office;
    // The place data for it loads now, beside the dataset, not after it.
    if (query) this.options.geocoder.lookup(query).catch(() => undefined);
    if (this.options.dataset()) void this.runPending();
  }

  /** The dataset (re)loaded: run what waited for it, or the search on screen again. */
  async datasetLoaded(): Promise<void> {
    if (this.pendingQuery) await this.runPending();
    else await this.run();
  }

  async runPending(): Promise<void> {
    const query = this.pendingQuery;
    this.pendingQuery = undefined;
    if (query) await this.submit(query, true);
    const office = this.pendingOffice;
    this.pendingOffice = undefined;
    if (office && this.results) {
      const index = this.results.results.findIndex((result) => result.office.id === office);
      const result = this.results.results[index];
      if (result) this.openDetails(result, index, false);
    }
  }

  /** `automatic` marks searches the person did not start (`near`, the URL hash): their typing wins. */
  async submit(text: string, automatic = false): Promise<void> {
    const query = text.trim();
    const t = this.options.t();
    this.notice = query ? undefined : t("search.empty");
    if (!query) {
      this.update();
      return;
    }
    this.combobox.setValue(query);
    // Only while the place data loads: a search with it at hand is instant and must not flash a skeleton.
    this.busy = !this.options.geocoder.ready;
    let matches: GeocodeMatch[];
    try {
      matches = await this.options.geocoder.lookup(query);
    } catch (error) {
      this.busy = false;
      this.failure = { kind: "geodata", message: "error.geodata" };
      this.pendingQuery = query;
      this.options.report("geodata", error);
      this.update();
      return;
    }
    this.busy = false;
    // The person started typing while the place data loaded: leave their text and their search alone.
    if (automatic && this.combobox.value !== query) {
      this.update();
      return;
    }
    const match = matches[0];
    if (!match) {
      this.notice = this.options.t()("search.noPlace", { query });
      this.announce(this.notice);
      return;
    }
    await this.choosePlace(match, query);
  }

  choosePlace(match: GeocodeMatch, query: string): Promise<void> {
    const place: SearchPlace = { label: match.label, lat: match.lat, lon: match.lon };
    if (match.ags) place.ags = match.ags;
    return this.start(place, query, false);
  }

  start(place: SearchPlace, query: string, fromLocation: boolean): Promise<void> {
    this.notice = undefined;
    this.place = place;
    this.placeFromLocation = fromLocation;
    this.selected = undefined;
    this.shown = pageSize(this.host.limit);
    this.combobox.setValue(fromLocation ? "" : query);
    this.host.dispatchEvent(new BfSearchEvent({ query, place, filters: this.filters }));
    const searched = this.run();
    this.writeHash();
    return searched;
  }

  /**
   * Runs the search on screen again (new filters, page, programmes or dataset); resolves once it ran,
   * after the regions of a published folder it needs have loaded.
   */
  async run(): Promise<void> {
    const { place } = this;
    const ticket = ++this.runs;
    if (!this.options.dataset() || !place) {
      this.update();
      return;
    }
    const preparing = this.options.prepare(place, this.filters.radiusKm);
    if (preparing) {
      this.busy = true;
      this.update();
      await preparing;
      this.busy = false;
      // A newer search (another place, radius or page) ran or waits meanwhile: it shows its own results.
      if (ticket !== this.runs) return;
      return this.run();
    }
    const loaded = this.options.dataset();
    if (!loaded) return;
    try {
      const results = findOffices(loaded, place, this.filters, {
        programmes: parseProgrammes(this.host.programmes, PROGRAMMES),
        shown: this.shown,
        now: this.host.clock(),
      });
      this.results = results;
      this.announce(this.options.t().count("results.count", results.total));
      const { total, online } = results;
      this.host.dispatchEvent(new BfResultsEvent({ total, results: results.results, online }));
      const shown = [...results.results, ...online].map((result) => result.office.id);
      void this.options.complete(shown);
    } catch (error) {
      this.failure = { kind: "render", message: "error.unexpected" };
      this.options.report("render", error);
      this.update();
    }
  }

  /** The view state of the search on screen over the dataset's state. */
  view(datasets: DatasetController): ViewState {
    const failure = this.failure ?? datasets.failure;
    const data = datasets.data;
    return viewState({
      status: failure ? "error" : datasets.status,
      ...(failure ? { failure } : {}),
      busy: this.busy,
      ...(data ? { loaded: data.loaded } : {}),
      ...(this.place ? { place: this.place } : {}),
      placeFromLocation: this.placeFromLocation,
      filters: this.filters,
      ...(this.results ? { results: this.results } : {}),
      ...(this.selected ? { selected: this.selected } : {}),
      now: this.host.clock(),
    });
  }

  /** Searches around the person's location, or says why the browser would not tell it. */
  async locate(geolocation: GeolocationController): Promise<void> {
    this.notice = undefined;
    try {
      const point = await geolocation.locate();
      const label = this.options.t()("locate.here");
      void this.start({ label, ...point }, label, true);
    } catch (error) {
      const code = errorCode(error) as GeolocationCode;
      this.notice = this.options.t()(GEOLOCATION_MESSAGES[code] ?? "locate.unavailable");
      if (code === "GEOLOCATION_UNSUPPORTED") {
        this.update();
        return;
      }
      this.announce(this.notice);
      this.options.report("geolocation", error);
    }
  }

  /** Retries what failed in the search; false when the failure is not the search's. */
  retry(): boolean {
    const kind = this.failure?.kind;
    if (!kind) return false;
    this.failure = undefined;
    if (kind === "geodata" && this.options.dataset()) void this.runPending();
    else if (kind === "render") void this.run();
    this.update();
    return true;
  }

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
    this.options.focus(`#bf-result-${before}`);
  };

  openDetails = (result: SearchResult, index: number, focus = true): void => {
    this.selected = { result, index };
    if (focus) this.options.focus("#bf-details-heading");
    this.host.dispatchEvent(new BfSelectEvent({ result }));
    this.writeHash();
    this.update();
  };

  closeDetails = (): void => {
    const index = this.selected?.index;
    this.selected = undefined;
    this.options.focus(index === undefined ? "#bf-query" : `#bf-details-${index}`);
    this.writeHash();
    this.update();
  };

  /** The page with this search and `result` open: what a shared link, a contact card or a QR code points at. */
  linkTo(result: SearchResult): string {
    const query = this.placeFromLocation ? undefined : this.combobox.value || this.place?.label;
    const hash = writeHashState(location.hash, {
      ...(query ? { query } : {}),
      radiusKm: this.filters.radiusKm,
      office: result.office.id,
    });
    return `${location.origin}${location.pathname}${location.search}${hash}`;
  }

  writeHash(): void {
    // A location from the browser never goes into the URL, where it could be shared by accident.
    const query = this.placeFromLocation ? undefined : this.combobox.value || this.place?.label;
    this.options.writeHash({
      ...(query ? { query } : {}),
      radiusKm: this.filters.radiusKm,
      ...(this.selected ? { office: this.selected.result.office.id } : {}),
    });
  }
}

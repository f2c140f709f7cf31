import {
  type GeocodeMatch,
  isValidAge,
  type LoadedDataset,
  type PlaceChoice,
  type PlaceResolution,
  type SearchResult,
  type SearchResults,
  shortPlaceLabel,
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
import { pageSize } from "../search-basics.js";
import {
  defaultFilters,
  filtersFromHash,
  filtersToHash,
  type HashState,
  parseProgrammes,
  type SearchFilters,
  type SearchPlace,
  sameSearch,
} from "../search-state.js";
import type { DatasetController } from "./dataset-controller.js";
import type { FocusController } from "./focus-controller.js";
import type { GeocoderController } from "./geocoder-controller.js";
import { GEOLOCATION_MESSAGES, type GeolocationController } from "./geolocation-controller.js";
import type { HistoryController, HistoryStep } from "./history-controller.js";
import type { ResultsCode } from "./lazy-code-controller.js";

/** Suggestions shown under the search field. */
const SUGGESTIONS = 8;

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
  /** What the dataset must load before a search around `place` (a published folder's regions), if anything. */
  prepare(place: SearchPlace, radiusKm: number): Promise<void> | undefined;
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
  /**
   * Places to choose from under the search field: those of an ambiguous name ("Neuenkirchen"), or the
   * near misses of a name that matched none ("Did you mean München?").
   */
  choices?: { kind: "ambiguous" | "suggestions"; query: string; choices: PlaceChoice[] };
  /** A search waits for the place data. */
  busy = false;
  /** A failure of the search itself (place data, rendering); dataset failures are the dataset's. */
  failure?: Failure;
  /** The polite live region's text. */
  announcement = "";
  readonly combobox: SearchCombobox;
  /** The query of the search on screen, as the URL keeps it (none for the person's location). */
  private query?: string;
  /** The person submitted the search that runs: focus its results once they are shown. */
  private focusResults = false;
  /** A shared link's search runs: scroll the widget into view once it ran. */
  private revealLink = false;
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
      choose: (match) => void this.choosePlace(match, match.label),
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
    else {
      await this.run();
      this.openPending();
    }
  }

  async runPending(): Promise<void> {
    const query = this.pendingQuery;
    this.pendingQuery = undefined;
    if (query) await this.submit(query, true);
    this.openPending();
  }

  /** Opens the office that waited for the search's results; it waits on while the results code loads. */
  private openPending(): void {
    const office = this.pendingOffice;
    if (office && !this.results && !this.options.results()) return;
    this.pendingOffice = undefined;
    if (office) this.openListed(office);
    if (this.revealLink) {
      this.revealLink = false;
      this.options.focus.reveal();
    }
  }

  /** The search of a link at the start: its place (else `near`), radius, filters and office. */
  restoreStart(state: HashState, near: string | undefined): void {
    this.filters = filtersFromHash(state, this.filters);
    this.revealLink = Boolean(state.query);
    this.queue(state.query ?? near, state.office);
  }

  /**
   * Back or Forward: another office (or none) over the same search, or another search. A step without a
   * search is the start when the widget wrote it, and a link of the host page's own otherwise.
   */
  navigate(state: HashState, ours: boolean): void {
    if (!sameSearch(state, this.hashState())) {
      if (!state.query && !ours) return;
      const age = this.filters.age === undefined ? {} : { age: this.filters.age };
      this.filters = filtersFromHash(state, { ...defaultFilters(this.host.radius), ...age });
      if (state.query) this.queue(state.query, state.office);
      else this.clear(true);
      return;
    }
    if (state.office === this.selected?.result.office.id) return;
    // Focus in the widget follows what replaces it: the details' heading, or the card they were opened from.
    const focused = Boolean(this.host.shadowRoot?.activeElement);
    if (state.office) {
      this.openListed(state.office);
      if (focused && this.selected) this.options.focus.focus("#bf-details-heading");
      return;
    }
    const index = this.selected?.index;
    this.selected = undefined;
    if (focused && index !== undefined) {
      this.options.focus.focus(`#bf-details-${index}`);
    }
    this.update();
  }

  private openListed(office: string): void {
    const index = this.results?.results.findIndex((result) => result.office.id === office) ?? -1;
    const result = this.results?.results[index];
    if (result) this.openDetails(result, index, false);
  }

  /** No search on screen: after a failed search, or Back to the start (`all` also empties the field). */
  private clear(all = false): void {
    this.place = undefined;
    this.query = undefined;
    this.placeFromLocation = false;
    this.results = undefined;
    this.selected = undefined;
    if (all) {
      this.notice = undefined;
      this.choices = undefined;
      this.combobox.setValue("");
    }
    this.update();
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
    this.choices = undefined;
    this.combobox.setValue(query);
    // Only while the place data loads: a search with it at hand is instant and must not flash a skeleton.
    this.busy = !this.options.geocoder.ready;
    let resolution: PlaceResolution;
    try {
      resolution = await this.options.geocoder.resolve(query);
    } catch (error) {
      this.busy = false;
      this.clear();
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
    if (resolution.kind === "place") {
      await this.choosePlace(resolution.match, query, automatic, resolution.label);
      return;
    }
    // The results of the search before are not the answer to this one: they go.
    this.clear();
    if (resolution.kind === "not-found") {
      this.notice = t("search.noPlace", { query });
      this.announce(this.notice);
      return;
    }
    // Several places of that name, or near misses: the person chooses; nothing is taken silently.
    const choices = resolution.kind === "ambiguous" ? resolution.choices : resolution.suggestions;
    this.choices = { kind: resolution.kind, query, choices };
    this.announce(t(resolution.kind === "ambiguous" ? "search.ambiguous" : "search.didYouMean", { query }));
  }

  /** A place offered for an ambiguous name or a near miss was chosen: its own query goes into the field. */
  chooseOffered = (choice: PlaceChoice): Promise<void> =>
    this.choosePlace(choice.match, choice.query, false, choice.shortLabel);

  /**
   * Searches around `match`; `label` names it above the results: "Neuenkirchen (Kreis Steinfurt)" from
   * core's resolve, or a suggestion's own label ("Neuenkirchen, Kreis Steinfurt, Nordrhein-Westfalen").
   */
  choosePlace(match: GeocodeMatch, query: string, automatic = false, label = match.label): Promise<void> {
    const place: SearchPlace = { label, lat: match.lat, lon: match.lon };
    if (match.ags) place.ags = match.ags;
    return this.start(place, query, false, automatic);
  }

  /** A search the person started (not `automatic`) is a history step of its own and gets the focus. */
  start(place: SearchPlace, query: string, fromLocation: boolean, automatic = false): Promise<void> {
    this.notice = undefined;
    this.choices = undefined;
    this.place = place;
    this.query = fromLocation ? undefined : query;
    this.placeFromLocation = fromLocation;
    this.selected = undefined;
    this.shown = pageSize(this.host.limit);
    this.focusResults = !automatic;
    this.combobox.setValue(fromLocation ? "" : query);
    this.host.dispatchEvent(new BfSearchEvent({ query, place, filters: this.filters }));
    const searched = this.run();
    this.writeHash(automatic ? "replace" : "push");
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
    const code = this.options.results();
    // The results code is on its way: the regions are loaded meanwhile, the search runs when it arrives.
    if (!loaded || !code) return this.update();
    try {
      const results = code.findOffices(loaded, place, this.filters, {
        programmes: parseProgrammes(this.host.programmes, PROGRAMMES),
        shown: this.shown,
        now: this.host.clock(),
      });
      this.results = results;
      if (this.focusResults) {
        this.focusResults = false;
        this.options.focus.focus(results.total ? "#bf-results-heading" : "#bf-empty-heading", true);
      }
      this.announce(this.options.t().count("results.count", results.total));
      const { total, online } = results;
      this.host.dispatchEvent(new BfResultsEvent({ total, results: results.results, online }));
      const shown = [...results.results, ...online].map((result) => result.office.id);
      void this.options.complete(shown);
    } catch (error) {
      this.clear();
      this.failure = { kind: "render", message: "error.unexpected" };
      this.options.report("render", error);
    }
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
  private hashState(office = this.selected?.result.office.id): HashState {
    return {
      ...(this.query ? { query: this.query } : {}),
      ...filtersToHash(this.filters),
      ...(office ? { office } : {}),
    };
  }

  writeHash(step: HistoryStep = "replace"): void {
    this.options.history.write(this.hashState(), step);
  }
}

import type { GeocodeMatch, PlaceChoice, PlaceResolution, SearchResults } from "@beratungsfinder/core";
import { PROGRAMMES } from "@beratungsfinder/schemas/vocabulary";
import { BfResultsEvent } from "../events/bf-results.js";
import { BfSearchEvent } from "../events/bf-search.js";
import { errorCode, type GeolocationCode } from "../failure.js";
import { SearchCombobox } from "../parts/search-combobox.js";
import { pageSize } from "../search-basics.js";
import {
  defaultFilters,
  filtersFromHash,
  type HashState,
  parseProgrammes,
  type SearchPlace,
  sameSearch,
} from "../search-state.js";
import { GEOLOCATION_MESSAGES, type GeolocationController } from "./geolocation-controller.js";
import { type SearchControllerOptions, type SearchHost, SearchSession } from "./search-session.js";

export type { SearchControllerOptions, SearchHost } from "./search-session.js";

/** Suggestions shown under the search field. */
const SUGGESTIONS = 8;

/**
 * One search session: the place, the filters, the results page by page and the office opened, plus the
 * search field (`SearchCombobox`). Runs core's search through the pure search model, tells the host
 * through the `bf-*` events and keeps the URL (with `hash-state`) in step; what changes the search on
 * screen without a new one (filters, pages, the office opened, the URL) is `SearchSession`'s.
 */
export class SearchController extends SearchSession {
  readonly combobox: SearchCombobox;
  /** A shared link's search runs: scroll the widget into view once it ran. */
  private revealLink = false;
  private pendingQuery?: string;
  private pendingOffice?: string;
  /** The last search around the person's location: Back and Forward to its step search there again. */
  private here?: SearchPlace;
  /** Counts `run` calls, so only the newest of those waiting for data shows its results. */
  private runs = 0;

  constructor(host: SearchHost, options: SearchControllerOptions) {
    super(host, options);
    this.combobox = new SearchCombobox(host, {
      suggest: (text) => options.geocoder.ready?.suggest(text, SUGGESTIONS) ?? [],
      choose: (match) => void this.choosePlace(match, match.label),
      prepare: (text) => {
        // Suggestions start with the second letter (or the first digit): one letter would fetch every
        // piece of names that start with it.
        if (text.trim().length < 2 && !/^\d/.test(text.trim())) return;
        options.geocoder.lookupSuggestions(text, SUGGESTIONS).then(
          () => this.combobox.loaded(text),
          () => undefined,
        );
      },
    });
  }

  /** A search to run once the dataset is there (`near`, the URL), and an office to open in its results. */
  queue(query: string | undefined, office?: string): void {
    this.pendingQuery = query;
    this.pendingOffice = office;
    // The place data for it loads now, beside the dataset, not after it (a failure is kept for the search).
    if (query) void this.options.geocoder.prefetch(query);
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
   * search is the start when the widget wrote it, and a link of the host page's own otherwise; a step
   * `located` is the search around the person's location (its point is kept here, never in the URL).
   */
  navigate(state: HashState, ours: boolean, located = false): void {
    const here = located && !state.query ? this.here : undefined;
    if (!sameSearch(state, this.hashState()) || this.placeFromLocation !== Boolean(here)) {
      if (!state.query && !ours) return;
      const age = this.filters.age === undefined ? {} : { age: this.filters.age };
      this.filters = filtersFromHash(state, { ...defaultFilters(this.host.radius), ...age });
      if (state.query) this.queue(state.query, state.office);
      else if (here) {
        this.pendingOffice = state.office;
        void this.start(here, here.label, true, true).then(() => this.openPending());
      } else this.clear(true);
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
    if (fromLocation) this.here = place;
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
   * Runs the search on screen again; see `SearchSession.run`. Over a published folder it runs once more
   * after each part it needs arrives: first the nearest regions, then those the page reaches into. Once
   * the page is final it is shown, while the farther regions load for the total (`partial`); then the
   * search runs a last time and says the count.
   */
  async run(): Promise<void> {
    const { place } = this;
    const ticket = ++this.runs;
    const loaded = this.options.dataset();
    if (!loaded || !place) {
      this.update();
      return;
    }
    const code = this.options.results();
    const radiusKm = this.filters.radiusKm;
    let results: SearchResults | undefined;
    try {
      // Cheap over what is loaded; its reach says which regions the page still needs.
      results = code?.findOffices(loaded, place, this.filters, {
        programmes: parseProgrammes(this.host.programmes, PROGRAMMES),
        shown: this.shown,
        now: this.host.clock(),
      });
    } catch (error) {
      this.clear();
      this.failure = { kind: "render", message: "error.unexpected" };
      this.options.report("render", error);
      return;
    }
    const preparing = this.options.prepare(place, radiusKm, results?.pageReachKm);
    if (preparing) {
      this.busy = true;
      this.update();
      await preparing;
      this.busy = false;
      // A newer search (another place, radius or page) ran or waits meanwhile: it shows its own results.
      if (ticket !== this.runs) return;
      return this.run();
    }
    // The results code is on its way: the regions are loaded meanwhile, the search runs when it arrives.
    if (!results) return this.update();
    this.results = results;
    this.partial = !this.options.covered(place, radiusKm);
    if (this.focusResults) {
      this.focusResults = false;
      this.options.focus.focus(results.total ? "#bf-results-heading" : "#bf-empty-heading", true);
    }
    // The count is said once it is final (the results heading, focused, says that more are looked for).
    if (!this.partial) this.announce(this.options.t().count("results.count", results.total));
    else this.update();
    const { total, online } = results;
    const complete = !this.partial;
    this.host.dispatchEvent(new BfResultsEvent({ total, results: results.results, online, complete }));
    const shown = [...results.results, ...online].map((result) => result.office.id);
    void this.options.complete(shown);
    if (this.partial) {
      // The rest for the total: the same search then runs again, unless another one replaced it.
      void this.options.fill(place, radiusKm)?.then(() => {
        if (ticket === this.runs) void this.run();
      });
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
}

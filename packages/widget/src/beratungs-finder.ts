import "./strict-csp.js";
import {
  eligibility,
  type GeocodeMatch,
  type Geocoder,
  isValidAge,
  type LoadedDataset,
  type SearchResult,
  type SearchResults,
  search,
  toAsciiDigits,
  weekView,
} from "@beratungsfinder/core";
import type { Dataset } from "@beratungsfinder/schemas";
import { DEFAULT_RADIUS_KM, DEFAULT_WIDGET_LIMIT, PROGRAMMES } from "@beratungsfinder/schemas/vocabulary";
import { updateWhenLocaleChanges } from "@lit/localize";
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { styles } from "./beratungs-finder.styles.js";
import { TakeAwayController } from "./controllers/take-away-controller.js";
import { startDatasetDownload } from "./dataset-download.js";
import { BfErrorEvent, type BfErrorKind } from "./events/bf-error.js";
import { BfFilterChangeEvent } from "./events/bf-filter-change.js";
import { BfLocaleChangeEvent } from "./events/bf-locale-change.js";
import { BfResultsEvent } from "./events/bf-results.js";
import { BfSearchEvent } from "./events/bf-search.js";
import { BfSelectEvent } from "./events/bf-select.js";
import { GEODATA_ATTRIBUTIONS } from "./geodata-attributions.js";
import { createFormatting, type Formatting } from "./localization/formatting.js";
import { isRtl, type Locale, matchLocale, resolveLocale } from "./localization/locales.js";
import { activateLocale, currentLocale } from "./localization/localization.js";
import type { MessageId, StringOverrides } from "./localization/messages.js";
import { createTranslator, type Translator } from "./localization/translator.js";
import { renderEligibilityNote } from "./parts/eligibility-note.js";
import { renderFilterPanel } from "./parts/filter-panel.js";
import { renderLanguageMenu } from "./parts/language-menu.js";
import { renderOfficeDetails } from "./parts/office-details.js";
import { renderOfficialFinders, renderOnlineServices } from "./parts/official-finders.js";
import { renderResultList } from "./parts/result-list.js";
import { SearchCombobox } from "./parts/search-combobox.js";
import { takeAwayStyles } from "./parts/take-away.styles.js";
import { safeHref } from "./safe-href.js";
import {
  activeFilterCount,
  defaultFilters,
  parseProgrammes,
  readHashState,
  type SearchFilters,
  type SearchPlace,
  toSearchQuery,
  widerRadius,
  writeHashState,
} from "./search-state.js";

/** Relative to this module; a variable (not a literal) so bundlers leave the URL alone. */
const GEODATA_FOLDER = "./geodata/";
const GEOLOCATION_TIMEOUT_MS = 15_000;

type Status = "idle" | "loading" | "ready" | "error";

interface FailureState {
  kind: BfErrorKind;
  message: MessageId;
}

function errorCode(error: unknown): string {
  if (error && typeof error === "object") {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string") return code;
    const name = (error as { name?: unknown }).name;
    if (typeof name === "string") return name;
  }
  return "UNKNOWN";
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Fetch failures say "fetch"; everything else wrong with a dataset is about its content. */
function datasetFailure(error: unknown): MessageId {
  const code = errorCode(error);
  if (/FETCH|NETWORK|HTTP/i.test(code) || error instanceof TypeError) return "error.fetch";
  if (code === "AbortError") return "error.fetch";
  return "error.data";
}

/**
 * Finds migration counselling offices (MBE, JMD and others) near a place in Germany. Everything runs in
 * the browser: no request leaves the page except for the dataset and the widget's own files.
 *
 * @tagname beratungs-finder
 * @summary Accessible, localised finder for migration counselling offices.
 *
 * @example
 * ```html
 * <script type="module" src="https://cdn.example.org/beratungs-finder.js"></script>
 * <beratungs-finder src="/data/offices.json" near="10115"></beratungs-finder>
 * ```
 *
 * @fires {BfSearchEvent} bf-search - A search starts; `detail` has the query, place and filters.
 * @fires {BfResultsEvent} bf-results - Results are shown; `detail` has total, results and online services.
 * @fires {BfSelectEvent} bf-select - The details of an office were opened.
 * @fires {BfFilterChangeEvent} bf-filter-change - A filter, the radius or the age changed.
 * @fires {BfLocaleChangeEvent} bf-locale-change - The widget switched language.
 * @fires {BfErrorEvent} bf-error - Something failed (dataset, place data, locale, location, rendering).
 *
 * @slot header - Replaces the default heading and introduction.
 * @slot privacy-note - Replaces the default privacy note in the footer.
 * @slot footer - Extra content at the end of the footer.
 *
 * @csspart base - The outer frame.
 * @csspart title - The default heading.
 * @csspart banner - The banner shown for fictional data.
 * @csspart search - The search form.
 * @csspart input - The place or postcode field.
 * @csspart suggestions - The list of suggested places.
 * @csspart button - Every button.
 * @csspart filters - The filter controls.
 * @csspart filters-toggle - The summary that folds and unfolds the filters (folded at first on phone-sized screens).
 * @csspart language-menu - The language menu.
 * @csspart eligibility - The note on which programme fits the age.
 * @csspart results - The results section.
 * @csspart result-list - The list of offices.
 * @csspart result - One office in the list.
 * @csspart action - Every contact link (call, email, website, booking, directions).
 * @csspart details - The details view of one office.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart footer - The footer with the data attributions.
 *
 * @cssprop [--bf-font-family=system-ui, sans-serif] - Font family (fonts come from the host page).
 * @cssprop [--bf-font-size=16px] - Base font size in px; everything else scales with it (em).
 * @cssprop [--bf-color-text=#1a1a1a] - Text colour.
 * @cssprop [--bf-color-muted=#4d4d4d] - Secondary text colour.
 * @cssprop [--bf-color-background=#ffffff] - Background colour.
 * @cssprop [--bf-color-surface=#f4f5f7] - Background of cards and panels.
 * @cssprop [--bf-color-border=#767b84] - Borders of fields and cards.
 * @cssprop [--bf-color-accent=#0b5cad] - Buttons and links.
 * @cssprop [--bf-color-on-accent=#ffffff] - Text on accent-coloured buttons.
 * @cssprop [--bf-color-open=#1b6e36] - "Open now".
 * @cssprop [--bf-color-focus=#c43e00] - Focus outline.
 * @cssprop [--bf-color-banner=#fff4ce] - Background of the fictional-data banner.
 * @cssprop [--bf-radius=0.375em] - Corner radius.
 * @cssprop [--bf-space=1em] - Base spacing.
 */
export class BeratungsFinder extends LitElement {
  static override styles = [styles, takeAwayStyles];

  /** URL of the dataset (JSON following the Beratungsfinder schema). */
  @property({ reflect: true }) src?: string;

  /**
   * UI language, e.g. `de`, `ar` or `de-x-ls` (Leichte Sprache). Without it: the nearest `[lang]`
   * ancestor, then the browser's languages, then German.
   */
  @property({ attribute: "lang" }) locale?: string;

  /** Place or postcode to search when the widget starts, e.g. `10115` or `Leipzig`. */
  @property() near?: string;

  /** Search radius in kilometres. */
  @property({ type: Number }) radius = DEFAULT_RADIUS_KM;

  /** Only these programmes, separated by spaces, e.g. `MBE JMD`. */
  @property() programmes?: string;

  /** Offices per page; "Show more" adds as many again. */
  @property({ type: Number }) limit = DEFAULT_WIDGET_LIMIT;

  /** Keep the search in `location.hash`, so that a link to the page restores it. */
  @property({ type: Boolean, attribute: "hash-state" }) hashState = false;

  /** Colour scheme: `light`, `dark`, or `auto` (follows the system setting). */
  @property({ reflect: true }) theme: "light" | "dark" | "auto" = "light";

  /** Folder with `postcodes.json` and `places.json`; default: `geodata/` beside the bundle. */
  @property({ attribute: "geodata-base" }) geodataBase?: string;

  /** Text overrides by message id, e.g. `{ "app.title": "Beratung in Musterstadt" }`. */
  @property({ attribute: false }) strings?: StringOverrides;

  /** A ready geocoder (instead of loading the place data); mostly for tests and apps that have one. */
  @property({ attribute: false }) geocoder?: Geocoder;

  /** The clock for "open now"; injectable for tests and demos. */
  @property({ attribute: false }) clock: () => Date = () => new Date();

  #data?: Dataset | object;

  /**
   * The dataset as an object, instead of `src` (parsed and validated like a fetched one). It replaces
   * `HTMLElement.dataset`: reading returns the object that was set, or the native `data-*` map while
   * none was set, which is why the getter is typed as `DOMStringMap`.
   */
  override get dataset(): DOMStringMap {
    return (this.#data ?? super.dataset) as DOMStringMap;
  }

  override set dataset(value: Dataset | object | undefined) {
    const old = this.#data;
    this.#data = value;
    this.requestUpdate("dataset", old);
  }

  @state() private status: Status = "idle";
  @state() private failure?: FailureState;
  @state() private loaded?: LoadedDataset;
  @state() private place?: SearchPlace;
  @state() private placeFromLocation = false;
  @state() private filters: SearchFilters = defaultFilters();
  @state() private results?: SearchResults;
  @state() private shown = DEFAULT_WIDGET_LIMIT;
  @state() private selected?: { result: SearchResult; index: number };
  @state() private notice?: string;
  @state() private busy = false;
  @state() private locating = false;
  @state() private announcement = "";
  @state() private localeReady = false;
  @state() private chosenLocale?: Locale;

  /** The counselling languages of the loaded dataset, collected once per load (not per keystroke). */
  private languagesInData: string[] = [];
  private loadedGeocoder?: Geocoder;
  private geocoderLoad?: Promise<Geocoder>;
  private datasetRequest?: AbortController;
  private pendingQuery?: string;
  private announcedLocale?: string;
  /** Filters start folded on phone-sized screens, so the results are not pushed below the fold. */
  @state() private filtersOpen =
    typeof matchMedia !== "function" || !matchMedia("(max-width: 599px)").matches;
  private toggleFilters = (open: boolean): void => {
    this.filtersOpen = open;
  };
  private pendingOffice?: string;
  private focusAfterUpdate?: string;
  private readonly combobox = new SearchCombobox(this, {
    suggest: (text) => this.activeGeocoder?.suggest(text, 8) ?? [],
    choose: (match) => this.choosePlace(match, match.label),
    prepare: () => void this.ensureGeocoder().catch(() => undefined),
  });

  private readonly takeAway = new TakeAwayController(this, {
    announce: (text) => this.announce(text),
    translator: () => this.t,
    now: () => this.clock(),
    linkTo: (result) => this.linkTo(result),
    locale: () => currentLocale(),
  });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** Offices per page: whole `limit`, or the default when it is missing, 0 or not a number ("abc"). */
  private get pageSize(): number {
    // Whole, because core floors the limit: "0.5" would otherwise show no office at all.
    return Math.max(1, Math.floor(this.limit) || DEFAULT_WIDGET_LIMIT);
  }

  private get activeGeocoder(): Geocoder | undefined {
    return this.geocoder ?? this.loadedGeocoder;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.applyLocale();
    if (this.hashState) window.addEventListener("hashchange", this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A running dataset request is kept: frameworks move elements (disconnect, then connect again).
    window.removeEventListener("hashchange", this.onHashChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("locale")) this.applyLocale();
    if (changed.has("radius") && Number.isFinite(this.radius) && this.radius > 0) {
      this.filters = { ...this.filters, radiusKm: this.radius };
    }
    if (changed.has("limit")) this.shown = this.pageSize;
    if (!this.hasUpdated) {
      const hash = this.hashState ? readHashState(location.hash) : {};
      this.pendingQuery = hash.query ?? this.near;
      this.pendingOffice = hash.office;
      if (hash.radiusKm) this.filters = { ...this.filters, radiusKm: hash.radiusKm };
    } else if (changed.has("near") && this.near) {
      this.pendingQuery = this.near;
      if (this.loaded) void this.runPendingQuery();
    }
    if (changed.has("src") || changed.has("dataset" as keyof BeratungsFinder)) void this.loadData();
    else if (!this.hasUpdated) {
      // Frameworks may set `dataset` right after connecting: give them a task before saying it is missing.
      setTimeout(() => {
        if (this.status === "idle") void this.loadData();
      });
    }
    if (changed.has("programmes") && this.hasUpdated) this.runSearch();
  }

  protected override updated(): void {
    if (this.focusAfterUpdate) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate);
      this.focusAfterUpdate = undefined;
      target?.focus();
    }
  }

  // ── Locale ────────────────────────────────────────────────────────────

  private applyLocale(): void {
    const wanted = this.chosenLocale ?? matchLocale(this.locale) ?? resolveLocale(this);
    if (currentLocale() === wanted) {
      this.localeReady = true;
      return;
    }
    activateLocale(wanted).then(
      () => {
        this.localeReady = true;
        const active = currentLocale();
        // connectedCallback and the first update may both ask for the same locale: tell the host once.
        if (active === this.announcedLocale) return;
        this.announcedLocale = active;
        this.dispatchEvent(new BfLocaleChangeEvent({ locale: active, chosen: this.chosenLocale === active }));
      },
      (error: unknown) => {
        this.localeReady = true;
        this.report("locale", error);
      },
    );
  }

  private chooseLocale = (locale: Locale): void => {
    this.chosenLocale = locale;
    this.applyLocale();
    this.focusAfterUpdate = "#bf-locale";
  };

  // ── Data ──────────────────────────────────────────────────────────────

  private async loadData(): Promise<void> {
    this.datasetRequest?.abort();
    const source = this.#data ?? this.src;
    if (!source) {
      this.status = "error";
      this.failure = { kind: "dataset", message: "error.noSource" };
      return;
    }
    const request = new AbortController();
    this.datasetRequest = request;
    this.status = "loading";
    this.failure = undefined;
    try {
      // The validation code (its own file in the CDN build) loads while the dataset downloads.
      const download = startDatasetDownload(source, request.signal);
      const { loadDataset } = await import("./dataset-validation.js");
      const loaded = await loadDataset(source, {
        signal: request.signal,
        ...(download && { fetch: () => download }),
      });
      if (request.signal.aborted) return;
      this.loaded = loaded;
      this.languagesInData = [...new Set(loaded.dataset.offices.flatMap((office) => office.languages))];
      this.status = "ready";
      if (this.pendingQuery) await this.runPendingQuery();
      else this.runSearch();
    } catch (error) {
      if (request.signal.aborted) return;
      this.status = "error";
      this.failure = { kind: "dataset", message: datasetFailure(error) };
      this.report("dataset", error);
    }
  }

  private ensureGeocoder(): Promise<Geocoder> {
    const ready = this.activeGeocoder;
    if (ready) return Promise.resolve(ready);
    if (this.geocoderLoad) return this.geocoderLoad;
    const base = this.geodataBase
      ? new URL(this.geodataBase, document.baseURI)
      : new URL(GEODATA_FOLDER, import.meta.url);
    const load = import("./place-search.js")
      .then(({ loadGeocoder }) => loadGeocoder({ baseUrl: base }))
      .then(
        (geocoder: Geocoder) => {
          this.loadedGeocoder = geocoder;
          if (this.combobox.value && this.shadowRoot?.activeElement?.id === "bf-query")
            this.combobox.refresh();
          return geocoder;
        },
        (error: unknown) => {
          this.geocoderLoad = undefined;
          throw error;
        },
      );
    this.geocoderLoad = load;
    return load;
  }

  private async runPendingQuery(): Promise<void> {
    const query = this.pendingQuery;
    this.pendingQuery = undefined;
    if (query) await this.submitQuery(query, true);
    const office = this.pendingOffice;
    this.pendingOffice = undefined;
    if (office && this.results) {
      const index = this.results.results.findIndex((result) => result.office.id === office);
      const result = this.results.results[index];
      if (result) this.openDetails(result, index, false);
    }
  }

  // ── Searching ─────────────────────────────────────────────────────────

  /** `automatic` marks searches the person did not start (`near`, the URL hash): their typing wins. */
  private async submitQuery(text: string, automatic = false): Promise<void> {
    const query = text.trim();
    this.notice = undefined;
    if (!query) {
      this.notice = this.t("search.empty");
      return;
    }
    this.combobox.setValue(query);
    // Only while the place data loads: a search with it at hand is instant and must not flash a skeleton.
    this.busy = !this.activeGeocoder;
    let geocoder: Geocoder;
    try {
      geocoder = await this.ensureGeocoder();
    } catch (error) {
      this.busy = false;
      this.status = "error";
      this.failure = { kind: "geodata", message: "error.geodata" };
      this.pendingQuery = query;
      this.report("geodata", error);
      return;
    }
    this.busy = false;
    // The person started typing while the place data loaded: leave their text and their search alone.
    if (automatic && this.combobox.value !== query) return;
    const match = geocoder.geocode(query)[0];
    if (!match) {
      this.notice = this.t("search.noPlace", { query });
      this.announce(this.notice);
      return;
    }
    this.choosePlace(match, query);
  }

  private choosePlace(match: GeocodeMatch, query: string): void {
    const place: SearchPlace = { label: match.label, lat: match.lat, lon: match.lon };
    if (match.ags) place.ags = match.ags;
    this.startSearch(place, query, false);
  }

  private startSearch(place: SearchPlace, query: string, fromLocation: boolean): void {
    this.notice = undefined;
    this.place = place;
    this.placeFromLocation = fromLocation;
    this.selected = undefined;
    this.shown = this.pageSize;
    this.combobox.setValue(fromLocation ? "" : query);
    this.dispatchEvent(new BfSearchEvent({ query, place, filters: this.filters }));
    this.runSearch();
    this.writeHash();
  }

  private runSearch(): void {
    if (!this.loaded || !this.place) return;
    try {
      const query = toSearchQuery(this.place, this.filters, {
        programmes: parseProgrammes(this.programmes, PROGRAMMES),
        limit: this.shown,
        now: this.clock(),
      });
      const results = search(this.loaded.index, query);
      this.results = results;
      this.announce(this.t.count("results.count", results.total, currentLocale()));
      this.dispatchEvent(
        new BfResultsEvent({ total: results.total, results: results.results, online: results.online }),
      );
    } catch (error) {
      this.status = "error";
      this.failure = { kind: "render", message: "error.unexpected" };
      this.report("render", error);
    }
  }

  private changeFilters = (filters: SearchFilters): void => {
    this.filters = filters;
    this.shown = this.pageSize;
    this.dispatchEvent(new BfFilterChangeEvent({ filters }));
    this.runSearch();
    this.writeHash();
  };

  private onAgeInput = (event: Event): void => {
    const text = toAsciiDigits((event.target as HTMLInputElement).value).trim();
    const age = Number(text);
    const next: SearchFilters = { ...this.filters };
    if (text && Number.isInteger(age) && isValidAge(age)) next.age = age;
    else delete next.age;
    if (next.age === this.filters.age) return;
    this.filters = next;
    this.dispatchEvent(new BfFilterChangeEvent({ filters: next }));
  };

  private onSubmit = (event: Event): void => {
    event.preventDefault();
    void this.submitQuery(this.combobox.value);
  };

  private showMore = (): void => {
    const before = this.results?.results.length ?? 0;
    this.shown += this.pageSize;
    this.runSearch();
    this.focusAfterUpdate = `#bf-result-${before}`;
  };

  private widenRadius = (radiusKm: number): void => {
    this.changeFilters({ ...this.filters, radiusKm });
  };

  private retry = (): void => {
    const kind = this.failure?.kind;
    this.failure = undefined;
    if (kind === "geodata") {
      this.status = this.loaded ? "ready" : "idle";
      if (!this.loaded) void this.loadData();
      else if (this.pendingQuery) void this.runPendingQuery();
      return;
    }
    if (kind === "render" && this.loaded) {
      this.status = "ready";
      this.runSearch();
      return;
    }
    void this.loadData();
  };

  // ── Location ──────────────────────────────────────────────────────────

  private locate = (): void => {
    this.notice = undefined;
    if (!("geolocation" in navigator)) {
      this.notice = this.t("locate.unavailable");
      return;
    }
    this.locating = true;
    navigator.geolocation.getCurrentPosition(
      (position) => {
        this.locating = false;
        const place = {
          label: this.t("locate.here"),
          lat: position.coords.latitude,
          lon: position.coords.longitude,
        };
        this.startSearch(place, place.label, true);
      },
      (error) => {
        this.locating = false;
        const message: MessageId =
          error.code === error.PERMISSION_DENIED
            ? "locate.denied"
            : error.code === error.TIMEOUT
              ? "locate.timeout"
              : "locate.unavailable";
        this.notice = this.t(message as "locate.denied");
        this.announce(this.notice);
        this.report("geolocation", error);
      },
      { enableHighAccuracy: false, timeout: GEOLOCATION_TIMEOUT_MS, maximumAge: 300_000 },
    );
  };

  // ── Details ───────────────────────────────────────────────────────────

  private openDetails(result: SearchResult, index: number, focus = true): void {
    this.selected = { result, index };
    if (focus) this.focusAfterUpdate = "#bf-details-heading";
    this.dispatchEvent(new BfSelectEvent({ result }));
    this.writeHash();
  }

  private closeDetails = (): void => {
    const index = this.selected?.index;
    this.selected = undefined;
    this.focusAfterUpdate = index === undefined ? "#bf-query" : `#bf-details-${index}`;
    this.writeHash();
  };

  // ── Hash state ────────────────────────────────────────────────────────

  private writeHash(): void {
    if (!this.hashState) return;
    // A location from the browser never goes into the URL, where it could be shared by accident.
    const query = this.placeFromLocation ? undefined : this.combobox.value || this.place?.label;
    const hash = writeHashState(location.hash, {
      ...(query ? { query } : {}),
      radiusKm: this.filters.radiusKm,
      ...(this.selected ? { office: this.selected.result.office.id } : {}),
    });
    if (hash !== location.hash && !(hash === "" && location.hash === "#")) {
      history.replaceState(history.state, "", `${location.pathname}${location.search}${hash}`);
    }
  }

  /** The page with this search and `result` open: what a shared link, a contact card or a QR code points at. */
  private linkTo(result: SearchResult): string {
    const query = this.placeFromLocation ? undefined : this.combobox.value || this.place?.label;
    const hash = writeHashState(location.hash, {
      ...(query ? { query } : {}),
      radiusKm: this.filters.radiusKm,
      office: result.office.id,
    });
    return `${location.origin}${location.pathname}${location.search}${hash}`;
  }

  private onHashChange = (): void => {
    const state = readHashState(location.hash);
    if (state.query && state.query !== this.combobox.value) {
      this.pendingQuery = state.query;
      this.pendingOffice = state.office;
      if (this.loaded) void this.runPendingQuery();
    }
  };

  // ── Reporting ─────────────────────────────────────────────────────────

  /** Screen readers announce a live region only when its text changes: repeat with a trailing space. */
  private announce(text: string): void {
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  private report(kind: BfErrorKind, error: unknown): void {
    this.dispatchEvent(
      new BfErrorEvent({ kind, code: errorCode(error), message: errorMessage(error), error }),
    );
  }

  private get t(): Translator {
    return createTranslator(this.strings);
  }

  // ── Rendering ─────────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    const locale = currentLocale();
    try {
      return this.renderFrame(locale);
    } catch (error) {
      // Never throw from render: show the error state and tell the host once the update is done.
      queueMicrotask(() => this.report("render", error));
      return html`<div class="frame" part="base" lang=${locale} dir=${isRtl(locale) ? "rtl" : "ltr"}>
        <div class="state error" role="alert" part="error">
          <p>${this.t("error.unexpected")}</p>
        </div>
      </div>`;
    }
  }

  private renderFrame(locale: Locale): TemplateResult {
    const t = this.t;
    const format = createFormatting(locale);
    const dataset = this.loaded?.dataset;
    return html`<div class="frame" part="base" lang=${locale} dir=${isRtl(locale) ? "rtl" : "ltr"}>
      <div class="top">
        <div class="intro">
          <slot name="header">
            <h2 part="title">${t("app.title")}</h2>
            <p>${t("app.intro")}</p>
          </slot>
        </div>
        ${renderLanguageMenu(t, locale, this.chooseLocale)}
      </div>
      ${
        dataset?.fictional
          ? html`<div class="banner" part="banner" role="note">
            <p>${t("banner.fictional")}</p>
            ${renderOfficialFinders(t)}
          </div>`
          : nothing
      }
      ${
        this.loaded && this.loaded.invalid.length > 0
          ? html`<p class="notice" part="notice" role="note">
            ${t.count("data.skipped", this.loaded.invalid.length, locale)}
          </p>`
          : nothing
      }
      ${this.renderSearch(t)}
      ${renderFilterPanel({
        t,
        format,
        filters: this.filters,
        languages: this.languagesInData,
        open: this.filtersOpen,
        onToggle: this.toggleFilters,
        onChange: this.changeFilters,
      })}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      <div class="area" aria-busy=${this.status === "loading" || this.busy ? "true" : "false"}>
        ${this.localeReady ? this.renderArea(t, format, locale) : this.renderSkeleton()}
      </div>
      ${this.renderFooter(t, dataset)}
    </div>`;
  }

  private renderSearch(t: Translator): TemplateResult {
    return html`<form class="search" part="search" role="search" @submit=${this.onSubmit} novalidate>
      <div class="search-row">
        ${this.combobox.render(t)}
        <button class="primary" part="button search-button" type="submit">${t("search.submit")}</button>
      </div>
      <div class="locate-row">
        <button class="secondary" part="button locate-button" type="button" @click=${this.locate} ?disabled=${this.locating}>
          ${this.locating ? t("locate.pending") : t("locate.button")}
        </button>
        <p class="hint">${t("locate.note")}</p>
      </div>
      ${this.notice ? html`<p class="notice" id="bf-notice">${this.notice}</p>` : nothing}
      <div class="field age">
        <label for="bf-age">${t("age.label")}</label>
        <input
          id="bf-age"
          type="text"
          inputmode="numeric"
          maxlength="3"
          autocomplete="off"
          aria-describedby="bf-age-hint"
          .value=${this.filters.age === undefined ? "" : String(this.filters.age)}
          @change=${this.onAgeInput}
          @input=${this.onAgeInput}
        />
        <p id="bf-age-hint" class="hint">${t("age.hint")}</p>
      </div>
    </form>`;
  }

  private renderArea(t: Translator, format: Formatting, locale: Locale): TemplateResult {
    if (this.status === "error" && this.failure) return this.renderError(t, this.failure);
    if (this.status === "loading" || this.status === "idle" || this.busy) return this.renderSkeleton(t);
    const age = this.filters.age;
    const note = age === undefined ? nothing : renderEligibilityNote(eligibility({ age }), t, format);
    if (this.selected) {
      const { result } = this.selected;
      const now = this.clock();
      const state = result.office.address?.state;
      return renderOfficeDetails({
        result,
        week: result.office.openingHours
          ? weekView(result.office.openingHours, now, state, { weekendShowsComingWeek: true })
          : [],
        ...this.takeAway.detailsProps(result),
        locale,
        t,
        format,
        onBack: this.closeDetails,
      });
    }
    if (!this.place || !this.results) {
      return html`${note}<p class="state start">${t("start.hint")}</p>`;
    }
    const label = this.placeFromLocation ? t("locate.here") : this.place.label;
    if (this.results.total === 0) return html`${note}${this.renderEmpty(t, format)}`;
    return html`${note}${renderResultList({
      results: this.results,
      placeLabel: label,
      radiusKm: this.filters.radiusKm,
      locale,
      t,
      format,
      onDetails: (result, index) => this.openDetails(result, index),
      onShowMore: this.showMore,
      card: { platform: this.takeAway.platform, onCopy: this.takeAway.copy },
    })}`;
  }

  private renderSkeleton(t?: Translator): TemplateResult {
    return html`<div class="skeleton" part="loading">
      ${t ? html`<p class="state">${this.busy ? t("loading.search") : t("loading.data")}</p>` : nothing}
      <div class="skeleton-card" aria-hidden="true"></div>
      <div class="skeleton-card" aria-hidden="true"></div>
    </div>`;
  }

  private renderEmpty(t: Translator, format: Formatting): TemplateResult {
    const wider = widerRadius(this.filters.radiusKm);
    const online = this.results?.online ?? [];
    return html`<section class="state empty" part="empty" aria-labelledby="bf-empty-heading">
      <h3 id="bf-empty-heading">${t("empty.heading")}</h3>
      ${
        wider
          ? html`<button class="primary" part="button widen-button" type="button" @click=${() => this.widenRadius(wider)}>
            ${t("empty.widen", { distance: format.distance(wider) })}
          </button>`
          : nothing
      }
      ${activeFilterCount(this.filters) > 0 ? html`<p>${t("empty.filters")}</p>` : nothing}
      <p>${t("empty.online")}</p>
      ${
        online.length
          ? html`<ul class="link-list">
            ${online.map((result) => {
              const href = safeHref(result.office.contact.website);
              return html`<li>${href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${result.office.name}</a>` : result.office.name}</li>`;
            })}
          </ul>`
          : renderOnlineServices(t)
      }
      <p>${t("error.official")}</p>
      ${renderOfficialFinders(t)}
    </section>`;
  }

  private renderError(t: Translator, failure: FailureState): TemplateResult {
    return html`<section class="state error" part="error" role="alert" aria-labelledby="bf-error-heading">
      <h3 id="bf-error-heading">${t("error.heading")}</h3>
      <p>${t(failure.message as "error.fetch")}</p>
      ${
        failure.message === "error.noSource"
          ? nothing
          : html`<button class="primary" part="button retry-button" type="button" @click=${this.retry}>
            ${t("error.retry")}
          </button>`
      }
      <p>${t("error.official")}</p>
      ${renderOfficialFinders(t)}
    </section>`;
  }

  private renderFooter(t: Translator, dataset: Dataset | undefined): TemplateResult {
    const publisherUrl = safeHref(dataset?.publisher.url);
    return html`<div class="footer" part="footer">
      <p><slot name="privacy-note">${t("footer.privacy")}</slot></p>
      ${
        dataset
          ? html`<p>
            ${t("footer.data")}
            ${
              dataset.attribution ??
              html`${dataset.name},
            ${
              publisherUrl
                ? html`<a href=${publisherUrl} target="_blank" rel="noopener noreferrer">${dataset.publisher.name}</a>`
                : dataset.publisher.name
            },
            ${dataset.license}`
            }
          </p>`
          : nothing
      }
      <p>
        ${t("footer.geodata")}
        ${GEODATA_ATTRIBUTIONS.map(
          (item, index) =>
            html`${index ? "; " : ""}${item.text} (<a href=${item.licenseUrl} target="_blank" rel="noopener noreferrer"
                >${item.license}</a
              >)`,
        )}
      </p>
      <slot name="footer"></slot>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "beratungs-finder": BeratungsFinder;
  }
}

import type { Geocoder } from "@beratungsfinder/core";
import type { Dataset } from "@beratungsfinder/schemas";
import { DEFAULT_RADIUS_KM, DEFAULT_WIDGET_LIMIT } from "@beratungsfinder/schemas/vocabulary";
import { LitElement, type PropertyValues, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { DatasetController } from "./controllers/dataset-controller.js";
import { FocusController } from "./controllers/focus-controller.js";
import { GeocoderController } from "./controllers/geocoder-controller.js";
import { GeolocationController } from "./controllers/geolocation-controller.js";
import { HistoryController } from "./controllers/history-controller.js";
import { InstanceController } from "./controllers/instance-controller.js";
import { LazyCodeController } from "./controllers/lazy-code-controller.js";
import { SearchController } from "./controllers/search-controller.js";
import { BfErrorEvent, type BfErrorKind } from "./events/bf-error.js";
import { BfLocaleChangeEvent } from "./events/bf-locale-change.js";
import { bfErrorCode, errorCode, errorMessage } from "./failure.js";
import { warmFormattingAhead } from "./localization/formatting.js";
import { LocaleController } from "./localization/locale-controller.js";
import { isRtl, matchLocale } from "./localization/locales.js";
import type { StringOverrides } from "./localization/messages.js";
import { formStyles } from "./parts/form.styles.js";
import { type FrameParts, renderFrame, renderUnexpected } from "./parts/frame.js";
import { adaptiveStyles, frameStyles } from "./parts/frame.styles.js";
import { resultsStyles } from "./parts/results.styles.js";
import { takeAwayStyles } from "./parts/take-away.styles.js";
import { pageSize } from "./search-basics.js";
import type { HashState } from "./search-state.js";
import { timeoutMs } from "./with-timeout.js";

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
 * @fires {BfResultsEvent} bf-results - Results are shown; `detail` has total, results, online services and `complete` (false while a published folder's farther regions still load: the total may grow, and a second event follows).
 * @fires {BfSelectEvent} bf-select - The details of an office were opened.
 * @fires {BfFilterChangeEvent} bf-filter-change - A filter, the radius or the age changed.
 * @fires {BfLocaleChangeEvent} bf-locale-change - The widget switched language.
 * @fires {BfErrorEvent} bf-error - Something failed (dataset, place data, locale, location, rendering); `detail.code` is one of `BF_ERROR_CODES`, each explained in the embedding guide.
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
 * @cssprop [--bf-scroll-offset=0px] - Height of a sticky header of the host page: what the widget scrolls to the top (results heading, details, the widget for a shared link) stays below it.
 */
export class BeratungsFinder extends LitElement {
  static override styles = [frameStyles, formStyles, resultsStyles, adaptiveStyles, takeAwayStyles];

  /**
   * URL of the dataset: a published folder's `manifest.json` (made with `beratungsfinder publish`;
   * regions and details load as searches need them), else a dataset file (JSON following the
   * Beratungsfinder schema, validated in the browser).
   */
  @property({ reflect: true }) src?: string;

  /**
   * UI language, e.g. `de`, `ar` or `de-x-ls` (Leichte Sprache), honoured over the visitor's browser and
   * the page. Leave it out to let the visitor's language win: then the widget takes the language picked
   * in its menu (kept in the URL with `hash-state`), else the browser's, else the page's `lang`, else German.
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

  /**
   * Keep the search (place, radius, filters, an opened office; never the age) and the language picked in
   * `location.hash`, so that a link to the page restores them; each search and each office opened is a
   * step of the browser's history, so that Back closes the office, then returns to the search before.
   */
  @property({ type: Boolean, attribute: "hash-state" }) hashState = false;

  /** Colour scheme: `light`, `dark`, or `auto` (follows the system setting). */
  @property({ reflect: true }) theme: "light" | "dark" | "auto" = "light";

  /**
   * Seconds that the dataset, the place data, a language or a code file may take to load before the
   * widget gives up with an error, the official finders and "Try again" (default 20).
   */
  @property({ type: Number }) timeout?: number;

  /** Folder with the geodata's `manifest.json` and pieces; default: `geodata/` beside the bundle. */
  @property({ attribute: "geodata-base" }) geodataBase?: string;

  /** Text overrides by message id, e.g. `{ "app.title": "Beratung in Musterstadt" }`. */
  @property({ attribute: false }) strings?: StringOverrides;

  /** A ready geocoder (instead of loading the place data); mostly for tests and apps that have one. */
  @property({ attribute: false }) geocoder?: Geocoder;

  /** The clock for "open now"; injectable for tests and demos. */
  @property({ attribute: false }) clock: () => Date = () => new Date();

  /** The visitor's languages by preference; default `navigator.languages`. Injectable for tests and apps. */
  @property({ attribute: false }) browserLanguages?: readonly string[];

  /**
   * The dataset as an object, instead of `src` (parsed and validated like a fetched one). Named `data`,
   * not `dataset`, which is `HTMLElement`'s map of `data-*` attributes.
   */
  @property({ attribute: false }) data?: Dataset | object;

  /** Filters start folded on phone-sized screens, so the results are not pushed below the fold. */
  @state() private filtersOpen =
    typeof matchMedia !== "function" || !matchMedia("(max-width: 599px)").matches;
  private readonly focuser = new FocusController(this, () => this.code.loading);

  private readonly locales = new LocaleController(this, {
    onChange: (locale, chosen) => this.dispatchEvent(new BfLocaleChangeEvent({ locale, chosen })),
    onError: (error) => this.report("locale", error),
  });
  private readonly history = new HistoryController(this, {
    locale: () => this.locales.picked ?? matchLocale(this.locales.linked),
    navigate: (state, ours, located) => this.restore(state, ours, located),
  });
  private readonly datasets = new DatasetController(this, {
    source: () => this.data ?? this.src,
    timeoutMs: () => timeoutMs(this.timeout),
    onLoad: () => void this.search.datasetLoaded(),
    onError: (error) => {
      if (errorCode(error) !== "NO_SOURCE") this.report("dataset", error);
    },
    onPartError: (failure) => this.report("dataset", failure.error),
  });
  private readonly geocoders = new GeocoderController(this, {
    given: () => this.geocoder,
    base: () => this.geodataBase,
    timeoutMs: () => timeoutMs(this.timeout),
    onLoad: () => {
      if (this.search.combobox.value && this.shadowRoot?.activeElement?.id === "bf-query") {
        this.search.combobox.refresh();
      }
    },
  });
  private readonly geolocation = new GeolocationController(this);
  private readonly instance = new InstanceController(this);
  private readonly search: SearchController = new SearchController(this, {
    dataset: () => this.datasets.data?.loaded,
    results: () => this.code.results,
    prepare: (place, radiusKm, reachKm) => this.datasets.prepare(place, radiusKm, reachKm),
    fill: (place, radiusKm) => this.datasets.fill(place, radiusKm),
    covered: (place, radiusKm) => this.datasets.covered(place, radiusKm),
    complete: (ids) => this.datasets.complete(ids),
    geocoder: this.geocoders,
    t: () => this.locales.t,
    history: this.history,
    report: (kind, error) => this.report(kind, error),
    focus: this.focuser,
  });

  /** The results and details code, loaded lazily; with it the take-away buttons of the details. */
  private readonly code = new LazyCodeController(this, {
    timeoutMs: () => timeoutMs(this.timeout),
    onResults: () => {
      if (this.datasets.data) void this.search.datasetLoaded();
    },
    report: (error) => this.report("render", error),
    takeAway: {
      announce: (text) => this.search.announce(text),
      translator: () => this.locales.t,
      now: () => this.clock(),
      linkTo: (result) => this.search.linkTo(result),
      locale: () => this.locales.locale,
    },
  });

  /**
   * The first update waits for tasks of its own. Loading the widget (its modules, the definition, the
   * connect), building the first Intl formatter (ICU loads its data) and rendering the first screen
   * would otherwise be one task, which a phone spends frozen for half a second (issue 12: no task over
   * 50 ms during load). What the first screen and search need is asked for before, in the connecting
   * task: the locale's texts, the published folder's manifest and reader, and the place search with the
   * place data for `near` or a shared link (each code file with the shared chunks it needs, see
   * `preloadChunks`; in the CDN build the first search's code is in the element's file and its first file asked for the data already). Later updates keep Lit's
   * microtask timing.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) {
      const start = this.history.read();
      const locale = this.locales.prefetch(start.locale);
      this.datasets.prefetch();
      // The Intl formatters, in idle moments while the main thread waits for the network anyway,
      // rather than between the first search's steps or before the first render (ICU loads its data).
      const warmFormatting = warmFormattingAhead(locale, AHEAD_WAIT_MS);
      // The place data for the first search, as soon as the place search has loaded (not once the
      // first screen is rendered): the search that runs then finds its pieces loaded or on their way.
      // And once it names one place, the offices around it: their download then overlaps the first
      // screen's render instead of following it.
      const query = start.query ?? this.near;
      if (query) {
        const radiusKm = start.radiusKm ?? this.radius;
        const asked = this.geocoders.prefetch(query).then((place) => {
          if (place) return this.datasets.warm(place, radiusKm);
        });
        // These requests are the first result's critical path; the first screen's tasks (ICU's data, the
        // render, the layout) would come between its steps. They go first, for a moment at most.
        await Promise.race([asked, new Promise((resolve) => setTimeout(resolve, AHEAD_WAIT_MS))]);
      }
      await nextTask();
      warmFormatting();
      await nextTask();
    }
    super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("radius")) this.search.setRadius(this.radius);
    if (changed.has("limit")) this.search.shown = pageSize(this.limit);
    if (!this.hasUpdated) this.restore(this.history.read());
    else if (changed.has("near") && this.near) this.search.queue(this.near);
    if (changed.has("programmes") && this.hasUpdated) void this.search.run();
  }

  /** The language and search from the URL: at the start (else `near`), on Back and Forward. */
  private restore(state: HashState, ours = false, located = false): void {
    if (state.locale && matchLocale(state.locale) !== matchLocale(this.locales.linked)) {
      this.locales.linked = state.locale;
      this.requestUpdate();
    }
    if (this.hasUpdated) this.search.navigate(state, ours, located);
    else this.search.restoreStart(state, this.near);
  }

  /** The controllers and handlers the frame renders from (parts/frame.ts). */
  private readonly parts: FrameParts = {
    instance: this.instance,
    locales: this.locales,
    datasets: this.datasets,
    search: this.search,
    geolocation: this.geolocation,
    code: this.code,
    areaActions: {
      onRetry: () => {
        if (!this.search.retry()) this.datasets.retry();
      },
      onBack: () => this.search.closeDetails(),
      onFilters: this.search.searchAgain,
      onDetails: (result, index) => this.search.openDetails(result, index),
      onShowMore: () => this.search.showMore(),
    },
    filtersOpen: () => this.filtersOpen,
    onToggleFilters: (open) => {
      this.filtersOpen = open;
    },
    onLocale: (locale) => {
      this.locales.pick(locale);
      this.focuser.focus("#bf-locale");
      this.search.writeHash();
    },
    onRetryParts: () => {
      this.datasets.retryParts();
      void this.search.run();
    },
    onSubmit: (event) => {
      event.preventDefault();
      void this.search.submit(this.search.combobox.value);
    },
  };

  private report(kind: BfErrorKind, error: unknown): void {
    this.dispatchEvent(
      new BfErrorEvent({ kind, code: bfErrorCode(error), message: errorMessage(error), error }),
    );
  }

  protected override render(): TemplateResult {
    const t = this.locales.t;
    const dir = isRtl(t.locale) ? "rtl" : "ltr";
    try {
      return renderFrame(this.parts, t, dir, this.code.view(this.search, this.datasets));
    } catch (error) {
      // Never throw from render: show the error state and tell the host once the update is done.
      queueMicrotask(() => this.report("render", error));
      return renderUnexpected(t, dir);
    }
  }
}

/**
 * How long the first screen waits for the first search's data to be asked for (see `scheduleUpdate`):
 * on a phone that is the place data's piece and the regions around it, a few tasks of work.
 */
const AHEAD_WAIT_MS = 400;

/** A task later: the browser may paint, take input and handle responses in between. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

declare global {
  interface HTMLElementTagNameMap {
    "beratungs-finder": BeratungsFinder;
  }
}

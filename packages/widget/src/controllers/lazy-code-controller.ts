import type { ReactiveController, ReactiveControllerHost, TemplateResult } from "lit";
import type { TakeAwayController, TakeAwayOptions } from "../controllers/take-away-controller.js";
import type { MapsPlatform } from "../directions.js";
import { type Failure, loadFailure } from "../failure.js";
import { type FirstSearchCode, importFirstSearch } from "../first-search-import.js";
import { loadChunk } from "../load-chunk.js";
import type { Formatting } from "../localization/formatting.js";
import type { Translator } from "../localization/translator.js";
import type { AreaActions } from "../parts/area.js";
import type { CopyHandler } from "../parts/contact-list.js";
import { renderErrorState, renderLoadingState } from "../parts/error-state.js";
import type { AreaView, SearchModel, ViewState } from "../search-model.js";
import { DEFAULT_TIMEOUT_MS } from "../with-timeout.js";
import type { DatasetController } from "./dataset-controller.js";
import type { SearchController } from "./search-controller.js";

export type ResultsCode = FirstSearchCode;
export type DetailsCode = typeof import("../details-code.js");

/** One function, so that a retry after a failed import is known as one (see `loadChunk`). */
const importDetails = () => import("../details-code.js");

type Part = "results" | "details";
type DetailsArea = Extract<AreaView, { kind: "details" }>;

export interface LazyCodeOptions {
  /** How long a code file may take, in milliseconds (the element's `timeout`, at least the default). */
  timeoutMs(): number;
  /** The results code arrived: what waited for it (a search, the dataset's first results) can run. */
  onResults(): void;
  /** A code file could not be loaded (reported as `render`, code `CHUNK_UNAVAILABLE` or `TIMEOUT`). */
  report(error: unknown): void;
  /** For the details' take-away buttons and print sheet, and the copy buttons of the result cards. */
  takeAway: TakeAwayOptions;
}

/** A view while the results code loads: the dataset's banner and counts, the loading or error state. */
function waitingView(model: SearchModel): ViewState {
  const dataset = model.loaded?.dataset;
  const { failure } = model;
  return {
    ...(dataset ? { dataset } : {}),
    fictional: dataset?.fictional === true,
    skipped: model.loaded?.invalid.length ?? 0,
    busy: !failure,
    area:
      model.status === "error" && failure
        ? { kind: "error", failure, retry: failure.message !== "error.noSource" }
        : { kind: "loading", message: model.busy ? "loading.search" : "loading.data" },
  };
}

const idle = (run: () => void): void => {
  if (typeof requestIdleCallback === "function") requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
};

/**
 * The widget's code that the first screen does not need, loaded lazily through `loadChunk`: the results
 * (core's search, the view model, the result list and cards) as soon as the element connects, beside the
 * dataset; the details of an office (hours table, take-away, print sheet, contact card and calendar
 * files) once results are shown, at idle time, or when an office is opened. A file that fails turns into
 * the widget's error state with "Try again", never into an empty widget.
 */
export class LazyCodeController implements ReactiveController {
  results?: ResultsCode;
  details?: DetailsCode;
  /** Which directions app the result cards and details link to; read once the results code is there. */
  platform: MapsPlatform = "other";
  private takeAway?: TakeAwayController;
  private readonly loads: Partial<Record<Part, Promise<void>>> = {};
  private readonly failed: Partial<Record<Part, Failure>> = {};
  /** The details were asked for (opened), not only fetched ahead: their failure is shown and reported. */
  private detailsWanted = false;
  /** The details' code was fetched ahead (once: a failure waits until an office is opened). */
  private prefetched = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: LazyCodeOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    void this.load("results");
  }

  /** A part of the widget waits for its code (focus moves there once it has arrived). */
  get loading(): boolean {
    return Boolean(this.loads.results || (this.detailsWanted && this.loads.details));
  }

  /** Copy buttons of the result cards (and the details). */
  readonly copy: CopyHandler = (text, source) => {
    const say = { announce: this.options.takeAway.announce, t: this.options.takeAway.translator() };
    void this.results?.copyText(text, source, say);
  };

  /** The view of the search on screen over the dataset's state, and whether the code for it has loaded. */
  view(search: SearchController, datasets: DatasetController): ViewState {
    const failure = search.failure ?? datasets.failure ?? this.failed.results;
    const data = datasets.data;
    const model: SearchModel = {
      status: failure ? "error" : datasets.status,
      ...(failure ? { failure } : {}),
      busy: search.busy,
      ...(data ? { loaded: data.loaded } : {}),
      ...(search.place ? { place: search.place } : {}),
      placeFromLocation: search.placeFromLocation,
      filters: search.filters,
      ...(search.results ? { results: search.results, partial: search.partial } : {}),
      ...(search.selected ? { selected: search.selected } : {}),
      now: this.options.takeAway.now(),
    };
    if (!this.results) return waitingView(model);
    const view = this.results.viewState(model);
    // Results are shown: fetch the details' code while the person reads them.
    if (view.area.kind === "results" && !this.prefetched) {
      this.prefetched = true;
      idle(() => {
        if (!this.details && !this.failed.details) void this.load("details");
      });
    }
    return view;
  }

  /** The main area: loading and error states here, everything else by the results code. */
  renderArea(view: ViewState, t: Translator, actions: Omit<AreaActions, "details" | "card">): TemplateResult {
    const { area } = view;
    const onRetry = () => {
      if (!this.retry()) actions.onRetry();
    };
    if (area.kind === "error") return renderErrorState(area.failure, area.retry, t, onRetry);
    if (area.kind === "loading" || !this.results) return renderLoadingState(t, "loading.data");
    return this.results.renderArea(view, t, {
      ...actions,
      onRetry,
      details: (details, format) => this.renderDetails(details, t, format, actions.onBack, onRetry),
      card: { platform: this.platform, onCopy: this.copy, now: this.options.takeAway.now() },
    });
  }

  /** Loads again what failed; false when no code file failed. */
  retry(): boolean {
    const parts = (Object.keys(this.failed) as Part[]).filter((part) => this.failed[part]);
    for (const part of parts) {
      delete this.failed[part];
      void this.load(part);
    }
    if (parts.length) this.host.requestUpdate();
    return parts.length > 0;
  }

  private renderDetails(
    area: DetailsArea,
    t: Translator,
    format: Formatting,
    onBack: () => void,
    onRetry: () => void,
  ): TemplateResult {
    const { details, takeAway } = this;
    if (details && takeAway) {
      return details.renderOfficeDetails({
        ...area,
        ...takeAway.detailsProps(area.result),
        locale: t.locale,
        t,
        format,
        onBack,
      });
    }
    const failure = this.failed.details;
    if (failure && this.detailsWanted) return renderErrorState(failure, true, t, onRetry);
    if (!this.detailsWanted) {
      this.detailsWanted = true;
      // Fetched ahead and failed quietly: now that an office is open, try once more, and tell if it fails.
      delete this.failed.details;
      void this.load("details");
    }
    return renderLoadingState(t, "loading.data");
  }

  private load(part: Part): Promise<void> {
    const running = this.loads[part];
    if (running) return running;
    // Never less than the default: a short `timeout` is for the data; without this code nothing shows.
    const timeoutMs = Math.max(this.options.timeoutMs(), DEFAULT_TIMEOUT_MS);
    const what = part === "results" ? "the results code" : "the office details code";
    const loaded =
      part === "results"
        ? loadChunk(what, importFirstSearch, { timeoutMs }).then((code) => {
            this.results = code;
            this.platform = code.mapsPlatform(this.options.takeAway.platform ?? navigator);
          })
        : loadChunk(what, importDetails, { timeoutMs }).then((code) => {
            this.details = code;
            this.takeAway ??= new code.TakeAwayController(this.host, this.options.takeAway);
          });
    const done = loaded.then(
      () => {
        this.loads[part] = undefined;
        this.host.requestUpdate();
        if (part === "results") this.options.onResults();
      },
      (error: unknown) => {
        this.loads[part] = undefined;
        this.failed[part] = { kind: "render", message: loadFailure(error) };
        // Details fetched ahead fail quietly; they are tried again when an office is opened.
        if (part === "results" || this.detailsWanted) this.options.report(error);
        this.host.requestUpdate();
      },
    );
    this.loads[part] = done;
    return done;
  }
}

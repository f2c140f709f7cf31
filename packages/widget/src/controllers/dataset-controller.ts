import type { LoadedDataset, PartFailure } from "@beratungsfinder/core";
import type { Dataset, GeoPoint } from "@beratungsfinder/schemas";
import { Task, TaskStatus } from "@lit/task";
import type { ReactiveControllerHost } from "lit";
import { loadDatasetShared, startDatasetDownload } from "../dataset-download.js";
import { datasetFailure, type Failure, WidgetError } from "../failure.js";
import { importFirstSearch } from "../first-search-import.js";
import { loadChunk } from "../load-chunk.js";
import type { PublishedSource } from "../published-loading.js";
import { officeLanguages } from "../search-basics.js";
import { isPublishedManifest } from "../source-urls.js";
import { withTimeout } from "../with-timeout.js";

export type DatasetSource = Dataset | object | string | URL;

export interface LoadedData {
  loaded: LoadedDataset;
  /** The counselling languages of the dataset, collected once per load (not per keystroke). */
  languages: string[];
  /** A published folder (`src` names a manifest.json): its regions and details load as searches need them. */
  published?: PublishedSource;
}

export interface DatasetControllerOptions {
  /** The dataset object, else its URL (or JSON text). */
  source(): DatasetSource | undefined;
  /** How long the dataset may take to load, in milliseconds (the element's `timeout`). */
  timeoutMs(): number;
  onLoad(data: LoadedData): void;
  onError(error: unknown): void;
  /** A part of a published folder failed; the rest is shown. */
  onPartError(failure: PartFailure): void;
}

/**
 * Loads, validates and indexes the dataset with `@lit/task`, within the element's timeout and shared with
 * every widget on the page that has the same `src` (see `loadDatasetShared`): a new source stops waiting
 * for the old one, and a late answer for an old source is dropped. A running load is kept when the element
 * leaves the page, because frameworks move elements (disconnect, then connect again).
 *
 * A `src` naming a `manifest.json` is a published folder: then only the manifest loads here, and
 * `prepare` and `complete` load the regions a search touches and the details of the offices shown.
 */
export class DatasetController {
  private current?: LoadedData;
  /** A published folder's manifest, asked for before the first update (see `prefetch`); used once. */
  private early?: Early;
  /** The same, kept for `warm` after the load has taken it over. */
  private ahead?: Early;
  private readonly task: Task<[DatasetSource | undefined], LoadedData>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DatasetControllerOptions,
  ) {
    this.task = new Task(host, {
      task: ([source], { signal }) => {
        const { early } = this;
        this.early = undefined;
        return load(source, signal, options.timeoutMs(), early);
      },
      args: () => [options.source()],
      onComplete: (data) => {
        this.current = data;
        options.onLoad(data);
      },
      onError: (error) => options.onError(error),
    });
  }

  /**
   * For a published folder: asks for its manifest and the code that reads it now, before the first
   * update, so that they download while the first screen renders. The load then takes them over.
   */
  prefetch(): void {
    const source = this.options.source();
    const url = source === undefined ? undefined : manifestUrl(source);
    if (!url) return;
    const response = startDatasetDownload(url, new AbortController().signal);
    // Opened (its manifest read) as soon as the reader's code is there, so that `warm` can ask for the
    // first search's regions before the first screen has rendered; the load takes the folder over.
    const opened = loadChunk("the published-folder reader", importFirstSearch).then(
      ({ openPublishedSource }) =>
        openPublishedSource(url, {
          signal: new AbortController().signal,
          manifest: response,
          timeoutMs: this.options.timeoutMs(),
        }),
    );
    opened.catch(() => {});
    this.early = { url, opened };
    this.ahead = this.early;
  }

  /**
   * For a published folder asked for by `prefetch`: starts loading the regions a search around `point`
   * will need, without waiting for the first update (the search's `prepare` takes the downloads over).
   * Resolves once they are asked for (or there is nothing to ask for).
   */
  async warm(point: GeoPoint, radiusKm: number): Promise<void> {
    const loaded = this.current?.published;
    if (loaded) return loaded.warm(point, radiusKm);
    const { ahead } = this;
    const source = this.options.source();
    if (!ahead || source === undefined || manifestUrl(source) !== ahead.url) return;
    // A folder that failed to open is the load's to report.
    const published = await ahead.opened.catch(() => undefined);
    published?.warm(point, radiusKm);
  }

  /** The dataset last loaded; kept while another loads or after a reload failed. */
  get data(): LoadedData | undefined {
    return this.current;
  }

  /** What the widget says about the last load's failure, while it stands. */
  get failure(): Failure | undefined {
    if (this.task.status !== TaskStatus.ERROR) return undefined;
    const { error } = this.task;
    return { kind: "dataset", message: datasetFailure(error) };
  }

  get status(): "loading" | "ready" | "error" {
    const { status } = this.task;
    return status === TaskStatus.COMPLETE ? "ready" : status === TaskStatus.ERROR ? "error" : "loading";
  }

  /** The regions of a published folder that failed (index or details files), each once. */
  get failedRegions(): string[] {
    const failures = this.current?.published?.failures ?? [];
    return [...new Set(failures.map((failure) => failure.region))];
  }

  /**
   * For a published folder: loads the regions the page of a search around `point` needs next, given the
   * page's reach in a search over what is loaded (undefined before one could run), and resolves when they
   * are there (failed parts are reported and left out). Undefined when the page needs nothing more (a raw
   * dataset, or the regions it needs are loaded), so the search shows its page.
   */
  prepare(point: GeoPoint, radiusKm: number, reachKm?: number): Promise<void> | undefined {
    const published = this.current?.published;
    return published?.cover(point, radiusKm, reachKm)?.then((failed) => this.settle(published, failed));
  }

  /** For a published folder: loads the rest of the regions within the radius, for the search's total. */
  fill(point: GeoPoint, radiusKm: number): Promise<void> | undefined {
    const published = this.current?.published;
    return published?.fill(point, radiusKm)?.then((failed) => this.settle(published, failed));
  }

  /** Whether a search's total over what is loaded is final (always, for a raw dataset). */
  covered(point: GeoPoint, radiusKm: number): boolean {
    return this.current?.published?.covered(point, radiusKm) ?? true;
  }

  /** For a published folder: fetches the details of these offices (shown or opened) into them. */
  complete(ids: readonly string[]): Promise<void> | undefined {
    const published = this.current?.published;
    return published?.complete(ids)?.then((failed) => this.settle(published, failed));
  }

  /** Loads the current source again, e.g. after a network error. */
  retry(): void {
    void this.task.run();
  }

  /** Fetches the failed parts of a published folder again with the next search. */
  retryParts(): void {
    this.current?.published?.retry();
    this.host.requestUpdate();
  }

  private settle(published: PublishedSource, failed: PartFailure[]): void {
    const data = this.current;
    // A new source arrived meanwhile: its own load decides what is shown.
    if (!data || data.published !== published) return;
    const { loaded } = published;
    this.current = { ...data, loaded, languages: officeLanguages(loaded.dataset) };
    for (const failure of failed) this.options.onPartError(failure);
    this.host.requestUpdate();
  }
}

/** A `src` whose path ends in `manifest.json`: a published folder. */
function manifestUrl(source: DatasetSource): string | undefined {
  const text = source instanceof URL ? source.href : typeof source === "string" ? source.trim() : "";
  if (!text || text.startsWith("{") || text.startsWith("[")) return undefined;
  return isPublishedManifest(text) ? text : undefined;
}

/** A published folder opened before the first update (`prefetch`), for the load to take over once. */
interface Early {
  url: string;
  opened: Promise<PublishedSource>;
}

async function load(
  source: DatasetSource | undefined,
  signal: AbortSignal,
  timeoutMs: number,
  early?: Early,
): Promise<LoadedData> {
  if (!source) {
    // Frameworks may set `data` right after connecting: give them a task before saying it is missing.
    await new Promise((resolve) => setTimeout(resolve));
    signal.throwIfAborted();
    throw new WidgetError(
      "NO_SOURCE",
      "Neither `src` nor `data` is set: the widget has no dataset to search.",
    );
  }
  const manifest = manifestUrl(source);
  if (manifest) {
    // No validation code on this path: the folder was validated when it was published.
    const published = await withTimeout(
      `the published dataset ${manifest}`,
      async (timed) => {
        if (early?.url === manifest) return early.opened;
        const download = startDatasetDownload(manifest, timed);
        const { openPublishedSource } = await loadChunk("the published-folder reader", importFirstSearch);
        return openPublishedSource(manifest, { signal, manifest: download, timeoutMs });
      },
      { signal, timeoutMs },
    );
    return { loaded: published.loaded, languages: [], published };
  }
  const loaded = await loadDatasetShared(source, { signal, timeoutMs });
  return { loaded, languages: officeLanguages(loaded.dataset) };
}

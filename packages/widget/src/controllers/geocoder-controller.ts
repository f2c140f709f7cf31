import type { GeocodeMatch, Geocoder, PlaceResolution } from "@beratungsfinder/core";
import { Task, TaskStatus } from "@lit/task";
import type { ReactiveControllerHost } from "lit";
import { takeEarlyFetch } from "../early-fetch.js";
import { importFirstSearch } from "../first-search-import.js";
import { loadChunk } from "../load-chunk.js";
import { sharedLoad } from "../load-once.js";
import { geodataFolder, MANIFEST } from "../source-urls.js";
import { withTimeout } from "../with-timeout.js";

export interface GeocoderControllerOptions {
  /** A geocoder the host already has (the `geocoder` property); nothing is loaded then. */
  given(): Geocoder | undefined;
  /** The folder with the place data (`geodata-base`); default: `geodata/` beside the bundle. */
  base(): string | undefined;
  /** How long the place search and its data may take to load, in milliseconds (the element's `timeout`). */
  timeoutMs(): number;
  onLoad(geocoder: Geocoder): void;
}

/**
 * Core's geocoder, loaded on the first keystroke or as soon as a search is known (`near`, a shared
 * link), not before: most visitors of a page never search. It fetches the geodata manifest within the
 * element's timeout, once per folder per page (ten widgets share one download and one piece cache),
 * then only the pieces each query needs (postcodes by their first digits, names by their first
 * letters), each once. A failed load is tried again on the next request.
 */
export class GeocoderController {
  private loaded?: Geocoder;
  /** The failure of `prefetch`'s load, for the search that follows it (once). */
  private failedAhead?: { error: unknown };
  private readonly task: Task<[URL], Geocoder>;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: GeocoderControllerOptions,
  ) {
    this.task = new Task(host, {
      autoRun: false,
      task: ([baseUrl]) => loadShared(baseUrl, options.timeoutMs()),
      // Kept here: Task sets its own value only after onComplete returns, and onLoad already asks for it.
      onComplete: (geocoder) => {
        this.loaded = geocoder;
        options.onLoad(geocoder);
      },
    });
  }

  /** The geocoder at hand, if any: given by the host or loaded. */
  get ready(): Geocoder | undefined {
    return this.options.given() ?? this.loaded;
  }

  /**
   * Starts loading the place data the first search (`near`, a shared link) needs, before that search
   * runs. If this fails, the search that follows is told so instead of asking the server again at once.
   * Resolves with the place that search will use when the query names one place (else undefined), so
   * that the offices around it can be asked for, too.
   */
  prefetch(query: string): Promise<GeocodeMatch | undefined> {
    return this.resolve(query).then(
      (resolution) => (resolution.kind === "place" ? resolution.match : undefined),
      (error: unknown) => {
        if (!this.ready) this.failedAhead = { error };
        return undefined;
      },
    );
  }

  /** The geocoder, loading it first if needed; requests while it loads share the one load. */
  ensure(): Promise<Geocoder> {
    const ready = this.ready;
    if (ready) return Promise.resolve(ready);
    const failed = this.failedAhead;
    this.failedAhead = undefined;
    if (failed) return Promise.reject(failed.error);
    if (this.task.status !== TaskStatus.PENDING) {
      // Beside the bundle file this module ends up in (dist/cdn/beratungs-finder-code.js, dist/*.js).
      void this.task.run([new URL(geodataFolder(this.options.base(), import.meta.url, document.baseURI))]);
    }
    return this.task.taskComplete;
  }

  /** A search: the geocoder's matches for `query`, loading what they need first. */
  async lookup(query: string): Promise<GeocodeMatch[]> {
    return (await this.ensure()).lookup(query);
  }

  /**
   * What a search for `query` uses: one place, the places of an ambiguous name, near misses, or
   * nothing (core's `Geocoder.resolve`). A geocoder given by the host without `resolve` answers with
   * its first match, as before.
   */
  async resolve(query: string): Promise<PlaceResolution> {
    const geocoder = await this.ensure();
    if (typeof geocoder.resolve === "function") return geocoder.resolve(query);
    const [match] = await geocoder.lookup(query);
    return match ? { kind: "place", match, label: match.label, others: [] } : { kind: "not-found" };
  }

  /** Typeahead: suggestions for `prefix`, loading what they need first. */
  async lookupSuggestions(prefix: string, limit: number): Promise<GeocodeMatch[]> {
    return (await this.ensure()).lookupSuggestions(prefix, limit);
  }
}

function loadShared(baseUrl: URL, timeoutMs: number): Promise<Geocoder> {
  const folder = baseUrl.href;
  return sharedLoad(`geodata ${folder}`, () =>
    withTimeout(
      `the place data from ${baseUrl.href}`,
      async (signal) => {
        // The manifest's request starts now, beside the place search's code, not once that has arrived:
        // on a phone that is one round trip less before the first result.
        const manifestUrl = new URL(MANIFEST, folder).href;
        // (or earlier still, by the CDN build's first file: see `takeEarlyFetch`).
        const early = takeEarlyFetch(manifestUrl) ?? fetch(manifestUrl, { signal });
        // Read (and its failure reported) by loadGeocoder, which asks for the manifest once per load;
        // if the code fails to load instead, that is the error.
        early.catch(() => {});
        const { loadGeocoder } = await loadChunk("the place search", importFirstSearch);
        return loadGeocoder({
          baseUrl,
          signal,
          // The pieces, too, may have been asked for by the CDN build's first file.
          fetch: (input, init) =>
            String(input) === manifestUrl ? early : (takeEarlyFetch(String(input)) ?? fetch(input, init)),
        });
      },
      { timeoutMs },
    ),
  );
}

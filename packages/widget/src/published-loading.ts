/**
 * Reading a published folder (`src` names a `manifest.json`): core's decoder, which checks the
 * structure of each file cheaply and needs no validation code. The CDN build puts this module with the
 * first search's code into the element's file (see `first-search-code.ts`); it must never import the
 * schemas' main entry or Zod (the build checks that).
 */
import {
  type LoadedDataset,
  openPublished,
  type PartFailure,
  type PublishedDataset,
  type PublishedView,
  regionsForPage,
} from "@beratungsfinder/core";
import type { GeoPoint } from "@beratungsfinder/schemas";
import { timedFetch } from "./with-timeout.js";

/**
 * A published folder as the widget uses it: the regions a search needs and the details of the offices
 * shown load on demand, each once; a part that fails is remembered (and not asked for again until
 * `retry`), and every other part stays usable.
 */
export class PublishedSource {
  readonly #folder: PublishedDataset;
  #view: PublishedView;
  /** Failed parts by file, index and details alike. */
  readonly #failures = new Map<string, PartFailure>();
  /** Offices whose details were asked for (complete, failed, or not in a loaded region), and complete ones. */
  #asked = new Set<string>();
  readonly #complete = new Set<string>();

  constructor(folder: PublishedDataset, empty: PublishedView) {
    this.#folder = folder;
    this.#view = empty;
  }

  /** The offices loaded so far, as the raw path's `loadDataset` gives them. */
  get loaded(): LoadedDataset {
    const { dataset, index } = this.#view;
    return { value: dataset, dataset, index, issues: [], invalid: [], warnings: [] };
  }

  /** The parts that could not be loaded, in the order they failed. */
  get failures(): PartFailure[] {
    return [...this.#failures.values()];
  }

  /**
   * Loads the regions the page of a search within `radiusKm` of `point` still needs (core's
   * `regionsForPage`): first `online` and the regions the point lies in, then, given the page's reach in
   * a search over what is loaded (`SearchResults.pageReachKm`), those it reaches into. Undefined when it
   * needs none: then the page is final, and `fill` loads the rest for the total. Resolves with the parts
   * that failed now.
   */
  cover(point: GeoPoint, radiusKm: number, reachKm?: number): Promise<PartFailure[]> | undefined {
    return this.#load(regionsForPage(this.#folder.nearestRegions(point, radiusKm), this.#settled(), reachKm));
  }

  /** Loads every region within `radiusKm` of `point` not loaded yet (for the total); undefined when none is left. */
  fill(point: GeoPoint, radiusKm: number): Promise<PartFailure[]> | undefined {
    const settled = this.#settled();
    return this.#load(this.#folder.regionsNear(point, radiusKm).filter((key) => !settled.has(key)));
  }

  /** Every region within `radiusKm` of `point` is loaded or has failed: a search's total is final. */
  covered(point: GeoPoint, radiusKm: number): boolean {
    const settled = this.#settled();
    return this.#folder.regionsNear(point, radiusKm).every((key) => settled.has(key));
  }

  /**
   * Starts loading the first regions a search around `point` needs and returns at once: for the first
   * search, whose place is known before the widget has rendered. The search's `cover` then waits for the
   * same downloads (each file is fetched once) and records what failed.
   */
  warm(point: GeoPoint, radiusKm: number): void {
    const first = regionsForPage(this.#folder.nearestRegions(point, radiusKm), this.#settled(), undefined);
    void this.#folder.load(first);
  }

  /**
   * Fetches the details of these offices (those not asked for before) into the loaded offices, so the
   * results on screen gain contact and accessibility; undefined when there is nothing to fetch.
   */
  complete(ids: readonly string[]): Promise<PartFailure[]> | undefined {
    const wanted = ids.filter((id) => !this.#asked.has(id));
    if (wanted.length === 0) return undefined;
    for (const id of wanted) this.#asked.add(id);
    return this.#folder.details(wanted).then(({ offices, failed }) => {
      // The others are asked again only after `retry`: a broken file is not fetched on every search.
      for (const id of offices.keys()) this.#complete.add(id);
      return this.#record(failed);
    });
  }

  /** Forgets the failures, so the next search fetches those parts again. */
  retry(): void {
    this.#failures.clear();
    this.#asked = new Set(this.#complete);
  }

  /** Regions loaded or failed (not asked for again until `retry`). */
  #settled(): Set<string> {
    return new Set([...this.#view.regions, ...this.failures.map((failure) => failure.region)]);
  }

  #load(keys: string[]): Promise<PartFailure[]> | undefined {
    if (keys.length === 0) return undefined;
    return this.#folder.load(keys).then((view) => {
      this.#view = view;
      return this.#record(view.failed);
    });
  }

  #record(failed: PartFailure[]): PartFailure[] {
    for (const failure of failed) this.#failures.set(failure.file, failure);
    return failed;
  }
}

/**
 * Opens the folder whose manifest is at `url`. `manifest`, when given, is the manifest's response
 * already on its way (started before this chunk arrived); every other file is fetched with `fetch`,
 * each within `timeoutMs` (a region that never arrives becomes a failed part, not a search that hangs).
 */
export async function openPublishedSource(
  url: string,
  options: { signal: AbortSignal; manifest?: Promise<Response> | undefined; timeoutMs: number },
): Promise<PublishedSource> {
  const { signal, manifest } = options;
  const fetchFile = timedFetch(options.timeoutMs);
  let pending = manifest;
  const folder = await openPublished(url, {
    signal,
    fetch: (input, init) => {
      const started = pending;
      pending = undefined;
      return started ?? fetchFile(input, init);
    },
  });
  return new PublishedSource(folder, await folder.load([]));
}

import type { Dataset, GeoPoint, Office, Provider } from "@beratungsfinder/schemas";
import { responseText } from "../dataset/response-text.js";
import { BeratungsfinderError, DatasetFetchError } from "../errors.js";
import { distanceKm } from "../geo/distance.js";
import { runInSlices } from "../scheduling/run-in-slices.js";
import { createIndex, type SearchIndex } from "../search/create-index.js";
import {
  type DecodedIndexPart,
  decodeDetailsPart,
  decodeIndexPartSteps,
  decodeManifest,
} from "./decode-published.js";
import type { DerivedFields } from "./encode-published.js";
import { ONLINE_REGION, type PublishedManifest, type PublishedRegion } from "./published-format.js";

export interface OpenPublishedOptions {
  /** Injected fetch (tests, proxies); defaults to the global one. */
  fetch?: typeof globalThis.fetch;
  signal?: AbortSignal;
}

/** A part of the folder that could not be used; every other part still is. */
export interface PartFailure {
  region: string;
  file: string;
  error: BeratungsfinderError;
}

/** The offices loaded so far, ready to search. */
export interface PublishedView {
  /** The manifest's header with the loaded offices (without details) and their providers. */
  dataset: Dataset;
  index: SearchIndex;
  /** Municipality keys and approximate positions worked out when publishing, by office id. */
  derived: ReadonlyMap<string, DerivedFields>;
  /** Regions loaded, ascending. */
  regions: string[];
  /** Regions asked for whose files failed (network, HTTP status, damaged content). */
  failed: PartFailure[];
}

export interface OfficeDetails {
  /** Complete offices by id: the index fields merged with the details. */
  offices: Map<string, Office>;
  failed: PartFailure[];
}

/** A region near a point: `km` is at most the distance from the point to any office of the region. */
export interface RegionDistance {
  key: string;
  km: number;
}

/** A published folder, loaded region by region. */
export interface PublishedDataset {
  readonly manifest: PublishedManifest;
  /** The regions a search within `radiusKm` of `point` must look at, `online` included. */
  regionsNear(point: GeoPoint, radiusKm: number): string[];
  /**
   * The same regions nearest first, each with how near it comes to the point (the nearest edge of its
   * box, offices' outreach places included); `online` first, at 0 km.
   */
  nearestRegions(point: GeoPoint, radiusKm: number): RegionDistance[];
  /** Loads the regions a search around `point` touches (those already loaded are not fetched again). */
  loadNear(point: GeoPoint, radiusKm: number): Promise<PublishedView>;
  /** Loads every region: for searches without a point. */
  loadAll(): Promise<PublishedView>;
  /** Loads the given regions. */
  load(regions: readonly string[]): Promise<PublishedView>;
  /**
   * Completes the offices with these ids (from loaded regions) with their details, fetching the details
   * files they need: the offices of the loaded view (and of search results over it) are filled in
   * themselves, and returned by id.
   */
  details(ids: readonly string[]): Promise<OfficeDetails>;
}

/**
 * Fetches a published folder's `manifest.json`; regions and details follow on demand, each file once.
 * A damaged or missing region is reported in `PublishedView.failed` and leaves the others usable.
 *
 * @example
 * const published = await openPublished("https://example.org/offices/manifest.json");
 * const { index } = await published.loadNear({ lat: 50.94, lon: 6.96 }, 25);
 * search(index, { point: { lat: 50.94, lon: 6.96 }, radiusKm: 25 });
 */
export async function openPublished(
  manifestUrl: string | URL,
  options: OpenPublishedOptions = {},
): Promise<PublishedDataset> {
  const base = new URL(String(manifestUrl), (globalThis as { location?: { href: string } }).location?.href);
  const manifest = decodeManifest(
    await fetchJson(base, options),
    base.pathname.split("/").pop() || base.href,
  );
  return new LoadedFolder(manifest, base, options);
}

class LoadedFolder implements PublishedDataset {
  readonly manifest: PublishedManifest;
  readonly #base: URL;
  readonly #options: OpenPublishedOptions;
  readonly #regions: Map<string, PublishedRegion>;
  readonly #parts = new Map<string, Promise<DecodedIndexPart>>();
  readonly #done = new Map<string, DecodedIndexPart>();
  readonly #failures = new Map<string, PartFailure>();
  readonly #details = new Map<string, Promise<Map<string, Partial<Office>>>>();
  #view: PublishedView | undefined;
  readonly #slices: { signal?: AbortSignal };

  constructor(manifest: PublishedManifest, base: URL, options: OpenPublishedOptions) {
    this.manifest = manifest;
    this.#base = base;
    this.#options = options;
    this.#slices = options.signal ? { signal: options.signal } : {};
    this.#regions = new Map(manifest.regions.map((region) => [region.key, region]));
  }

  regionsNear(point: GeoPoint, radiusKm: number): string[] {
    return this.manifest.regions
      .filter((region) => region.key === ONLINE_REGION || boxWithin(region.bounds, point, radiusKm))
      .map((region) => region.key);
  }

  nearestRegions(point: GeoPoint, radiusKm: number): RegionDistance[] {
    const near: RegionDistance[] = [];
    for (const region of this.manifest.regions) {
      if (region.key === ONLINE_REGION) near.push({ key: region.key, km: 0 });
      else if (region.bounds && boxWithin(region.bounds, point, radiusKm)) {
        near.push({ key: region.key, km: boxDistanceKm(region.bounds, point) });
      }
    }
    // Stable: regions equally near keep the manifest's order.
    return near.sort((a, b) => (a.key === ONLINE_REGION ? -1 : b.key === ONLINE_REGION ? 1 : a.km - b.km));
  }

  loadNear(point: GeoPoint, radiusKm: number): Promise<PublishedView> {
    return this.load(this.regionsNear(point, radiusKm));
  }

  loadAll(): Promise<PublishedView> {
    return this.load(this.manifest.regions.map((region) => region.key));
  }

  async load(keys: readonly string[]): Promise<PublishedView> {
    const failed: PartFailure[] = [];
    await Promise.all(
      keys.map(async (key) => {
        const region = this.#regions.get(key);
        if (!region) {
          const error = new BeratungsfinderError(
            "INVALID_PUBLISHED",
            `The manifest lists no region "${key}".`,
          );
          failed.push({ region: key, file: "manifest.json", error });
          return;
        }
        let part = this.#parts.get(key);
        if (!part) {
          part = fetchJson(new URL(region.index, this.#base), this.#options).then((json) =>
            runInSlices(decodeIndexPartSteps(json, this.manifest, region.index), this.#slices),
          );
          this.#parts.set(key, part);
        }
        try {
          const decoded = await part;
          if (!this.#done.has(key)) {
            this.#done.set(key, decoded);
            this.#failures.delete(key);
            this.#view = undefined;
          }
        } catch (cause) {
          // Forget the attempt, so a later search tries again (a network error may pass).
          this.#parts.delete(key);
          const failure = { region: key, file: region.index, error: asError(cause, region.index) };
          this.#failures.set(key, failure);
          failed.push(failure);
        }
      }),
    );
    return { ...this.#currentView(), failed };
  }

  async details(ids: readonly string[]): Promise<OfficeDetails> {
    const offices = new Map<string, Office>();
    const failed: PartFailure[] = [];
    const byId = new Map<string, { office: Office; region: string }>();
    for (const [region, part] of this.#done)
      for (const office of part.offices) byId.set(office.id, { office, region });
    const wanted = new Set(ids.map((id) => byId.get(id)?.region).filter((key) => key !== undefined));
    const loaded = new Map<string, Map<string, Partial<Office>>>();
    await Promise.all(
      [...wanted].map(async (key) => {
        const file = this.#regions.get(key)?.details as string;
        let part = this.#details.get(key);
        if (!part) {
          part = fetchJson(new URL(file, this.#base), this.#options).then((json) =>
            decodeDetailsPart(json, file),
          );
          this.#details.set(key, part);
        }
        try {
          loaded.set(key, await part);
        } catch (cause) {
          this.#details.delete(key);
          failed.push({ region: key, file, error: asError(cause, file) });
        }
      }),
    );
    for (const id of ids) {
      const entry = byId.get(id);
      const record = entry && loaded.get(entry.region)?.get(id);
      // Into the loaded office itself, so results already on screen (and later searches) are complete.
      if (entry && record) offices.set(id, Object.assign(entry.office, record));
    }
    return { offices, failed };
  }

  #currentView(): Omit<PublishedView, "failed"> {
    if (this.#view) return this.#view;
    const parts = [...this.#done.values()];
    const entries: { office: Office; order: number }[] = [];
    const providers = new Map<string, Provider>();
    const derived = new Map<string, DerivedFields>();
    for (const part of parts) {
      part.offices.forEach((office, position) => {
        entries.push({ office, order: part.orders[position] ?? 0 });
      });
      for (const provider of part.providers) providers.set(provider.id, provider);
      for (const [id, fields] of part.derived) derived.set(id, fields);
    }
    entries.sort((a, b) => a.order - b.order);
    const header = this.manifest.dataset;
    const dataset: Dataset = {
      schemaVersion: header.schemaVersion,
      name: header.name,
      publisher: header.publisher,
      license: header.license,
      generatedAt: header.generatedAt,
      fictional: header.fictional,
      providers: [...providers.values()],
      offices: entries.map((entry) => entry.office),
    };
    if (header.attribution) dataset.attribution = header.attribution;
    this.#view = {
      dataset,
      index: createIndex(dataset),
      derived,
      regions: [...this.#done.keys()].sort(),
      failed: [],
    };
    return this.#view;
  }
}

/**
 * Whether any place in the box could lie within `radiusKm` of `point`: the circle, not the square around
 * it, so regions that only touch the square's corners are not fetched. The nearest point of the box is
 * the point clamped into it (exact along a meridian, within metres across one at these sizes, which the
 * extra kilometre covers).
 */
function boxWithin(bounds: PublishedRegion["bounds"], point: GeoPoint, radiusKm: number): boolean {
  return bounds !== null && clampedDistanceKm(bounds, point) <= radiusKm + 1;
}

/** The distance to the point clamped into the box: exact along a meridian, within metres across one. */
function clampedDistanceKm(bounds: NonNullable<PublishedRegion["bounds"]>, point: GeoPoint): number {
  const [minLat, minLon, maxLat, maxLon] = bounds;
  const nearest = {
    lat: Math.min(Math.max(point.lat, minLat), maxLat),
    lon: Math.min(Math.max(point.lon, minLon), maxLon),
  };
  return distanceKm(point, nearest);
}

/**
 * At most the distance from `point` to any place in the box: to the point clamped into it, less 100 m,
 * which is far more than clamping errs by at these sizes (well under a metre) and keeps it a lower bound.
 */
function boxDistanceKm(bounds: NonNullable<PublishedRegion["bounds"]>, point: GeoPoint): number {
  return Math.max(0, clampedDistanceKm(bounds, point) - 0.1);
}

function asError(cause: unknown, file: string): BeratungsfinderError {
  if (cause instanceof BeratungsfinderError) return cause;
  const message = cause instanceof Error ? cause.message : String(cause);
  return new BeratungsfinderError(
    "INVALID_PUBLISHED",
    `The published file "${file}" cannot be used: ${message}`,
    {
      cause,
    },
  );
}

async function fetchJson(url: URL, options: OpenPublishedOptions): Promise<unknown> {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const { signal } = options;
  let response: Response;
  try {
    response = await fetchImpl(url, signal ? { signal } : {});
  } catch (cause) {
    if (signal?.aborted)
      throw new DatasetFetchError("ABORTED", url.href, `Loading "${url.href}" was aborted.`, { cause });
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new DatasetFetchError("FETCH_FAILED", url.href, `[GET] "${url.href}": ${reason}`, { cause });
  }
  if (!response.ok) {
    const statusText = response.statusText ? ` ${response.statusText}` : "";
    throw new DatasetFetchError(
      "HTTP_ERROR",
      url.href,
      `[GET] "${url.href}": ${response.status}${statusText}`,
      {
        status: response.status,
      },
    );
  }
  const text = await responseText(response);
  const file = url.pathname.split("/").pop() || url.href;
  if (typeof text !== "string") {
    throw new BeratungsfinderError("INVALID_PUBLISHED", `The published file "${file}" ${text.problem}.`);
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new BeratungsfinderError("INVALID_PUBLISHED", `The published file "${file}" is not valid JSON.`, {
      cause,
    });
  }
}

import type { GeoPoint } from "@beratungsfinder/schemas";
import { DEFAULT_RADIUS_KM } from "@beratungsfinder/schemas/vocabulary";
import { type SearchQuery, type SearchResults, search } from "../search/search.js";
import type { PartFailure, PublishedDataset, PublishedView, RegionDistance } from "./open-published.js";
import { ONLINE_REGION } from "./published-format.js";

/**
 * Which regions a search's page still needs before it is final, nearest first.
 * - `near`: the regions within the radius, nearest first (`PublishedDataset.nearestRegions`);
 * - `settled`: those loaded, or given up on (failed);
 * - `reachKm`: the page's reach in a search over what is loaded (`SearchResults.pageReachKm`), or
 *   undefined when no search could run yet (then only the first step is asked for).
 *
 * First come `online` and the nearest regions (those the point lies in, else the nearest one): before
 * they are loaded, a search says nothing about this place. Then every region the page could reach into:
 * those no farther than `reachKm`. Loading those can only bring the page nearer, so at most two steps
 * lead to the final page. With a reach, an empty list means the page is final, though farther regions
 * may still add to the total.
 *
 * @example
 * regionsForPage([{ key: "online", km: 0 }, { key: "50", km: 0 }, { key: "53", km: 9 }], new Set(), undefined);
 * // ["online", "50"]; with both settled and a page reaching 3.2 km: [] (the page is final)
 */
export function regionsForPage(
  near: readonly RegionDistance[],
  settled: ReadonlySet<string>,
  reachKm: number | undefined,
): string[] {
  const located = near.filter((region) => region.key !== ONLINE_REGION);
  const nearestKm = located[0]?.km ?? 0;
  const first = near.filter((region) => region.key === ONLINE_REGION || region.km <= nearestKm);
  const missing = (regions: readonly RegionDistance[]) =>
    regions.filter((region) => !settled.has(region.key)).map((region) => region.key);
  const firstMissing = missing(first);
  if (firstMissing.length > 0 || reachKm === undefined) return firstMissing;
  return missing(near.filter((region) => region.km <= reachKm));
}

/** The first page of a search over a published folder, with what was loaded for it. */
export interface PublishedPage {
  view: PublishedView;
  results: SearchResults;
  /**
   * Every region within the radius is loaded (or failed): `results.total` is final. Otherwise the page
   * is, and the total counts the regions loaded so far; `loadNear` loads the rest.
   */
  complete: boolean;
  /** The parts that failed on the way. */
  failed: PartFailure[];
}

/**
 * Loads only what the first page of a search around `query.point` needs: `online` and the nearest
 * regions, then those the page reaches into (see `regionsForPage`), and searches them. On a national
 * dataset, a city's first page needs one or two regions of the dozen its radius touches.
 *
 * @example
 * const page = await loadFirstPage(published, { point: { lat: 50.94, lon: 6.96 }, radiusKm: 25, limit: 10 });
 * page.results.results; // the 10 nearest, final; page.complete says whether the total is too
 */
export async function loadFirstPage(
  folder: PublishedDataset,
  query: SearchQuery & { point: GeoPoint },
): Promise<PublishedPage> {
  const near = folder.nearestRegions(query.point, query.radiusKm ?? DEFAULT_RADIUS_KM);
  const failed: PartFailure[] = [];
  let view = await folder.load([]);
  for (;;) {
    // Cheap over the few regions loaded; before the first step its reach is ignored.
    const results = search(view.index, query);
    const settled = new Set([...view.regions, ...failed.map((failure) => failure.region)]);
    const needed = regionsForPage(near, settled, results.pageReachKm ?? Number.POSITIVE_INFINITY);
    if (needed.length === 0) {
      const complete = near.every((region) => settled.has(region.key));
      return { view, results, complete, failed };
    }
    view = await folder.load(needed);
    failed.push(...view.failed);
  }
}

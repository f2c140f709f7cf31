import type { Dataset, GeoPoint, Office, Provider } from "@beratungsfinder/schemas";
import {
  CHANNELS,
  isOnlineOffice,
  languageCodeOf,
  PROGRAMMES,
  TOPICS,
  UMBRELLAS,
} from "@beratungsfinder/schemas/vocabulary";
import KDBush from "kdbush";
import { facetMask } from "./facet-mask.js";

export const PROGRAMME_MASK = facetMask(PROGRAMMES);
export const TOPIC_MASK = facetMask(TOPICS);
export const CHANNEL_MASK = facetMask(CHANNELS);
export const UMBRELLA_MASK = facetMask(UMBRELLAS);

/** An office with the lookups a query needs precomputed once, so filtering never allocates. */
export interface IndexedOffice {
  readonly office: Office;
  readonly provider: Provider | undefined;
  /** Position in the dataset: breaks distance ties so paging stays stable. */
  readonly order: number;
  /** Bit masks over the closed lists (see `facetMask`). */
  readonly programmes: number;
  readonly topics: number;
  readonly channels: number;
  readonly umbrella: number;
  /** Lower-case language codes: a handful per office, where an array beats a set and allocates nothing. */
  readonly languages: readonly string[];
  readonly stepFree: boolean;
}

/**
 * Offices ready to be searched: a kdbush spatial index over the offices with coordinates, the offices
 * without any (online services and offices not yet geocoded), and the providers by id.
 */
export interface SearchIndex {
  readonly dataset: Dataset;
  readonly providers: ReadonlyMap<string, Provider>;
  /** Offices with coordinates, in the order of the spatial index's ids. */
  readonly located: readonly IndexedOffice[];
  /** Offices with an address but no coordinates: found only by searches without a point. */
  readonly unlocated: readonly IndexedOffice[];
  /** Offices that `isOnlineOffice` calls online (mbeon, jmd4you…). */
  readonly online: readonly IndexedOffice[];
  /**
   * Since 1.1, the outreach places with coordinates: spatial ids from `located.length` on, in this order
   * (`outreach[id - located.length]`), so a search finds an office by its outreach places too.
   */
  readonly outreach: readonly OutreachPoint[];
  readonly spatial: KDBush;
}

/** An outreach place with coordinates, indexed for search: the office and the place's position in `office.outreach`. */
export interface OutreachPoint {
  readonly entry: IndexedOffice;
  readonly placeIndex: number;
}

/**
 * Builds the search index of a (validated) dataset. Build it once per dataset and reuse it: a query
 * then only touches the offices near its point.
 *
 * @example
 * const index = createIndex(dataset);
 * const { results } = search(index, { point: { lat: 50.94, lon: 6.96 }, radiusKm: 10 });
 */
export function createIndex(dataset: Dataset): SearchIndex {
  const providers = new Map<string, Provider>();
  for (const provider of dataset.providers) providers.set(provider.id, provider);

  const located: IndexedOffice[] = [];
  const points: GeoPoint[] = [];
  const unlocated: IndexedOffice[] = [];
  const online: IndexedOffice[] = [];
  const outreach: OutreachPoint[] = [];
  const outreachPoints: GeoPoint[] = [];
  dataset.offices.forEach((office, order) => {
    const entry = indexOffice(office, order, providers.get(office.providerId));
    office.outreach?.forEach((place, placeIndex) => {
      if (!place.geo) return;
      outreach.push({ entry, placeIndex });
      outreachPoints.push(place.geo);
    });
    if (office.geo) {
      located.push(entry);
      points.push(office.geo);
    } else if (isOnlineOffice(office)) {
      online.push(entry);
    } else {
      unlocated.push(entry);
    }
  });

  // kdbush cannot be built empty; one unreachable point keeps the code paths uniform.
  // Offices first (ids 0 to located.length - 1), then the outreach places.
  points.push(...outreachPoints);
  const spatial = new KDBush(Math.max(points.length, 1));
  for (const point of points) spatial.add(point.lon, point.lat);
  if (points.length === 0) spatial.add(Number.NaN, Number.NaN);
  spatial.finish();

  return { dataset, providers, located, unlocated, online, outreach, spatial };
}

/** The lowercase codes of an office's languages, plain codes or 1.1 language offers alike. */
function languageCodes(entries: Office["languages"]): readonly string[] {
  // Most offices list plain lowercase codes: their own array serves, without a copy per office.
  if (entries.every((entry) => typeof entry === "string" && entry === entry.toLowerCase()))
    return entries as string[];
  return entries.map((entry) => languageCodeOf(entry).toLowerCase());
}

function indexOffice(office: Office, order: number, provider: Provider | undefined): IndexedOffice {
  return {
    office,
    provider,
    order,
    programmes: PROGRAMME_MASK.mask(office.programmes),
    topics: TOPIC_MASK.mask(office.topics),
    channels: CHANNEL_MASK.mask(office.channels),
    umbrella: provider ? UMBRELLA_MASK.mask([provider.umbrella]) : 0,
    languages: languageCodes(office.languages),
    stepFree: office.accessibility?.stepFree === true,
  };
}

import type { SearchQuery } from "@beratungsfinder/core";
import type { Channel, Programme, Topic } from "@beratungsfinder/schemas/vocabulary";
import { DEFAULT_RADIUS_KM } from "@beratungsfinder/schemas/vocabulary";

/** The place a search is centred on: a geocoded place or postcode, or the person's location. */
export interface SearchPlace {
  label: string;
  lat: number;
  lon: number;
  /** Official municipality key, when known: offices responsible for it rank first. */
  ags?: string;
}

export interface SearchFilters {
  radiusKm: number;
  age?: number;
  languages: string[];
  topics: Topic[];
  channels: Channel[];
  openNow: boolean;
  stepFree: boolean;
}

export const RADIUS_CHOICES = [5, 10, 25, 50, 100, 200] as const;

export function defaultFilters(radiusKm = DEFAULT_RADIUS_KM): SearchFilters {
  return { radiusKm, languages: [], topics: [], channels: [], openNow: false, stepFree: false };
}

/** The filters all off ("reset filters"): the radius and the age typed stay, they are not filters. */
export function clearFilters(filters: SearchFilters): SearchFilters {
  const cleared = defaultFilters(filters.radiusKm);
  return filters.age === undefined ? cleared : { ...cleared, age: filters.age };
}

/** How many filters narrow the search (the radius always applies and is not counted). */
export function activeFilterCount(filters: SearchFilters): number {
  return (
    filters.languages.length +
    filters.topics.length +
    filters.channels.length +
    (filters.openNow ? 1 : 0) +
    (filters.stepFree ? 1 : 0)
  );
}

/** The next larger radius to suggest when nothing was found, or `undefined` at the largest. */
export function widerRadius(radiusKm: number): number | undefined {
  return RADIUS_CHOICES.find((choice) => choice > radiusKm);
}

/**
 * The core query for a place and filters. The age is not passed on as a filter: the widget says which
 * programme fits and why, but never hides the other programme.
 */
export function toSearchQuery(
  place: SearchPlace,
  filters: SearchFilters,
  options: { programmes?: Programme[]; limit: number; now: Date },
): SearchQuery {
  const query: SearchQuery = {
    point: { lat: place.lat, lon: place.lon },
    radiusKm: filters.radiusKm,
    limit: options.limit,
    now: options.now,
    includeOnline: true,
  };
  if (place.ags) query.ags = place.ags;
  if (options.programmes?.length) query.programmes = options.programmes;
  if (filters.languages.length) query.languages = filters.languages;
  if (filters.topics.length) query.topics = filters.topics;
  if (filters.channels.length) query.channels = filters.channels;
  if (filters.stepFree) query.stepFree = true;
  if (filters.openNow) query.openAt = options.now;
  return query;
}

/** Parses the `programmes` attribute: codes separated by spaces or commas, e.g. "MBE JMD". */
export function parseProgrammes(value: string | null | undefined, known: readonly string[]): Programme[] {
  if (!value) return [];
  return value
    .split(/[\s,]+/)
    .map((code) => code.trim().toUpperCase())
    .filter((code): code is Programme => known.includes(code));
}

/**
 * The search as it is kept in `location.hash` with `hash-state`: what a shared link restores. The age
 * is left out on purpose: a link may be shared, and the age is nobody else's business.
 */
export interface HashState {
  query?: string;
  radiusKm?: number;
  office?: string;
  /** The language picked in the menu, as a tag (matched against the widget's locales when read). */
  locale?: string;
}

const HASH_KEYS = { query: "bf-q", radiusKm: "bf-r", office: "bf-office", locale: "bf-lang" } as const;

export function readHashState(hash: string): HashState {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const state: HashState = {};
  const query = params.get(HASH_KEYS.query);
  if (query) state.query = query.slice(0, 100);
  const radius = Number(params.get(HASH_KEYS.radiusKm));
  if (Number.isFinite(radius) && radius > 0 && radius <= 1000) state.radiusKm = radius;
  const office = params.get(HASH_KEYS.office);
  if (office) state.office = office.slice(0, 200);
  const locale = params.get(HASH_KEYS.locale);
  if (locale) state.locale = locale.slice(0, 35);
  return state;
}

/** Writes our keys into the hash and keeps any other keys the host page put there. */
export function writeHashState(hash: string, state: HashState): string {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  for (const key of Object.values(HASH_KEYS)) params.delete(key);
  if (state.query) params.set(HASH_KEYS.query, state.query);
  if (state.radiusKm !== undefined) params.set(HASH_KEYS.radiusKm, String(state.radiusKm));
  if (state.office) params.set(HASH_KEYS.office, state.office);
  if (state.locale) params.set(HASH_KEYS.locale, state.locale);
  const text = params.toString();
  return text ? `#${text}` : "";
}

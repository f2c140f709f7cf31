import type { SearchQuery } from "@beratungsfinder/core";
import type { Channel, Programme, Topic } from "@beratungsfinder/schemas/vocabulary";
import { CHANNELS, DEFAULT_RADIUS_KM, TOPICS } from "@beratungsfinder/schemas/vocabulary";
import { HASH_KEYS, linkedStart } from "./hash-keys.js";

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
 * The search as it is kept in `location.hash` with `hash-state`: what a shared link restores (the place
 * as typed, the radius, the filters, an opened office, the language picked). The age is left out on
 * purpose: a link may be shared, and the age is nobody else's business.
 */
export interface HashState {
  query?: string;
  radiusKm?: number;
  languages?: string[];
  topics?: Topic[];
  channels?: Channel[];
  openNow?: boolean;
  stepFree?: boolean;
  office?: string;
  /** The language picked in the menu, as a tag (matched against the widget's locales when read). */
  locale?: string;
}

const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

function list(params: URLSearchParams, key: string, keep: (value: string) => boolean): string[] {
  const values = (params.get(key) ?? "").split(",").filter((value) => value && keep(value));
  return [...new Set(values)].slice(0, 20);
}

export function readHashState(hash: string): HashState {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const state: HashState = linkedStart(params);
  const radius = Number(params.get(HASH_KEYS.radiusKm));
  if (Number.isFinite(radius) && radius > 0 && radius <= 1000) state.radiusKm = radius;
  const languages = list(params, HASH_KEYS.languages, (tag) => LANGUAGE_TAG.test(tag));
  if (languages.length) state.languages = languages;
  const topics = list(params, HASH_KEYS.topics, (topic) => (TOPICS as readonly string[]).includes(topic));
  if (topics.length) state.topics = topics as Topic[];
  const channels = list(params, HASH_KEYS.channels, (code) => (CHANNELS as readonly string[]).includes(code));
  if (channels.length) state.channels = channels as Channel[];
  if (params.get(HASH_KEYS.openNow) === "1") state.openNow = true;
  if (params.get(HASH_KEYS.stepFree) === "1") state.stepFree = true;
  const office = params.get(HASH_KEYS.office);
  if (office) state.office = office.slice(0, 200);
  return state;
}

/** Writes our keys into the hash and keeps any other keys the host page put there. */
export function writeHashState(hash: string, state: HashState): string {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  for (const key of Object.values(HASH_KEYS)) params.delete(key);
  if (state.query) params.set(HASH_KEYS.query, state.query);
  if (state.radiusKm !== undefined) params.set(HASH_KEYS.radiusKm, String(state.radiusKm));
  if (state.languages?.length) params.set(HASH_KEYS.languages, state.languages.join(","));
  if (state.topics?.length) params.set(HASH_KEYS.topics, state.topics.join(","));
  if (state.channels?.length) params.set(HASH_KEYS.channels, state.channels.join(","));
  if (state.openNow) params.set(HASH_KEYS.openNow, "1");
  if (state.stepFree) params.set(HASH_KEYS.stepFree, "1");
  if (state.office) params.set(HASH_KEYS.office, state.office);
  if (state.locale) params.set(HASH_KEYS.locale, state.locale);
  const text = params.toString();
  return text ? `#${text}` : "";
}

/** The filters as a link carries them: the radius and every filter, never the age. */
export function filtersToHash(filters: SearchFilters): HashState {
  const state: HashState = { radiusKm: filters.radiusKm };
  if (filters.languages.length) state.languages = [...filters.languages];
  if (filters.topics.length) state.topics = [...filters.topics];
  if (filters.channels.length) state.channels = [...filters.channels];
  if (filters.openNow) state.openNow = true;
  if (filters.stepFree) state.stepFree = true;
  return state;
}

/**
 * The filters a link asks for, over `base` (the radius of the element and the age typed, which a link
 * never carries).
 */
export function filtersFromHash(state: HashState, base: SearchFilters): SearchFilters {
  const filters: SearchFilters = {
    ...defaultFilters(state.radiusKm ?? base.radiusKm),
    languages: state.languages ?? [],
    topics: state.topics ?? [],
    channels: state.channels ?? [],
    openNow: state.openNow === true,
    stepFree: state.stepFree === true,
  };
  if (base.age !== undefined) filters.age = base.age;
  return filters;
}

/** Whether two states ask for the same search (place, radius and filters), whatever office or language. */
export function sameSearch(a: HashState, b: HashState): boolean {
  const search = (state: HashState) => writeHashState("", { ...state, office: "", locale: "" });
  return search(a) === search(b);
}

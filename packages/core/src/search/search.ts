import type {
  Channel,
  GeoPoint,
  Office,
  Programme,
  Provider,
  Topic,
  Umbrella,
} from "@beratungsfinder/schemas";
import type { EligibilityResult, Reason } from "../eligibility/eligibility.js";
import { eligibility } from "../eligibility/eligibility.js";
import { distanceKm } from "../geo/distance.js";
import { isOpen } from "../opening-hours/is-open.js";
import type { OpeningInterval } from "../opening-hours/next-opening.js";
import { nextOpening } from "../opening-hours/next-opening.js";
import { boundingBox } from "./bounding-box.js";
import type { IndexedOffice, SearchIndex } from "./create-index.js";
import { CHANNEL_MASK, PROGRAMME_MASK, TOPIC_MASK, UMBRELLA_MASK } from "./create-index.js";
import { nearestFirst } from "./nearest-first.js";
import { isResponsible } from "./responsible.js";

export interface SearchQuery {
  /** Where the person is (from the geocoder or the browser's location). Without it nothing is sorted by distance. */
  point?: GeoPoint;
  /** Only offices at most this far from `point`. Default 25. */
  radiusKm?: number;
  /** Official key of the person's municipality or district: marks offices whose service area covers it. */
  ags?: string;
  /** Offices offering any of these programmes. */
  programmes?: Programme[];
  /**
   * Offices whose programmes fit this age (by `eligibility`: in person the programme made for the age,
   * JMD from 12 to 26 and MBE from 27; online every service that accepts it) and whose age range includes it.
   */
  age?: number;
  /** Offices counselling in any of these languages. */
  languages?: string[];
  /** Offices covering any of these topics. */
  topics?: Topic[];
  /** Offices reachable through any of these channels. */
  channels?: Channel[];
  /** `true`: only offices with confirmed step-free access. */
  stepFree?: boolean;
  /** Offices whose provider belongs to any of these umbrella organisations. */
  umbrellas?: Umbrella[];
  /** Only offices open at this instant (online offices without opening hours count as reachable). */
  openAt?: Date;
  /** The instant `openNow` and `nextOpening` refer to. Default: the current time. */
  now?: Date;
  /** Also list online offices (without address) that fit the filters. Default true. */
  includeOnline?: boolean;
  offset?: number;
  /** Default 20. */
  limit?: number;
}

export interface SearchResult {
  office: Office;
  provider?: Provider;
  /** Kilometres from the query point, when the query had one and the office has coordinates. */
  distanceKm?: number;
  openNow: boolean;
  nextOpening: OpeningInterval | null;
  /** The office's service area covers the query's `ags`. */
  responsible: boolean;
  /** Why this office is listed, as message keys (`match.distance` `{ km }`, `match.language` `{ language }`…). */
  reasons: Reason[];
}

export interface SearchResults {
  /** How many offices matched, over all pages. */
  total: number;
  /** The requested page, nearest first. */
  results: SearchResult[];
  /** Online offices (no address) that fit the filters; not paged. */
  online: SearchResult[];
  /** Which programmes fit the query's age, when it had one. */
  eligibility?: EligibilityResult;
}

export const DEFAULT_RADIUS_KM = 25;
const DEFAULT_LIMIT = 20;

/** A query reduced to what each office is tested against, built once per search. 0 means no filter. */
interface CompiledQuery {
  programmes: number;
  /** Programmes that fit the age; kept apart from `programmes` because both must hold. */
  ageProgrammes: number;
  age: number | undefined;
  languages: readonly string[] | undefined;
  topics: number;
  channels: number;
  umbrellas: number;
  stepFree: boolean;
  openAt: Date | undefined;
}

/** A filter asked for with values that match nothing (an empty age fit, an unknown topic): no office fits. */
const NOTHING = -1;

/**
 * Finds the offices near a point that fit every given filter, nearest first, one page at a time.
 * Uses the spatial index: only offices inside the radius's bounding box are ever looked at.
 *
 * @example
 * search(index, { point: { lat: 52.52, lon: 13.4 }, radiusKm: 10, age: 19, languages: ["ar"] });
 */
export function search(index: SearchIndex, query: SearchQuery): SearchResults {
  const now = query.now ?? new Date();
  const fit = query.age === undefined ? undefined : eligibility({ age: query.age });
  const compiled = compileQuery(query, fit, "in-person");

  const offset = Math.max(0, Math.floor(query.offset ?? 0)) || 0;
  const limit = Math.max(0, Math.floor(query.limit ?? DEFAULT_LIMIT)) || 0;
  let total: number;
  const results: SearchResult[] = [];
  if (query.point) {
    const radius = query.radiusKm ?? DEFAULT_RADIUS_KM;
    if (!(radius >= 0)) {
      throw new RangeError(
        `Invalid search radius: expected a number of kilometres >= 0, received ${radius}.`,
      );
    }
    const box = boundingBox(query.point, radius);
    const ids = index.spatial.range(box.minLon, box.minLat, box.maxLon, box.maxLat);
    const found: IndexedOffice[] = [];
    const distances = new Float64Array(ids.length);
    const orders = new Float64Array(ids.length);
    for (const id of ids) {
      const entry = index.located[id];
      if (!entry || !fitsFilters(entry, compiled)) continue;
      const km = distanceKm(query.point, entry.office.geo!);
      if (km > radius || !fitsOpenAt(entry, compiled)) continue;
      distances[found.length] = km;
      orders[found.length] = entry.order;
      found.push(entry);
    }
    total = found.length;
    // Only the offices up to the end of the page need an order; ties go by dataset order, so pages never overlap.
    const nearest = nearestFirst(distances, orders, found.length, offset + limit);
    for (let rank = offset; rank < nearest.length; rank++) {
      const position = nearest[rank]!;
      results.push(toResult(found[position]!, distances[position], query, compiled, now));
    }
  } else {
    // Without a point there is no distance: offices responsible for the query's area come first,
    // each group in dataset order. Sorting the groups apart tests responsibility once per office.
    const responsible: IndexedOffice[] = [];
    const others: IndexedOffice[] = [];
    for (const entries of [index.located, index.unlocated]) {
      for (const entry of entries) {
        if (!fitsFilters(entry, compiled) || !fitsOpenAt(entry, compiled)) continue;
        (isResponsible(entry.office.serviceArea, query.ags) ? responsible : others).push(entry);
      }
    }
    const byOrder = (a: IndexedOffice, b: IndexedOffice) => a.order - b.order;
    const matches = [...responsible.sort(byOrder), ...others.sort(byOrder)];
    total = matches.length;
    for (const entry of matches.slice(offset, offset + limit)) {
      results.push(toResult(entry, undefined, query, compiled, now));
    }
  }

  const online: SearchResult[] = [];
  if (query.includeOnline !== false) {
    const compiledOnline = compileQuery(query, fit, "online");
    for (const entry of index.online) {
      if (fitsFilters(entry, compiledOnline) && fitsOpenAt(entry, compiledOnline)) {
        online.push(toResult(entry, undefined, query, compiledOnline, now));
      }
    }
  }

  const output: SearchResults = { total, results, online };
  if (fit) output.eligibility = fit;
  return output;
}

/**
 * In person, an age keeps the offices of the programme made for it (`primary`: JMD from 12 to 26, MBE
 * from 27), so the filter means something; the exceptions and the neighbour programme stay in
 * `SearchResults.eligibility` for the widget to offer. Online services keep every programme that
 * accepts the age (jmd4you, and mbeon from 18). Without a primary programme (a child, say), every
 * fitting programme counts.
 */
function compileQuery(
  query: SearchQuery,
  fit: EligibilityResult | undefined,
  reach: "in-person" | "online",
): CompiledQuery {
  const ageProgrammes = fit && (reach === "online" || !fit.primary ? fit.programmes : [fit.primary]);
  const compile = (
    mask: { mask(values: readonly string[]): number },
    values: readonly string[] | undefined,
  ) => (values === undefined || values.length === 0 ? 0 : mask.mask(values) || NOTHING);
  const languages = query.languages?.map((language) => language.toLowerCase());
  return {
    programmes: compile(PROGRAMME_MASK, query.programmes),
    ageProgrammes: ageProgrammes ? PROGRAMME_MASK.mask(ageProgrammes) || NOTHING : 0,
    age: query.age,
    languages: languages && languages.length > 0 ? languages : undefined,
    topics: compile(TOPIC_MASK, query.topics),
    channels: compile(CHANNEL_MASK, query.channels),
    umbrellas: compile(UMBRELLA_MASK, query.umbrellas),
    stepFree: query.stepFree === true,
    openAt: query.openAt,
  };
}

/** Whether a facet of the office meets a compiled filter (0: no filter; NOTHING: nothing meets it). */
function meets(officeMask: number, filter: number): boolean {
  return filter === 0 || (filter !== NOTHING && (officeMask & filter) !== 0);
}

/** Every filter except the opening hours, which cost more and run last. */
function fitsFilters(entry: IndexedOffice, query: CompiledQuery): boolean {
  if (!meets(entry.programmes, query.programmes) || !meets(entry.programmes, query.ageProgrammes))
    return false;
  if (!meets(entry.topics, query.topics) || !meets(entry.channels, query.channels)) return false;
  if (!meets(entry.umbrella, query.umbrellas)) return false;
  if (query.stepFree && !entry.stepFree) return false;
  if (query.age !== undefined && !fitsAgeRange(entry, query.age)) return false;
  if (query.languages) {
    let spoken = false;
    for (const language of query.languages) if (entry.languages.includes(language)) spoken = true;
    if (!spoken) return false;
  }
  return true;
}

function fitsAgeRange(entry: IndexedOffice, age: number): boolean {
  const range = entry.office.ageRange;
  if (!range) return true;
  return (range.min === undefined || age >= range.min) && (range.max === undefined || age <= range.max);
}

function fitsOpenAt(entry: IndexedOffice, query: CompiledQuery): boolean {
  if (!query.openAt) return true;
  const { office } = entry;
  // Chat and messenger services without published hours take messages at any time.
  if (!office.openingHours && !office.address && !office.geo) return true;
  return isOpen(office.openingHours, query.openAt, office.address?.state);
}

function toResult(
  entry: IndexedOffice,
  km: number | undefined,
  query: SearchQuery,
  compiled: CompiledQuery,
  now: Date,
): SearchResult {
  const { office } = entry;
  const state = office.address?.state;
  const responsible = isResponsible(entry.office.serviceArea, query.ags);
  // nextOpening gives the current interval when the office is open, so one call answers both questions.
  const next = nextOpening(office.openingHours, now, state);
  const time = now.getTime();
  const result: SearchResult = {
    office,
    openNow: next !== null && next.start.getTime() <= time && time < next.end.getTime(),
    nextOpening: next,
    responsible,
    reasons: reasonsFor(entry, km, responsible, query, compiled),
  };
  if (entry.provider) result.provider = entry.provider;
  if (km !== undefined) result.distanceKm = km;
  return result;
}

function reasonsFor(
  entry: IndexedOffice,
  km: number | undefined,
  responsible: boolean,
  query: SearchQuery,
  compiled: CompiledQuery,
): Reason[] {
  const reasons: Reason[] = [];
  if (km !== undefined) reasons.push({ key: "match.distance", params: { km: Math.round(km * 10) / 10 } });
  if (responsible && query.ags) reasons.push({ key: "match.responsible", params: { ags: query.ags } });
  if (!entry.office.address && !entry.office.geo) reasons.push({ key: "match.online" });
  // Offices reaching this point passed every filter, so a filter's mask is never NOTHING here.
  const programmeFilter = Math.max(0, compiled.programmes) | Math.max(0, compiled.ageProgrammes);
  for (const programme of PROGRAMME_MASK.values(entry.programmes & programmeFilter)) {
    reasons.push({ key: "match.programme", params: { programme } });
  }
  if (compiled.age !== undefined) reasons.push({ key: "match.age", params: { age: compiled.age } });
  for (const language of compiled.languages ?? []) {
    if (entry.languages.includes(language)) reasons.push({ key: "match.language", params: { language } });
  }
  for (const topic of TOPIC_MASK.values(entry.topics & compiled.topics)) {
    reasons.push({ key: "match.topic", params: { topic } });
  }
  for (const channel of CHANNEL_MASK.values(entry.channels & compiled.channels)) {
    reasons.push({ key: "match.channel", params: { channel } });
  }
  if (compiled.stepFree) reasons.push({ key: "match.stepFree" });
  if (compiled.umbrellas !== 0 && entry.provider) {
    reasons.push({ key: "match.umbrella", params: { umbrella: entry.provider.umbrella } });
  }
  if (compiled.openAt) reasons.push({ key: "match.openAt", params: { at: compiled.openAt.toISOString() } });
  return reasons;
}

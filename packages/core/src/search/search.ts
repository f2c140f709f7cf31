import type {
  Channel,
  GeoPoint,
  Office,
  Programme,
  Provider,
  Topic,
  Umbrella,
} from "@beratungsfinder/schemas";
import { DEFAULT_RADIUS_KM, DEFAULT_SEARCH_LIMIT, isOnlineOffice } from "@beratungsfinder/schemas/vocabulary";
import type { EligibilityResult, ProgrammeFit, Reason } from "../eligibility/eligibility.js";
import { eligibility } from "../eligibility/eligibility.js";
import { distanceKm } from "../geo/distance.js";
import { officeHolidayPlace } from "../opening-hours/holiday-place.js";
import type { OpeningInterval } from "../opening-hours/next-opening.js";
import { type OpeningStatus, openingStatus } from "../opening-hours/opening-status.js";
import { boundingBox } from "./bounding-box.js";
import {
  bestFit,
  type CompiledQuery,
  compileQuery,
  fitsFilters,
  fitsOpenAt,
  languageMatch,
  rankGroup,
} from "./compiled-query.js";
import type { IndexedOffice, SearchIndex } from "./create-index.js";
import { CHANNEL_MASK, PROGRAMME_MASK, TOPIC_MASK } from "./create-index.js";
import { nearestFirst } from "./nearest-first.js";
import { addOutreachMatch, type OutreachMatch } from "./outreach-match.js";
import { isResponsible } from "./responsible.js";

export type { OutreachMatch } from "./outreach-match.js";

/** In the seen-offices map of a point search: the office failed the filters. */
const REJECTED = -1;

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
   * Offices with a programme that fits this age (by `eligibility`: an age rules out only what it rules out,
   * JMD from 27, MBE and mbeon under 18 except for the parents of children under 12, jmd4you outside 12–26;
   * AVB, IQ, Faire Integration, Faire Mobilität, anti-discrimination and OTHER stay) and whose own age
   * range includes it.
   * Offices of the programme made for the age (JMD for 12–26, MBE from 27 and for parents of under-12s)
   * come first, then the other fitting ones, each group nearest first; each result says how it fits (`fit`).
   */
  age?: number;
  /**
   * Offices counselling in any of these languages, or in a related one (same ISO 639-3 macrolanguage:
   * Dari `prs` finds Persian `fa`, Kurmanji `kmr` finds Kurdish `ku`). Exact matches come first, related
   * ones after them, marked with `languageMatch: "related"` and a `match.relatedLanguage` reason.
   */
  languages?: string[];
  /** Offices covering any of these topics. */
  topics?: Topic[];
  /** Offices reachable through any of these channels. */
  channels?: Channel[];
  /** `true`: only offices with confirmed step-free access. */
  stepFree?: boolean;
  /** Offices whose provider belongs to any of these umbrella organisations. */
  umbrellas?: Umbrella[];
  /**
   * Only offices a person can walk in to at this instant: during `open` or `consultation` slots, not during
   * appointment or phone hours, nor in appointment-only offices (online offices without hours count as reachable).
   */
  openAt?: Date;
  /** The instant `openNow` and `nextOpening` refer to. Default: the current time. */
  now?: Date;
  /** Also list online offices (without address) that fit the filters. Default true. */
  includeOnline?: boolean;
  /**
   * At most this many online offices in `online` (in the dataset's order), for a national dataset with
   * thousands of them; `onlineTotal` counts them all. Default: all.
   */
  onlineLimit?: number;
  offset?: number;
  /** Default 20. */
  limit?: number;
}

export interface SearchResult {
  office: Office;
  provider?: Provider;
  /** Kilometres from the query point, when the query had one and the office has coordinates. */
  distanceKm?: number;
  /** A person can walk in now (`status.state === "open"`). */
  openNow: boolean;
  /** The interval of any kind the office is in now, or else the next one: read its `kind`. */
  nextOpening: OpeningInterval | null;
  /** Open, by appointment, reachable by phone, or closed, with the next opening. */
  status: OpeningStatus;
  /** The office's service area covers the query's `ags`. */
  responsible: boolean;
  /** With an age: how the office's best-fitting programme fits (primary, alternative, or by exception). */
  fit?: ProgrammeFit;
  /** With languages: whether the office speaks one of them ("exact") or only a related one ("related"). */
  languageMatch?: "exact" | "related";
  /**
   * Since 1.1: the office was found by one of its outreach places, which lies nearer to the query point
   * than the office itself (`distanceKm` is then the place's distance), with the place's next date.
   */
  outreach?: OutreachMatch;
  /** Why this office is listed, as message keys (`match.distance` `{ km }`, `match.language` `{ language }`…). */
  reasons: Reason[];
}

export interface SearchResults {
  /** How many offices matched, over all pages. */
  total: number;
  /** The requested page, nearest first. */
  results: SearchResult[];
  /** Online offices (no address) that fit the filters: all, or the first `onlineLimit`. */
  online: SearchResult[];
  /** How many online offices fit the filters (0 with `includeOnline: false`). */
  onlineTotal: number;
  /** Which programmes fit the query's age, when it had one. */
  eligibility?: EligibilityResult;
  /**
   * With a point: how far the page reaches. An office missing from the index that lies farther than this
   * from the point could not change the page (nor the pages before it): it would sort after them.
   * `Infinity` when any office within the radius could (the page is not full, or it ends in a rank group
   * after the query's first). A search over part of a published folder, its nearest regions, has its final
   * page once every region not loaded lies farther than this (see `loadFirstPage`); only `total` grows
   * while the others load.
   */
  pageReachKm?: number;
}

/** Added to the distance once per rank group: farther than any radius, so each group sorts after the one before. */
const GROUP_GAP_KM = 1e7;

/**
 * Finds the offices near a point that fit every given filter, nearest first, one page at a time.
 * Uses the spatial index: only offices inside the radius's bounding box are ever looked at.
 * Throws a `RangeError` for a negative or NaN `radiusKm` and for an invalid Date in `openAt` or `now`.
 *
 * @example
 * search(index, { point: { lat: 52.52, lon: 13.4 }, radiusKm: 10, age: 19, languages: ["ar"] });
 */
export function search(index: SearchIndex, query: SearchQuery): SearchResults {
  const now = query.now ?? new Date();
  // An invalid Date (from `new Date("")` in a form) would fail deep inside as "Invalid time value".
  for (const [name, instant] of [
    ["now", now],
    ["openAt", query.openAt],
  ] as const) {
    if (instant !== undefined && !(instant instanceof Date && Number.isFinite(instant.getTime()))) {
      throw new RangeError(`Invalid ${name}: expected a valid Date, received ${String(instant)}.`);
    }
  }
  const fit = query.age === undefined ? undefined : eligibility({ age: query.age });
  const compiled = compileQuery(query, fit);

  const offset = wholeCount(query.offset, 0);
  const limit = wholeCount(query.limit, DEFAULT_SEARCH_LIMIT);
  let total: number;
  let pageReachKm: number | undefined;
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
    // Sort keys: the distance, plus a gap no radius reaches per rank group (see rankGroup).
    const keys = new Float64Array(ids.length);
    const orders = new Float64Array(ids.length);
    // With outreach places an office can come up more than once: its nearest point counts.
    const seen = index.outreach.length > 0 ? new Map<IndexedOffice, number>() : undefined;
    const via: (number | undefined)[] = [];
    for (const id of ids) {
      const office = index.located[id];
      const point = office ? undefined : index.outreach[id - index.located.length];
      const entry = office ?? point?.entry;
      if (!entry) continue;
      const geo = point ? entry.office.outreach![point.placeIndex]!.geo! : entry.office.geo!;
      const km = distanceKm(query.point, geo);
      if (km > radius) continue;
      const at = seen?.get(entry);
      if (at === REJECTED) continue;
      if (at !== undefined) {
        // Nearer than what was found before (an outreach place only when strictly nearer than the office).
        if (km < distances[at]! || (km === distances[at] && !point && via[at] !== undefined)) {
          keys[at] = keys[at]! - distances[at]! + km;
          distances[at] = km;
          via[at] = point?.placeIndex;
        }
        continue;
      }
      if (!fitsFilters(entry, compiled) || !fitsOpenAt(entry, compiled)) {
        // Its other points (office, outreach places) need not be tested again.
        seen?.set(entry, REJECTED);
        continue;
      }
      seen?.set(entry, found.length);
      distances[found.length] = km;
      keys[found.length] = km + rankGroup(entry, compiled) * GROUP_GAP_KM;
      orders[found.length] = entry.order;
      via[found.length] = point?.placeIndex;
      found.push(entry);
    }
    total = found.length;
    // Only the offices up to the end of the page need an order; ties go by dataset order, so pages never overlap.
    const nearest = nearestFirst(keys, orders, found.length, offset + limit);
    pageReachKm = reachOf(nearest, keys, distances, offset + limit, compiled);
    for (let rank = offset; rank < nearest.length; rank++) {
      const position = nearest[rank]!;
      const result = toResult(found[position]!, distances[position], query, compiled, now);
      const placeIndex = via[position];
      if (placeIndex !== undefined) addOutreachMatch(result, placeIndex, now);
      results.push(result);
    }
  } else {
    // Without a point there is no distance: by rank group (see rankGroup), within each the offices
    // responsible for the query's area first, each in dataset order. Grouping tests each office once.
    const groups: IndexedOffice[][] = Array.from({ length: 8 }, () => []);
    for (const entries of [index.located, index.unlocated]) {
      for (const entry of entries) {
        if (!fitsFilters(entry, compiled) || !fitsOpenAt(entry, compiled)) continue;
        const responsible = isResponsible(entry.office.serviceArea, query.ags);
        groups[rankGroup(entry, compiled) * 2 + (responsible ? 0 : 1)]!.push(entry);
      }
    }
    const byOrder = (a: IndexedOffice, b: IndexedOffice) => a.order - b.order;
    const matches = groups.flatMap((group) => group.sort(byOrder));
    total = matches.length;
    for (const entry of matches.slice(offset, offset + limit)) {
      results.push(toResult(entry, undefined, query, compiled, now));
    }
  }

  const online: SearchResult[] = [];
  let onlineTotal = 0;
  if (query.includeOnline !== false) {
    // Counting is cheap; a result (opening status, reasons) is built only for those listed.
    const onlineLimit = wholeCount(query.onlineLimit, Number.POSITIVE_INFINITY);
    for (const entry of index.online) {
      if (fitsFilters(entry, compiled) && fitsOpenAt(entry, compiled)) {
        onlineTotal++;
        if (online.length < onlineLimit) online.push(toResult(entry, undefined, query, compiled, now));
      }
    }
  }

  const output: SearchResults = { total, results, online, onlineTotal };
  if (fit) output.eligibility = fit;
  if (pageReachKm !== undefined) output.pageReachKm = pageReachKm;
  return output;
}

/**
 * `SearchResults.pageReachKm` of the `end` first offices in `nearest` (positions into keys and distances).
 * An office not looked at sorts after the last of them when it lies farther: in the first rank group the
 * query has (0 with a primary programme, else 1), its key is its distance plus that group's gap, and every
 * later group adds a gap no distance reaches.
 */
function reachOf(
  nearest: readonly number[],
  keys: Float64Array,
  distances: Float64Array,
  end: number,
  compiled: CompiledQuery,
): number {
  if (end === 0) return Number.NEGATIVE_INFINITY;
  if (nearest.length < end) return Number.POSITIVE_INFINITY;
  const last = nearest[end - 1]!;
  const group = Math.round((keys[last]! - distances[last]!) / GROUP_GAP_KM);
  const firstGroup = compiled.primary === 0 ? 1 : 0;
  return group === firstGroup ? distances[last]! : Number.POSITIVE_INFINITY;
}

function toResult(
  entry: IndexedOffice,
  km: number | undefined,
  query: SearchQuery,
  compiled: CompiledQuery,
  now: Date,
): SearchResult {
  const { office } = entry;
  const responsible = isResponsible(entry.office.serviceArea, query.ags);
  const status = openingStatus(office.openingHours, now, officeHolidayPlace(office));
  const result: SearchResult = {
    office,
    openNow: status.state === "open",
    nextOpening: status.current ?? status.next,
    status,
    responsible,
    reasons: reasonsFor(entry, km, responsible, query, compiled),
  };
  const fit = bestFit(entry, compiled);
  if (fit) result.fit = fit;
  const language = languageMatch(entry, compiled);
  if (language) result.languageMatch = language;
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
  if (isOnlineOffice(entry.office)) reasons.push({ key: "match.online" });
  // Offices reaching this point passed every filter, so a filter's mask is never NOTHING here.
  const programmeFilter = Math.max(0, compiled.programmes) | Math.max(0, compiled.ageProgrammes);
  for (const programme of PROGRAMME_MASK.values(entry.programmes & programmeFilter)) {
    reasons.push({ key: "match.programme", params: { programme } });
  }
  if (compiled.age !== undefined) reasons.push({ key: "match.age", params: { age: compiled.age } });
  // How the office fits the age, in eligibility's words ("eligibility.mbe.exception-under-27").
  const fit = bestFit(entry, compiled);
  if (fit) reasons.push(fit.reason);
  for (const language of compiled.languages ?? []) {
    if (entry.languages.includes(language)) reasons.push({ key: "match.language", params: { language } });
  }
  if (languageMatch(entry, compiled) === "related") {
    for (const language of entry.languages) {
      const asked = compiled.relatedLanguages.get(language);
      if (asked) reasons.push({ key: "match.relatedLanguage", params: { language, asked } });
    }
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

/** A count from a query: `fallback` when absent, whole and not negative, 0 for NaN. */
function wholeCount(value: number | undefined, fallback: number): number {
  return Math.max(0, Math.floor(value ?? fallback)) || 0;
}

import type { StateCode } from "@beratungsfinder/schemas";
import { toAsciiDigits } from "./ascii-digits.js";
import { type DecodedGeoData, decodeGeoData, type Place, type PostcodeRecord } from "./decode-geodata.js";
import type { GeoData } from "./geodata-format.js";
import { nameKeys, spaced } from "./name-keys.js";

export type { Place } from "./decode-geodata.js";
export type { GeoData } from "./geodata-format.js";

/** One answer of `geocode` or `suggest`: a postcode or a municipality, with coordinates. */
export interface GeocodeMatch {
  kind: "postcode" | "place";
  /** The postcode; for a place, the postcode of its town hall when known. */
  postalCode?: string;
  /** The place's name; for a postcode, its main place. */
  name: string;
  /** For a postcode, every place it covers, main place first (municipalities, then localities). */
  names?: string[];
  district: string;
  state: StateCode;
  stateName: string;
  /** 8-digit official municipality key; for a postcode, that of its main place. */
  ags?: string;
  lat: number;
  lon: number;
  /**
   * True when the postcode is missing from the data and the numerically nearest known code of the
   * same 3-digit region lends its place and centroid (99090 Erfurt → 99089's).
   */
  approximate: boolean;
  /** Human-readable, disambiguated: "Neuenkirchen, Kreis Steinfurt, Nordrhein-Westfalen", "50667 Köln, Nordrhein-Westfalen". */
  label: string;
}

export interface Geocoder {
  /** Resolves a postcode, a partial postcode or a place name; best match first, [] when nothing fits. */
  geocode(query: string): GeocodeMatch[];
  /** Typeahead: postcodes or places starting with `prefix`, at most `limit` (default 8). */
  suggest(prefix: string, limit?: number): GeocodeMatch[];
  /** Every municipality, ascending by official key. */
  readonly places: readonly Place[];
}

const MAX_NAME_MATCHES = 100;
const MAX_PREFIX_MATCHES = 10;
const MAX_PARTIAL_POSTCODES = 100;
const MAX_QUERY_LENGTH = 200;
// Official suffixes people copy from registers ("Köln, Stadt"); they qualify nothing. Other words
// after a comma narrow by district or state ("Neuenkirchen, Steinfurt"), when that leaves any match.
const OFFICIAL_SUFFIX =
  /^(stadt|gemeinde|markt|flecken|kreisfreie stadt|grosse kreisstadt|kreisstadt|landeshauptstadt|(freie und )?hansestadt|(universi?tae?ts|wissenschafts|kolping|klingen)stadt)$/;

interface NameEntry {
  /** Folded key with hyphens as spaces, the sort key. */
  key: string;
  /** The same key with hyphens kept. */
  hyphenated: string;
  /** Index into places (kind "place") or postcodes (kind "locality"). */
  index: number;
  kind: "place" | "locality";
  /** 0 for the key with umlauts spelt out ("koeln"), 1 for the one without ("koln"). */
  variant: number;
}

/**
 * Builds the lookup structures (sorted postcodes, sorted folded names) once, so that every lookup
 * afterwards is a binary search plus a short scan.
 *
 * @example
 * const geocoder = createGeocoder({ postcodes, places });
 * geocoder.geocode("Koeln")[0]?.label; // "Köln, Nordrhein-Westfalen"
 * geocoder.geocode("99090")[0]?.approximate; // true: a neighbouring Erfurt code stands in
 */
export function createGeocoder(data: GeoData): Geocoder {
  const decoded = decodeGeoData(data);
  return new IndexedGeocoder(decoded);
}

class IndexedGeocoder implements Geocoder {
  readonly places: readonly Place[];
  readonly #postcodes: readonly PostcodeRecord[];
  readonly #codes: readonly string[];
  readonly #names: readonly NameEntry[];
  readonly #regionKeys = new Map<number, string>();

  constructor(data: DecodedGeoData) {
    this.places = data.places;
    this.#postcodes = data.postcodes;
    this.#codes = data.postcodes.map((postcode) => postcode.code);
    const names: NameEntry[] = [];
    const add = (text: string, index: number, kind: NameEntry["kind"]) => {
      for (const [variant, hyphenated] of nameKeys(text).entries()) {
        names.push({ key: spaced(hyphenated), hyphenated, index, kind, variant });
      }
    };
    data.places.forEach((place, index) => {
      add(place.name, index, "place");
    });
    data.postcodes.forEach((postcode, index) => {
      if (postcode.locality) add(postcode.locality, index, "locality");
    });
    names.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    this.#names = names;
  }

  geocode(query: string): GeocodeMatch[] {
    const text = typeof query === "string" ? toAsciiDigits(query).trim() : "";
    if (text === "" || text.length > MAX_QUERY_LENGTH) return [];
    const postcode = /(?:^|\D)(\d{5})(?:\D|$)/.exec(text)?.[1];
    if (postcode) return this.#postcode(postcode);
    if (/^\d{1,4}$/.test(text)) return this.#postcodesStartingWith(text, MAX_PARTIAL_POSTCODES);
    if (/^[\d\s]*$/.test(text)) return [];
    return this.#placesNamed(text);
  }

  suggest(prefix: string, limit = 8): GeocodeMatch[] {
    const text = typeof prefix === "string" ? toAsciiDigits(prefix).trim() : "";
    const max = Number.isFinite(limit) ? Math.floor(limit) : 8;
    if (text === "" || max <= 0 || text.length > MAX_QUERY_LENGTH) return [];
    const digits = /^(\d{1,5})(?:\s|$)/.exec(text)?.[1];
    if (digits) {
      const matches = this.#postcodesStartingWith(digits, max);
      return matches.length > 0 || digits.length < 5 ? matches : this.#postcode(digits).slice(0, max);
    }
    const best = this.#best(text.split(",")[0] ?? "", "place", max);
    return disambiguated(best.map(({ index }) => this.#placeMatch(index)));
  }

  /**
   * The best `limit` entries of one kind whose names start with `name`, by tier, then spelling,
   * then population. Tier 0 is the name itself or followed by a qualifier ("Frankfurt (Oder)"),
   * 1 a compound ("Neuenkirchen-Vörden"), 2 any longer name ("Frankfurter …"). Within a tier, the
   * spelling as typed beats a folded one ("Hüsby" before "Husby" for "Hüsby", after it for "Husby").
   * One pass over the sorted range, keeping only the best few: a one-letter prefix costs microseconds.
   */
  #best(
    name: string,
    kind: NameEntry["kind"],
    limit: number,
    options: { maxTier?: number; accept?: (index: number) => boolean } = {},
  ): Ranked[] {
    const { maxTier = 2, accept } = options;
    const best = new BestCandidates(limit);
    const keys = nameKeys(name).map(spaced);
    for (const [variant, key] of keys.entries()) {
      for (let i = lowerBound(this.#names, key, (entry) => entry.key); i < this.#names.length; i++) {
        const entry = this.#names[i] as NameEntry;
        if (!entry.key.startsWith(key)) break;
        if (entry.kind !== kind || (accept && !accept(entry.index))) continue;
        const next = entry.key[key.length];
        const tier = next === undefined ? 0 : next !== " " ? 2 : entry.hyphenated[key.length] === "-" ? 1 : 0;
        if (tier > maxTier) continue;
        const folded = variant === 0 && entry.variant === 0 ? 0 : 1;
        best.offer(
          entry.index,
          2 * tier + folded,
          kind === "place" ? (this.places[entry.index]?.population ?? 0) : 0,
        );
      }
    }
    return best.items;
  }

  #postcode(code: string): GeocodeMatch[] {
    const index = lowerBound(this.#codes, code, (item) => item);
    const exact = this.#postcodes[index];
    if (exact?.code === code) return [this.#postcodeMatch(exact, false)];
    // An unknown code borrows the numerically nearest known code of its 3-digit region.
    const region = code.slice(0, 3);
    const value = Number(code);
    let nearest: PostcodeRecord | undefined;
    for (const candidate of [this.#postcodes[index - 1], this.#postcodes[index]]) {
      if (!candidate?.code.startsWith(region)) continue;
      if (!nearest || Math.abs(Number(candidate.code) - value) < Math.abs(Number(nearest.code) - value)) {
        nearest = candidate;
      }
    }
    return nearest ? [this.#postcodeMatch(nearest, true, code)] : [];
  }

  #postcodesStartingWith(prefix: string, limit: number): GeocodeMatch[] {
    const matches: GeocodeMatch[] = [];
    for (
      let i = lowerBound(this.#codes, prefix, (item) => item);
      i < this.#codes.length && matches.length < limit;
      i++
    ) {
      const record = this.#postcodes[i];
      if (!record?.code.startsWith(prefix)) break;
      matches.push(this.#postcodeMatch(record, false));
    }
    return matches;
  }

  #placesNamed(text: string): GeocodeMatch[] {
    const [name = "", ...rest] = text.split(",");
    const qualifiers = nameKeys(rest.join(" ")).map(spaced);
    const qualified =
      qualifiers.length > 0 && !qualifiers.some((qualifier) => OFFICIAL_SUFFIX.test(qualifier))
        ? (index: number) => this.#inRegion(index, qualifiers)
        : undefined;
    // The name itself first (narrowed by the qualifier when that leaves any), then localities, then longer names.
    const lookup = (maxTier: number, limit: number) => {
      const narrowed = qualified ? this.#best(name, "place", limit, { maxTier, accept: qualified }) : [];
      return narrowed.length > 0 ? narrowed : this.#best(name, "place", limit, { maxTier });
    };
    const named = lookup(1, MAX_NAME_MATCHES);
    if (named.length > 0) return disambiguated(named.map(({ index }) => this.#placeMatch(index)));
    const localities = this.#best(name, "locality", MAX_NAME_MATCHES, { maxTier: 1 });
    if (localities.length > 0) {
      return localities
        .map(({ index }) => index)
        .sort((a, b) => a - b)
        .map((index) => this.#postcodeMatch(this.#postcodes[index] as PostcodeRecord, false));
    }
    return disambiguated(lookup(2, MAX_PREFIX_MATCHES).map(({ index }) => this.#placeMatch(index)));
  }

  #inRegion(index: number, qualifiers: string[]): boolean {
    let region = this.#regionKeys.get(index);
    if (region === undefined) {
      const place = this.places[index];
      region = place ? ` ${nameKeys(`${place.district} ${place.stateName}`).map(spaced).join(" ")}` : "";
      this.#regionKeys.set(index, region);
    }
    return qualifiers.some((qualifier) => region.includes(` ${qualifier}`));
  }

  #placeMatch(index: number): GeocodeMatch {
    const place = this.places[index] as Place;
    const match: GeocodeMatch = {
      kind: "place",
      name: place.name,
      district: place.district,
      state: place.state,
      stateName: place.stateName,
      ags: place.ags,
      lat: place.lat,
      lon: place.lon,
      approximate: false,
      label: label(place.name, place),
    };
    if (place.postalCode) match.postalCode = place.postalCode;
    return match;
  }

  /** A postcode's match; an unknown `code` borrows `record`'s place and centroid, marked approximate. */
  #postcodeMatch(record: PostcodeRecord, approximate: boolean, code = record.code): GeocodeMatch {
    const places = record.places.map((index) => this.places[index]).filter((place) => place !== undefined);
    const main = places[0];
    const named = record.locality ? [] : places;
    const name = record.locality ?? named[0]?.name ?? "";
    const region = main ?? { district: "", state: "DE-BY" as const, stateName: "" };
    const match: GeocodeMatch = {
      kind: "postcode",
      postalCode: code,
      name,
      names: record.locality ? [record.locality] : named.map((place) => place.name),
      district: region.district,
      state: region.state,
      stateName: region.stateName,
      lat: record.lat,
      lon: record.lon,
      approximate,
      label: `${code} ${label(name, region)}`,
    };
    if (main) match.ags = main.ags;
    return match;
  }
}

interface Ranked {
  index: number;
  /** 2 × tier + 1 when only a folded spelling matched. */
  rank: number;
  population: number;
}

/** The best `limit` candidates offered, by rank, then population (largest first), then index; each index once. */
class BestCandidates {
  readonly items: Ranked[] = [];
  readonly #byIndex = new Map<number, Ranked>();
  readonly #limit: number;

  constructor(limit: number) {
    this.#limit = limit;
  }

  offer(index: number, rank: number, population: number): void {
    const { items } = this;
    const last = items[items.length - 1];
    if (items.length >= this.#limit && (!last || compare(rank, population, index, last) >= 0)) return;
    const candidate = { index, rank, population };
    const existing = this.#byIndex.get(index);
    if (existing) {
      if (compareRanked(candidate, existing) >= 0) return;
      items.splice(items.indexOf(existing), 1);
    }
    let low = 0;
    let high = items.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareRanked(items[middle] as Ranked, candidate) < 0) low = middle + 1;
      else high = middle;
    }
    items.splice(low, 0, candidate);
    this.#byIndex.set(index, candidate);
    if (items.length > this.#limit) {
      const dropped = items.pop();
      if (dropped) this.#byIndex.delete(dropped.index);
    }
  }
}

/** Position of the first item of a list sorted by `keyOf` whose key is not below `value`. */
function lowerBound<T>(sorted: readonly T[], value: string, keyOf: (item: T) => string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (keyOf(sorted[middle] as T) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function compareRanked(a: Ranked, b: Ranked): number {
  return compare(a.rank, a.population, a.index, b);
}

function compare(rank: number, population: number, index: number, b: Ranked): number {
  return rank - b.rank || b.population - population || index - b.index;
}

/** Two places of one name in one district (Neuenkirchen, Vorpommern-Greifswald) get their postcode in the label. */
function disambiguated(matches: GeocodeMatch[]): GeocodeMatch[] {
  const counts = new Map<string, number>();
  for (const match of matches) counts.set(match.label, (counts.get(match.label) ?? 0) + 1);
  for (const match of matches) {
    if ((counts.get(match.label) ?? 0) > 1 && match.postalCode) {
      match.label = match.label.replace(match.name, `${match.name} (${match.postalCode})`);
    }
  }
  return matches;
}

/** "Neuenkirchen, Kreis Steinfurt, Nordrhein-Westfalen"; "Köln, Nordrhein-Westfalen"; "Berlin". */
function label(name: string, region: { district: string; stateName: string }): string {
  const parts = [name];
  if (region.district && region.district !== name) parts.push(region.district);
  if (region.stateName && region.stateName !== name && region.stateName !== region.district) {
    parts.push(region.stateName);
  }
  return parts.join(", ");
}

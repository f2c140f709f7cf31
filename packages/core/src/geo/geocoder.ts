import type { StateCode } from "@beratungsfinder/schemas";
import { toAsciiDigits } from "./ascii-digits.js";
import { BestCandidates, type Ranked } from "./best-candidates.js";
import { type DecodedAliases, type DistrictRecord, decodeAliases } from "./decode-aliases.js";
import { type DecodedGeoData, decodeGeoData, type Place, type PostcodeRecord } from "./decode-geodata.js";
import { nearKeys } from "./fuzzy-names.js";
import type { GeoData } from "./geodata-format.js";
import { nameKeys, spaced } from "./name-keys.js";

export type { Place } from "./decode-geodata.js";
export type { GeoData } from "./geodata-format.js";

/** One answer of `geocode` or `suggest`: a postcode, a municipality or a city district, with coordinates. */
export interface GeocodeMatch {
  kind: "postcode" | "place" | "district";
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
  /** For a district, the city it belongs to ("Berlin" for Neukölln). */
  partOf?: string;
  /** The query was spelt differently ("Muenchn"): offer "Did you mean München?" rather than taking it silently. */
  fuzzy?: boolean;
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
  /** Index into places (kind "place"), postcodes (kind "locality") or districts (kind "district"). */
  index: number;
  kind: "place" | "locality" | "district";
  /** 0 for the key with umlauts spelt out ("koeln"), 1 for the one without ("koln") or for another name (an exonym). */
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
  const aliases = data.aliases ? decodeAliases(data.aliases, decoded.places) : { exonyms: [], districts: [] };
  return new IndexedGeocoder(decoded, aliases);
}

class IndexedGeocoder implements Geocoder {
  readonly places: readonly Place[];
  readonly #postcodes: readonly PostcodeRecord[];
  readonly #codes: readonly string[];
  readonly #names: readonly NameEntry[];
  readonly #keys: readonly string[];
  readonly #districts: readonly DistrictRecord[];
  readonly #regionKeys = new Map<number, string>();

  constructor(data: DecodedGeoData, aliases: DecodedAliases) {
    this.places = data.places;
    this.#postcodes = data.postcodes;
    this.#codes = data.postcodes.map((postcode) => postcode.code);
    this.#districts = aliases.districts;
    const names: NameEntry[] = [];
    const add = (text: string, index: number, kind: NameEntry["kind"], other = false) => {
      for (const [variant, hyphenated] of nameKeys(text).entries()) {
        names.push({ key: spaced(hyphenated), hyphenated, index, kind, variant: other ? 1 : variant });
      }
    };
    data.places.forEach((place, index) => {
      add(place.name, index, "place");
    });
    for (const exonym of aliases.exonyms) add(exonym.name, exonym.place, "place", true);
    aliases.districts.forEach((district, index) => {
      add(district.name, index, "district");
    });
    data.postcodes.forEach((postcode, index) => {
      if (postcode.locality) add(postcode.locality, index, "locality");
    });
    names.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    this.#names = names;
    this.#keys = names.map((entry) => entry.key);
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
    const name = text.split(",")[0] ?? "";
    // Districts of big cities (Neukölln) rank with places by tier, then by their city's population.
    const ranked = [
      ...this.#best(name, "place", max).map((item) => ({ item, district: false })),
      ...this.#best(name, "district", max).map((item) => ({ item, district: true })),
    ].sort((a, b) => a.item.rank - b.item.rank || b.item.population - a.item.population);
    const matches = ranked
      .slice(0, max)
      .map(({ item, district }) =>
        district ? this.#districtMatch(item.index) : this.#placeMatch(item.index),
      );
    return disambiguated(matches.length > 0 ? matches : this.#nearMisses(name).slice(0, max));
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
        const place =
          kind === "place" ? entry.index : kind === "district" ? this.#districts[entry.index]?.place : -1;
        best.offer(entry.index, 2 * tier + folded, this.places[place ?? -1]?.population ?? 0);
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
    const named = lookup(1, MAX_NAME_MATCHES).map(({ index }) => this.#placeMatch(index));
    const districts = this.#best(name, "district", MAX_NAME_MATCHES, { maxTier: 1 });
    named.push(...districts.map(({ index }) => this.#districtMatch(index)));
    if (named.length > 0) return disambiguated(named);
    const inCity = this.#districtInCity(name);
    if (inCity.length > 0) return disambiguated(inCity);
    const localities = this.#best(name, "locality", MAX_NAME_MATCHES, { maxTier: 1 });
    if (localities.length > 0) {
      return localities
        .map(({ index }) => index)
        .sort((a, b) => a - b)
        .map((index) => this.#postcodeMatch(this.#postcodes[index] as PostcodeRecord, false));
    }
    const longer = lookup(2, MAX_PREFIX_MATCHES).map(({ index }) => this.#placeMatch(index));
    return disambiguated(longer.length > 0 ? longer : this.#nearMisses(name));
  }

  /** "Hamburg Altona", "Köln-Ehrenfeld", "Berlin Neukölln": a city's name, then one of its districts. */
  #districtInCity(name: string): GeocodeMatch[] {
    for (const key of nameKeys(name).map(spaced)) {
      const words = key.split(" ");
      for (let cut = 1; cut < words.length; cut++) {
        const cities = this.#best(words.slice(0, cut).join(" "), "place", MAX_PREFIX_MATCHES, { maxTier: 0 });
        if (cities.length === 0) continue;
        const inCity = new Set(cities.map(({ index }) => index));
        const found = this.#best(words.slice(cut).join(" "), "district", MAX_PREFIX_MATCHES, {
          maxTier: 1,
          accept: (index) => inCity.has(this.#districts[index]?.place ?? -1),
        });
        if (found.length > 0) return found.map(({ index }) => this.#districtMatch(index));
      }
    }
    return [];
  }

  /** Places and districts spelt within a few edits of `name`, closest first, marked `fuzzy`. */
  #nearMisses(name: string): GeocodeMatch[] {
    const seen = new Set<string>();
    const matches: { match: GeocodeMatch; population: number }[] = [];
    for (const key of nameKeys(name).map(spaced)) {
      const found = nearKeys(this.#keys, key, (value) => lowerBound(this.#keys, value, (item) => item));
      for (const position of found) {
        const entry = this.#names[position] as NameEntry;
        if (entry.kind === "locality" || seen.has(`${entry.kind}${entry.index}`)) continue;
        seen.add(`${entry.kind}${entry.index}`);
        const place = entry.kind === "place" ? entry.index : (this.#districts[entry.index]?.place ?? -1);
        const match =
          entry.kind === "place" ? this.#placeMatch(entry.index) : this.#districtMatch(entry.index);
        matches.push({ match: { ...match, fuzzy: true }, population: this.places[place]?.population ?? 0 });
      }
    }
    matches.sort((a, b) => b.population - a.population);
    return matches.slice(0, MAX_PREFIX_MATCHES).map(({ match }) => match);
  }

  #districtMatch(index: number): GeocodeMatch {
    const district = this.#districts[index] as DistrictRecord;
    const city = this.#placeMatch(district.place);
    return {
      ...city,
      kind: "district",
      name: district.name,
      postalCode: district.postalCode,
      lat: district.lat,
      lon: district.lon,
      partOf: city.name,
      label: `${district.name}, ${city.label}`,
    };
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

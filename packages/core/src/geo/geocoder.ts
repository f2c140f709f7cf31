import type { StateCode } from "@beratungsfinder/schemas";
import { toAsciiDigits } from "./ascii-digits.js";
import { BestCandidates, type Ranked } from "./best-candidates.js";
import type { DistrictRecord, Place, PostcodeRecord } from "./decode-pieces.js";
import { allowedEdits, firstLetterNeighbours, nearKeys } from "./fuzzy-names.js";
import { disambiguated, label, lowerBound } from "./geocode-label.js";
import type { GeoData } from "./geodata-format.js";
import type { LoadedGeodata, NameEntry } from "./loaded-geodata.js";
import { nameKeys, spaced } from "./name-keys.js";
import { PieceLoader, type PieceSource } from "./piece-loader.js";
import {
  DISTRICT_SHARE,
  decide,
  decidePostcodes,
  MAX_CHOICES,
  type PlaceResolution,
  type RankedMatch,
} from "./resolve-place.js";

export type { Place } from "./decode-pieces.js";
export type { GeoData } from "./geodata-format.js";
export type { PlaceChoice, PlaceResolution } from "./resolve-place.js";
export { queryForPlace, shortPlaceLabel } from "./resolve-place.js";

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
  /** For a postcode, the keys of every municipality it covers, main first; none when it names no municipality. */
  municipalityKeys?: string[];
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

/**
 * Finds postcodes and places. A geocoder built from all the data (`createGeocoder`,
 * `loadGeocoderFromDisk`) answers `geocode` and `suggest` at once; one from `loadGeocoder` fetches the
 * pieces a query needs: use `lookup` and `lookupSuggestions` (the synchronous methods see only the
 * pieces loaded so far, so they answer as those did).
 */
export interface Geocoder {
  /** Resolves a postcode, a partial postcode or a place name over the loaded pieces; best match first, [] when nothing fits. */
  geocode(query: string): GeocodeMatch[];
  /** Typeahead over the loaded pieces: postcodes or places starting with `prefix`, at most `limit` (default 8). */
  suggest(prefix: string, limit?: number): GeocodeMatch[];
  /**
   * `geocode` after loading the pieces it needs, each piece once per geocoder (at once when they are
   * there). A piece that cannot be fetched or read rejects with `GEODATA_UNAVAILABLE` naming it, and
   * is tried again next time.
   */
  lookup(query: string): Promise<GeocodeMatch[]>;
  /**
   * `suggest` after loading the pieces it needs, like `lookup`; near misses come only from the pieces
   * around the typed text, so typing never fetches every piece of a letter.
   */
  lookupSuggestions(prefix: string, limit?: number): Promise<GeocodeMatch[]>;
  /**
   * What a search for `query` should use, after loading the pieces it needs like `lookup`: one place
   * (with a short label for the heading), the places of an ambiguous name to choose from ("Neuenkirchen
   * (Kreis Steinfurt, Nordrhein-Westfalen)", …), "did you mean" suggestions for a near miss (edits in
   * the folded name, bounded by its length; a mistyped first letter is tried with the letters next to
   * it, fetching the few pieces of those keys), or not found. See `PlaceResolution`.
   *
   * @example
   * (await geocoder.resolve("Neuenkirchen")).kind; // "ambiguous": 11 municipalities of that name
   * (await geocoder.resolve("Löln")).kind; // "suggestions": Köln
   */
  resolve(query: string): Promise<PlaceResolution>;
  /** Every loaded municipality, ascending by official key (all of them with the whole data). */
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

/**
 * Builds a geocoder over the whole data (the manifest and every piece it names), so that every lookup
 * is a binary search plus a short scan and `prepare` has nothing to fetch. A piece the manifest names
 * but `data` lacks fails with `GEODATA_UNAVAILABLE` naming it.
 *
 * @example
 * const geocoder = createGeocoder({ manifest, pieces });
 * geocoder.geocode("Koeln")[0]?.label; // "Köln, Nordrhein-Westfalen"
 * geocoder.geocode("99090")[0]?.approximate; // true: a neighbouring Erfurt code stands in
 */
export function createGeocoder(data: GeoData): Geocoder {
  const loader = PieceLoader.whole(data);
  return new IndexedGeocoder(loader.data, loader);
}

/** A geocoder that fetches pieces as queries need them (see `loadGeocoder`). */
export function createPiecewiseGeocoder(source: PieceSource): Geocoder {
  const loader = new PieceLoader(source);
  return new IndexedGeocoder(loader.data, loader);
}

class IndexedGeocoder implements Geocoder {
  readonly #data: LoadedGeodata;
  readonly #loader: PieceLoader;
  readonly #regionKeys = new Map<number, string>();

  constructor(data: LoadedGeodata, loader: PieceLoader) {
    this.#data = data;
    this.#loader = loader;
  }

  get places(): readonly Place[] {
    return this.#data.placesByKey;
  }

  async lookup(query: string): Promise<GeocodeMatch[]> {
    await this.#prepare(query, { limit: MAX_PARTIAL_POSTCODES, suggesting: false }, () =>
      this.geocode(query),
    );
    return this.geocode(query);
  }

  async lookupSuggestions(prefix: string, limit = 8): Promise<GeocodeMatch[]> {
    await this.#prepare(prefix, { limit, suggesting: true }, () => this.suggest(prefix, limit));
    return this.suggest(prefix, limit);
  }

  async resolve(query: string): Promise<PlaceResolution> {
    await this.#prepare(query, { limit: MAX_PARTIAL_POSTCODES, suggesting: false }, () =>
      this.geocode(query),
    );
    const text = queryText(query);
    const name = text.split(",")[0] ?? "";
    const variants = this.#firstLetterVariants(name);
    // A near miss may have its first letter wrong too ("Vremen": Vreden or Bremen?): the pieces of
    // those keys are fetched only when the name itself names nothing.
    const found = this.#resolveLoaded(text, []);
    if (found.kind === "place" || found.kind === "ambiguous" || variants.length === 0) return found;
    await this.#loader.names(variants);
    return this.#resolveLoaded(text, variants);
  }

  /** `resolve` over the pieces loaded; `variants` are the query's keys with another first letter. */
  #resolveLoaded(text: string, variants: readonly string[]): PlaceResolution {
    if (text === "") return { kind: "not-found" };
    const postcode = /(?:^|\D)(\d{5})(?:\D|$)/.exec(text)?.[1];
    if (postcode) return decidePostcodes(this.#postcode(postcode));
    if (/^\d{1,4}$/.test(text)) return decidePostcodes(this.#postcodesStartingWith(text, MAX_CHOICES + 1));
    if (/^[\d\s]*$/.test(text)) return { kind: "not-found" };
    const name = text.split(",")[0] ?? "";
    const place = (ranked: Ranked): RankedMatch => ({
      match: this.#placeMatch(this.#data.places[ranked.index] as Place),
      rank: ranked.rank,
      weight: ranked.population,
    });
    const district = (ranked: Ranked): RankedMatch => ({
      match: this.#districtMatch(ranked.index),
      rank: ranked.rank,
      weight: ranked.population * DISTRICT_SHARE,
    });
    const places = this.#namedRanked(text, 1, MAX_NAME_MATCHES);
    // "Linden, Landkreis Gießen" narrowed the places by the words after the comma: not Hannover's Linden.
    const narrowed =
      text.includes(",") && places.length < this.#namedRanked(name, 1, MAX_NAME_MATCHES).length;
    const named = [
      ...places.map(place),
      ...(narrowed ? [] : this.#best(name, "district", MAX_NAME_MATCHES, { maxTier: 1 }).map(district)),
    ];
    if (named.length === 0) named.push(...this.#districtInCityRanked(name).map(district));
    if (named.length === 0) {
      named.push(
        ...this.#best(name, "locality", MAX_NAME_MATCHES, { maxTier: 1 }).map((ranked) => ({
          match: this.#postcodeMatch(this.#data.localities[ranked.index] as PostcodeRecord, false),
          rank: ranked.rank,
          weight: 0,
        })),
      );
    }
    return decide(named, () => {
      const near = this.#nearMisses(name);
      const weighed = (match: GeocodeMatch): RankedMatch => ({ match, rank: 8, weight: this.#weight(match) });
      const missed = [...near, ...variants.flatMap((variant) => this.#nearMisses(variant, true))];
      return [
        ...missed.map(weighed),
        ...this.#best(name, "place", MAX_PREFIX_MATCHES, { maxTier: 2 }).map(place),
        ...this.#best(name, "district", MAX_PREFIX_MATCHES, { maxTier: 2 }).map(district),
      ];
    });
  }

  /** The query's keys with the first letter replaced by one next to it on the keyboard or alike in sound. */
  #firstLetterVariants(name: string): string[] {
    const keys = nameKeys(name).map(spaced);
    return [
      ...new Set(
        keys.flatMap((key) =>
          key.length < 4 ? [] : firstLetterNeighbours(key[0] ?? "").map((letter) => letter + key.slice(1)),
        ),
      ),
    ];
  }

  #weight(match: GeocodeMatch): number {
    const place = this.#data.places.find((candidate) => candidate.ags === match.ags);
    return (place?.population ?? 0) * (match.kind === "district" ? DISTRICT_SHARE : 1);
  }

  /**
   * Loads the pieces `answer` needs: the postcodes or the names starting like the query; for
   * "Hamburg Altona" also the city's and the district's names; and when that finds nothing, the
   * pieces around the query's for near misses, then (for a search, not a suggestion) every piece of
   * its first letter, where the geocoder over the whole data looks.
   */
  async #prepare(
    text: string,
    { limit, suggesting }: { limit: number; suggesting: boolean },
    answer: () => GeocodeMatch[],
  ): Promise<void> {
    const query = queryText(text);
    if (query === "" || this.#loader.complete) return;
    const digits = /(?:^|\D)(\d{5})(?:\D|$)/.exec(query)?.[1] ?? /^(\d{1,5})(?:\s|$)/.exec(query)?.[1];
    if (digits) return this.#loader.postcodes(digits, limit);
    if (/^[\d\s]*$/.test(query)) return;
    const name = query.split(",")[0] ?? "";
    const keys = nameKeys(name).map(spaced);
    await this.#loader.names(keys);
    const cuts = keys.flatMap((key) => {
      const words = key.split(" ");
      return words
        .slice(1)
        .flatMap((_, cut) => [words.slice(0, cut + 1).join(" "), words.slice(cut + 1).join(" ")]);
    });
    const named = () =>
      this.#named(query, 1, 1).length + this.#best(name, "district", 1, { maxTier: 1 }).length;
    if (!suggesting && cuts.length > 0 && named() === 0) await this.#loader.names(cuts);
    if (answer().length > 0) return;
    await this.#loader.nearMisses(keys, false);
    if (answer().length > 0 || suggesting) return;
    await this.#loader.nearMisses(keys, true);
  }

  geocode(query: string): GeocodeMatch[] {
    const text = queryText(query);
    if (text === "") return [];
    const postcode = /(?:^|\D)(\d{5})(?:\D|$)/.exec(text)?.[1];
    if (postcode) return this.#postcode(postcode);
    if (/^\d{1,4}$/.test(text)) return this.#postcodesStartingWith(text, MAX_PARTIAL_POSTCODES);
    if (/^[\d\s]*$/.test(text)) return [];
    return this.#placesNamed(text);
  }

  suggest(prefix: string, limit = 8): GeocodeMatch[] {
    const text = queryText(prefix);
    const max = Number.isFinite(limit) ? Math.floor(limit) : 8;
    if (text === "" || max <= 0) return [];
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
        district ? this.#districtMatch(item.index) : this.#placeMatch(this.#data.places[item.index] as Place),
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
      const { names } = this.#data;
      for (let i = lowerBound(names, key, (entry) => entry.key); i < names.length; i++) {
        const entry = names[i] as NameEntry;
        if (!entry.key.startsWith(key)) break;
        if (entry.kind !== kind || (accept && !accept(entry.index))) continue;
        const next = entry.key[key.length];
        const tier = next === undefined ? 0 : next !== " " ? 2 : entry.hyphenated[key.length] === "-" ? 1 : 0;
        if (tier > maxTier) continue;
        const folded = variant === 0 && entry.variant === 0 ? 0 : 1;
        best.offer(entry.index, 2 * tier + folded, this.#population(entry));
      }
    }
    return best.items;
  }

  #postcode(code: string): GeocodeMatch[] {
    const { codes, postcodes } = this.#data;
    const index = lowerBound(codes, code, (item) => item);
    const exact = postcodes[index];
    if (exact?.code === code) return [this.#postcodeMatch(exact, false)];
    // An unknown code borrows the numerically nearest known code of its 3-digit region.
    const region = code.slice(0, 3);
    const value = Number(code);
    let nearest: PostcodeRecord | undefined;
    for (const candidate of [postcodes[index - 1], postcodes[index]]) {
      if (!candidate?.code.startsWith(region)) continue;
      if (!nearest || Math.abs(Number(candidate.code) - value) < Math.abs(Number(nearest.code) - value)) {
        nearest = candidate;
      }
    }
    return nearest ? [this.#postcodeMatch(nearest, true, code)] : [];
  }

  #postcodesStartingWith(prefix: string, limit: number): GeocodeMatch[] {
    const matches: GeocodeMatch[] = [];
    const { codes, postcodes } = this.#data;
    for (let i = lowerBound(codes, prefix, (item) => item); i < codes.length && matches.length < limit; i++) {
      const record = postcodes[i];
      if (!record?.code.startsWith(prefix)) break;
      matches.push(this.#postcodeMatch(record, false));
    }
    return matches;
  }

  #placesNamed(text: string): GeocodeMatch[] {
    const name = text.split(",")[0] ?? "";
    const named = this.#named(text, 1, MAX_NAME_MATCHES);
    named.push(
      ...this.#best(name, "district", MAX_NAME_MATCHES, { maxTier: 1 }).map(({ index }) =>
        this.#districtMatch(index),
      ),
    );
    if (named.length > 0) return disambiguated(named);
    const inCity = this.#districtInCity(name);
    if (inCity.length > 0) return disambiguated(inCity);
    const localities = this.#best(name, "locality", MAX_NAME_MATCHES, { maxTier: 1 });
    if (localities.length > 0) {
      return localities
        .map(({ index }) => this.#data.localities[index] as PostcodeRecord)
        .sort((a, b) => (a.code < b.code ? -1 : 1))
        .map((record) => this.#postcodeMatch(record, false));
    }
    const longer = this.#named(text, 2, MAX_PREFIX_MATCHES);
    return disambiguated(longer.length > 0 ? longer : this.#nearMisses(name));
  }

  /**
   * Places with the name (tier ≤ 1) or starting with it (tier 2), narrowed by the words after a comma
   * to a district or state when that leaves any ("Neuenkirchen, Steinfurt").
   */
  #named(text: string, maxTier: number, limit: number): GeocodeMatch[] {
    return this.#namedRanked(text, maxTier, limit).map(({ index }) =>
      this.#placeMatch(this.#data.places[index] as Place),
    );
  }

  #namedRanked(text: string, maxTier: number, limit: number): Ranked[] {
    const [name = "", ...rest] = text.split(",");
    const qualifiers = nameKeys(rest.join(" ")).map(spaced);
    const qualified =
      qualifiers.length > 0 && !qualifiers.some((qualifier) => OFFICIAL_SUFFIX.test(qualifier))
        ? (index: number) => this.#inRegion(index, qualifiers)
        : undefined;
    const narrowed = qualified ? this.#best(name, "place", limit, { maxTier, accept: qualified }) : [];
    return narrowed.length > 0 ? narrowed : this.#best(name, "place", limit, { maxTier });
  }

  /** "Hamburg Altona", "Köln-Ehrenfeld", "Berlin Neukölln": a city's name, then one of its districts. */
  #districtInCity(name: string): GeocodeMatch[] {
    return this.#districtInCityRanked(name).map(({ index }) => this.#districtMatch(index));
  }

  #districtInCityRanked(name: string): Ranked[] {
    for (const key of nameKeys(name).map(spaced)) {
      const words = key.split(" ");
      for (let cut = 1; cut < words.length; cut++) {
        const cities = this.#best(words.slice(0, cut).join(" "), "place", MAX_PREFIX_MATCHES, { maxTier: 0 });
        if (cities.length === 0) continue;
        const inCity = new Set(cities.map(({ index }) => this.#data.places[index]));
        const found = this.#best(words.slice(cut).join(" "), "district", MAX_PREFIX_MATCHES, {
          maxTier: 1,
          accept: (index) => inCity.has(this.#data.districts[index]?.city),
        });
        if (found.length > 0) return found;
      }
    }
    return [];
  }

  /**
   * Places and districts spelt within a few edits of `name`, closest first, marked `fuzzy`. With
   * `replacedFirst`, `name` is a key whose first letter was replaced, which counts as one edit.
   */
  #nearMisses(name: string, replacedFirst = false): GeocodeMatch[] {
    const seen = new Set<string>();
    const matches: { match: GeocodeMatch; population: number }[] = [];
    for (const key of replacedFirst ? [name] : nameKeys(name).map(spaced)) {
      const { keys, names } = this.#data;
      const max = replacedFirst ? allowedEdits(key.length) - 1 : undefined;
      const found = nearKeys(keys, key, (value) => lowerBound(keys, value, (item) => item), max);
      for (const position of found) {
        const entry = names[position] as NameEntry;
        if (entry.kind === "locality" || seen.has(`${entry.kind}${entry.index}`)) continue;
        seen.add(`${entry.kind}${entry.index}`);
        const match =
          entry.kind === "place"
            ? this.#placeMatch(this.#data.places[entry.index] as Place)
            : this.#districtMatch(entry.index);
        matches.push({ match: { ...match, fuzzy: true }, population: this.#population(entry) });
      }
    }
    matches.sort((a, b) => b.population - a.population);
    return matches.slice(0, MAX_PREFIX_MATCHES).map(({ match }) => match);
  }

  #districtMatch(index: number): GeocodeMatch {
    const district = this.#data.districts[index] as DistrictRecord;
    const city = this.#placeMatch(district.city);
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
      const place = this.#data.places[index];
      region = place ? ` ${nameKeys(`${place.district} ${place.stateName}`).map(spaced).join(" ")}` : "";
      this.#regionKeys.set(index, region);
    }
    return qualifiers.some((qualifier) => region.includes(` ${qualifier}`));
  }

  /** The population that ranks a name entry: its place's, or for a district its city's. */
  #population(entry: NameEntry): number {
    const { places, districts } = this.#data;
    if (entry.kind === "place") return places[entry.index]?.population ?? 0;
    return entry.kind === "district" ? (districts[entry.index]?.city.population ?? 0) : 0;
  }

  #placeMatch(place: Place): GeocodeMatch {
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
    const name = record.names[0] ?? "";
    return {
      kind: "postcode",
      postalCode: code,
      name,
      names: record.names,
      district: record.district,
      state: record.state,
      stateName: record.stateName,
      ags: record.ags,
      municipalityKeys: record.keys,
      lat: record.lat,
      lon: record.lon,
      approximate,
      label: `${code} ${label(name, record)}`,
    };
  }
}

/** The query as the lookups read it: ASCII digits, trimmed; "" for nothing or something too long. */
function queryText(query: unknown): string {
  const text = typeof query === "string" ? toAsciiDigits(query).trim() : "";
  return text.length > MAX_QUERY_LENGTH ? "" : text;
}

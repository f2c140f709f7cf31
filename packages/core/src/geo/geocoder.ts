import type { Ranked } from "./best-candidates.js";
import type { Place, PostcodeRecord } from "./decode-pieces.js";
import { firstStep, queryText } from "./first-pieces.js";
import { firstLetterNeighbours } from "./fuzzy-names.js";
import { disambiguated, lowerBound } from "./geocode-label.js";
import { districtMatch, type GeocodeMatch, placeMatch, postcodeMatch } from "./geocode-match.js";
import type { GeoData } from "./geodata-format.js";
import type { LoadedGeodata } from "./loaded-geodata.js";
import { nameKeys, spaced } from "./name-keys.js";
import { bestNames, districtsInCity, MAX_PREFIX_MATCHES, namedPlaces, nearMisses } from "./name-search.js";
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
export type { GeocodeMatch } from "./geocode-match.js";
export type { GeoData } from "./geodata-format.js";
export type { PlaceChoice, PlaceResolution } from "./resolve-place.js";
export { queryForPlace, shortPlaceLabel } from "./resolve-place.js";

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
/** As many postcodes as a lookup of a few digits loads (`firstPieces` takes the same). */
const MAX_PARTIAL_POSTCODES = 100;

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
      match: placeMatch(this.#data.places[ranked.index] as Place),
      rank: ranked.rank,
      weight: ranked.population,
    });
    const district = (ranked: Ranked): RankedMatch => ({
      match: districtMatch(this.#data, ranked.index),
      rank: ranked.rank,
      weight: ranked.population * DISTRICT_SHARE,
    });
    const places = namedPlaces(this.#data, this.#regionKeys, text, 1, MAX_NAME_MATCHES);
    // "Linden, Landkreis Gießen" narrowed the places by the words after the comma: not Hannover's Linden.
    const narrowed =
      text.includes(",") &&
      places.length < namedPlaces(this.#data, this.#regionKeys, name, 1, MAX_NAME_MATCHES).length;
    const named = [
      ...places.map(place),
      ...(narrowed
        ? []
        : bestNames(this.#data, name, "district", MAX_NAME_MATCHES, { maxTier: 1 }).map(district)),
    ];
    if (named.length === 0) named.push(...districtsInCity(this.#data, name).map(district));
    if (named.length === 0) {
      named.push(
        ...bestNames(this.#data, name, "locality", MAX_NAME_MATCHES, { maxTier: 1 }).map((ranked) => ({
          match: postcodeMatch(this.#data.localities[ranked.index] as PostcodeRecord, false),
          rank: ranked.rank,
          weight: 0,
        })),
      );
    }
    return decide(named, () => {
      const near = nearMisses(this.#data, name);
      const weighed = (match: GeocodeMatch): RankedMatch => ({ match, rank: 8, weight: this.#weight(match) });
      const missed = [...near, ...variants.flatMap((variant) => nearMisses(this.#data, variant, true))];
      return [
        ...missed.map(weighed),
        ...bestNames(this.#data, name, "place", MAX_PREFIX_MATCHES, { maxTier: 2 }).map(place),
        ...bestNames(this.#data, name, "district", MAX_PREFIX_MATCHES, { maxTier: 2 }).map(district),
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
    if (this.#loader.complete) return;
    const step = firstStep(query);
    if (!step) return;
    if (step.kind === "postcodes") return this.#loader.postcodes(step.digits, limit);
    const { name, keys } = step;
    await this.#loader.names(keys);
    const cuts = keys.flatMap((key) => {
      const words = key.split(" ");
      return words
        .slice(1)
        .flatMap((_, cut) => [words.slice(0, cut + 1).join(" "), words.slice(cut + 1).join(" ")]);
    });
    const named = () =>
      this.#named(query, 1, 1).length + bestNames(this.#data, name, "district", 1, { maxTier: 1 }).length;
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
      ...bestNames(this.#data, name, "place", max).map((item) => ({ item, district: false })),
      ...bestNames(this.#data, name, "district", max).map((item) => ({ item, district: true })),
    ].sort((a, b) => a.item.rank - b.item.rank || b.item.population - a.item.population);
    const matches = ranked
      .slice(0, max)
      .map(({ item, district }) =>
        district ? districtMatch(this.#data, item.index) : placeMatch(this.#data.places[item.index] as Place),
      );
    return disambiguated(matches.length > 0 ? matches : nearMisses(this.#data, name).slice(0, max));
  }

  #postcode(code: string): GeocodeMatch[] {
    const { codes, postcodes } = this.#data;
    const index = lowerBound(codes, code, (item) => item);
    const exact = postcodes[index];
    if (exact?.code === code) return [postcodeMatch(exact, false)];
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
    return nearest ? [postcodeMatch(nearest, true, code)] : [];
  }

  #postcodesStartingWith(prefix: string, limit: number): GeocodeMatch[] {
    const matches: GeocodeMatch[] = [];
    const { codes, postcodes } = this.#data;
    for (let i = lowerBound(codes, prefix, (item) => item); i < codes.length && matches.length < limit; i++) {
      const record = postcodes[i];
      if (!record?.code.startsWith(prefix)) break;
      matches.push(postcodeMatch(record, false));
    }
    return matches;
  }

  #placesNamed(text: string): GeocodeMatch[] {
    const name = text.split(",")[0] ?? "";
    const named = this.#named(text, 1, MAX_NAME_MATCHES);
    named.push(
      ...bestNames(this.#data, name, "district", MAX_NAME_MATCHES, { maxTier: 1 }).map(({ index }) =>
        districtMatch(this.#data, index),
      ),
    );
    if (named.length > 0) return disambiguated(named);
    const inCity = this.#districtInCity(name);
    if (inCity.length > 0) return disambiguated(inCity);
    const localities = bestNames(this.#data, name, "locality", MAX_NAME_MATCHES, { maxTier: 1 });
    if (localities.length > 0) {
      return localities
        .map(({ index }) => this.#data.localities[index] as PostcodeRecord)
        .sort((a, b) => (a.code < b.code ? -1 : 1))
        .map((record) => postcodeMatch(record, false));
    }
    const longer = this.#named(text, 2, MAX_PREFIX_MATCHES);
    return disambiguated(longer.length > 0 ? longer : nearMisses(this.#data, name));
  }
  /** `namedPlaces` as matches. */
  #named(text: string, maxTier: number, limit: number): GeocodeMatch[] {
    return namedPlaces(this.#data, this.#regionKeys, text, maxTier, limit).map(({ index }) =>
      placeMatch(this.#data.places[index] as Place),
    );
  }

  /** `districtsInCity` as matches. */
  #districtInCity(name: string): GeocodeMatch[] {
    return districtsInCity(this.#data, name).map(({ index }) => districtMatch(this.#data, index));
  }
}

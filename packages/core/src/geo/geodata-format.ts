/**
 * The compact JSON shipped in `geodata/postcodes.json` and `geodata/places.json` (budgets, gzip at
 * zlib's default level: 40 and 90 KiB). Columns of integers are strings written by `encodeIntegers`, mostly as
 * differences to a prediction, so that small numbers repeat and gzip packs them well:
 * - postcodes ascend, so each is stored as the step from the previous one;
 * - coordinates are integers of 1/latScale and 1/lonScale degree (by default 1/600 and 1/360,
 *   about 190 m both ways in Germany, finer than what the centroid of a postcode or a
 *   municipality means); a postcode's centroid is a step from the previous postcode's, a municipality's
 *   centroid is an offset from the centroid of its town hall's postcode;
 * - a municipality's town-hall postcode is predicted as the first postcode that lists it.
 * Postcodes refer to municipalities by their position in `places.json`, so names, districts and
 * states are stored once; the two files are always loaded together.
 */

export const POSTCODES_FORMAT = "beratungsfinder-postcodes/2";
export const PLACES_FORMAT = "beratungsfinder-places/2";
export const ALIASES_FORMAT = "beratungsfinder-aliases/1";

/** One centroid per 5-digit postcode and the municipalities GeoNames lists for it. */
export interface PostcodeData {
  format: typeof POSTCODES_FORMAT;
  attribution: string;
  /** Coordinates are integers of 1/latScale and 1/lonScale degree. */
  latScale: number;
  lonScale: number;
  /** Steps between ascending postcodes. */
  codes: string;
  /** Steps between consecutive centroids. */
  lat: string;
  lon: string;
  /**
   * Per postcode: its main (most populous) municipality as a step from the previous postcode's main
   * municipality; then 2 × n + r, where n more municipalities follow as offsets from the main one
   * and r = 1 marks a main municipality that only stands for the region (the postcode names no
   * municipality, e.g. 87491 Jungholz, an Austrian village): such postcodes are named after their
   * entry in `localities`.
   */
  places: string;
  /** For each postcode with r = 1, in order, the first place name GeoNames gives it; separated by "|". */
  localities: string;
}

/** One record per municipality (Gemeinde), ascending by official key (AGS). */
export interface PlaceData {
  format: typeof PLACES_FORMAT;
  attribution: string;
  /** Coordinates are integers of 1/latScale and 1/lonScale degree. */
  latScale: number;
  lonScale: number;
  /** District table: steps between ascending 5-digit keys, and their display names. */
  districtKeys: string;
  districtNames: string[];
  /** Steps between ascending 8-digit official keys. */
  ags: string;
  /** Names, separated by "|". */
  names: string;
  /** Population on a logarithmic scale (`encodePopulation`): for ranking and weighting, within ±6%. */
  population: string;
  /**
   * Town-hall postcode as the difference to a prediction: the first postcode that lists the
   * municipality, else the previous municipality's town-hall postcode. A result of 0 means unknown.
   */
  postalCode: string;
  /** Offsets from the centroid of the town-hall postcode (or from the previous municipality). */
  lat: string;
  lon: string;
}

/**
 * Other names people search for (`aliases.json`): names of municipalities in other languages and
 * scripts (Munich, Кёльн, كولونيا), keyed by official key, and city districts (Neukölln, Altona,
 * Ehrenfeld) with a postcode and a centroid of their own.
 */
export interface AliasData {
  format: typeof ALIASES_FORMAT;
  attribution: string;
  /** District centroids are integers of 1/latScale and 1/lonScale degree. */
  latScale: number;
  lonScale: number;
  /** Exonyms separated by "|", ascending by the official key of their municipality. */
  exonyms: string;
  /** Steps between the 8-digit keys of the exonyms' municipalities. */
  exonymAgs: string;
  /** District names separated by "|", ascending by the key of their city. */
  districts: string;
  /** Steps between the 8-digit keys of the districts' cities. */
  districtAgs: string;
  /** Each district's postcode (the one its centroid lies in or that covers most of it), as steps. */
  districtPostcodes: string;
  /** Steps between consecutive district centroids. */
  districtLat: string;
  districtLon: string;
}

/** Everything `createGeocoder` needs: the parsed contents of `postcodes.json`, `places.json` and, optionally, `aliases.json`. */
export interface GeoData {
  postcodes: PostcodeData;
  places: PlaceData;
  aliases?: AliasData;
}

export function deltaEncode(values: readonly number[]): number[] {
  let previous = 0;
  return values.map((value) => {
    const delta = value - previous;
    previous = value;
    return delta;
  });
}

export function deltaDecode(deltas: readonly number[]): number[] {
  let value = 0;
  return deltas.map((delta) => {
    value += delta;
    return value;
  });
}

/** Population steps per factor of ten: 20 steps of 12%, so a stored figure is within ±6%. */
export const POPULATION_STEPS = 20;

/** Population on a logarithmic scale: 0 for none, else 1 + round(20 × log10(population)). */
export function encodePopulation(population: number): number {
  return population >= 1 ? 1 + Math.round(POPULATION_STEPS * Math.log10(population)) : 0;
}

/** Back from the logarithmic scale, to three significant digits: 1,087,863 → 1,120,000. */
export function decodePopulation(code: number): number {
  if (code <= 0) return 0;
  const value = 10 ** ((code - 1) / POPULATION_STEPS);
  const unit = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 2);
  return Math.round(value / unit) * unit;
}

/** A coordinate integer of one scale in another, the same way in the builder and the decoder. */
export function rescale(value: number, from: number, to: number): number {
  return from === to ? value : Math.round((value * to) / from);
}

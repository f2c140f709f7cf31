/**
 * The compact, columnar JSON shipped in `geodata/postcodes.json` and `geodata/places.json`.
 * Numbers that follow each other closely (sorted keys, neighbouring coordinates) are stored as
 * differences to the previous value, which gzip packs far better than the values themselves.
 * Coordinates are integers of 1/`scale` degree. Postcodes refer to places by their position in
 * `places.json`, so district and state names are stored once.
 */

export const POSTCODES_FORMAT = "beratungsfinder-postcodes/1";
export const PLACES_FORMAT = "beratungsfinder-places/1";

/** One centroid per 5-digit postcode, with the municipalities GeoNames lists for it. */
export interface PostcodeData {
  format: typeof POSTCODES_FORMAT;
  attribution: string;
  /** Coordinates are stored as integers of 1/scale degree. */
  scale: number;
  /** Postcodes as numbers, ascending, delta-encoded. */
  codes: number[];
  /** Latitude and longitude × scale, delta-encoded. */
  lat: number[];
  lon: number[];
  /**
   * Per postcode, its places, main place first: the main place's index in `places.json` as a
   * difference to the previous postcode's main place; more places as differences to the main
   * place; names of localities that are not municipalities as strings. A lone main place is a number.
   * A difference of 0 marks a main place that only gives the region (the code names no municipality,
   * e.g. 87491 Jungholz, an Austrian village): the postcode is then named after its first locality.
   */
  places: (number | (number | string)[])[];
}

/** One record per municipality (Gemeinde), ascending by official key (AGS). */
export interface PlaceData {
  format: typeof PLACES_FORMAT;
  attribution: string;
  /** Coordinates are stored as integers of 1/scale degree. */
  scale: number;
  /** District table: 5-digit keys as numbers (ascending, delta-encoded) and display names. */
  districtKeys: number[];
  districtNames: string[];
  /** 8-digit official keys as numbers, ascending, delta-encoded. */
  ags: number[];
  names: string[];
  /** Latitude and longitude × scale, delta-encoded. */
  lat: number[];
  lon: number[];
  population: number[];
  /** Postcode of the town hall as a number (0 when unknown), delta-encoded. */
  postalCode: number[];
}

/** Everything `createGeocoder` needs: the parsed contents of `postcodes.json` and `places.json`. */
export interface GeoData {
  postcodes: PostcodeData;
  places: PlaceData;
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

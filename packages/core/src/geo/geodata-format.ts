/**
 * The geocoder's data in pieces (`geodata/`), so that a browser fetches only what one search needs:
 * - `manifest.json` lists every piece with the content hash in its file name, so servers can send
 *   the pieces with `Cache-Control: immutable` (the manifest itself is revalidated);
 * - `postcodes-<2 digits>.<hash>.json`: the postcodes starting with those digits, each with its
 *   centroid and the names, district and state of the municipalities it covers;
 * - `names-<from>.<hash>.json`: every name whose folded key (`nameKeys`) sorts from the piece's `from`
 *   up to the next piece's: municipalities, their other names (Munich, Кёльн), city districts
 *   (Neukölln) and localities, each with the municipality it stands for, so a piece needs no other.
 * A name with two keys in two ranges ("Öhringen": "oehringen", "ohringen") is in both pieces; a
 * piece answers only for the keys of its own range, so loading both counts it once.
 * Columns of integers are strings written by `encodeIntegers`, mostly as differences to the value
 * before, so that small numbers repeat and gzip packs them well. Coordinates are integers of
 * 1/latScale and 1/lonScale degree (by default 1/600 and 1/360, about 190 m both ways in Germany).
 *
 * This module holds only types and constants, so the browser's decoder imports nothing heavy.
 */

export const GEODATA_MANIFEST_FORMAT = "beratungsfinder-geodata/3";
export const POSTCODE_PIECE_FORMAT = "beratungsfinder-postcode-piece/1";
export const NAME_PIECE_FORMAT = "beratungsfinder-name-piece/1";

/** The manifest's name in a geodata folder; every other file is named by it. */
export const GEODATA_MANIFEST_FILE = "manifest.json";

export interface GeodataManifest {
  format: typeof GEODATA_MANIFEST_FORMAT;
  attribution: string;
  /**
   * Postcode pieces, ascending: the digits their postcodes start with (two, or three where two would
   * make a piece over POSTCODE_PIECE_TARGET), the content hash and the number of postcodes.
   */
  postcodes: [prefix: string, hash: string, count: number][];
  /**
   * Name pieces, ascending: the first folded key a piece holds and its content hash. The first
   * starts at "", and each piece holds the keys below the next one's start.
   */
  names: [from: string, hash: string][];
}

/** "postcodes-50.3f2a9c1b7e.json", "names-ko.3f2a9c1b7e.json": a piece's file, named by the manifest's entry. */
export function pieceFile(kind: "postcodes" | "names", start: string, hash: string): string {
  return `${kind}-${kind === "names" ? pieceWord(start) : start}.${hash}.json`;
}

/** "ko" → "ko"; "bad " → "bad_20"; "" → "0": a range start as a word safe in file names and URLs. */
export function pieceWord(from: string): string {
  if (from === "") return "0";
  return [...from]
    .map((char) => (/[a-z0-9]/.test(char) ? char : `_${char.codePointAt(0)?.toString(16)}`))
    .join("");
}

/** The municipalities a piece refers to, ascending by official key (AGS). */
interface PlaceColumns {
  /** Steps between ascending 8-digit official keys. */
  ags: string;
  /** Names, separated by "|". */
  names: string;
  /** Per municipality, its district's position in `districtNames`. */
  district: string;
  /** District (Kreis) display names: "Köln", "Landkreis Gotha", "Kreis Steinfurt". */
  districtNames: string[];
}

/** The postcodes that start with `prefix`, ascending. */
export interface PostcodePiece extends PlaceColumns {
  format: typeof POSTCODE_PIECE_FORMAT;
  prefix: string;
  latScale: number;
  lonScale: number;
  /** Steps between ascending postcodes, the first from 0. */
  codes: string;
  /** Steps between consecutive centroids, the first from 0. */
  lat: string;
  lon: string;
  /**
   * Per postcode: 2 × n + r, then n positions in the municipality columns, main (most populous)
   * first. r = 1 marks a postcode that names no municipality (87491 Jungholz, an Austrian village):
   * its one municipality only gives the region, and its name is the next entry of `localities`.
   */
  places: string;
  /** Names of the postcodes with r = 1, in order, separated by "|". */
  localities: string;
}

/** The names whose keys sort from `from` to `to` (exclusive; "" for the last piece), and what they stand for. */
export interface NamePiece extends PlaceColumns {
  format: typeof NAME_PIECE_FORMAT;
  from: string;
  to: string;
  latScale: number;
  lonScale: number;
  /** Population on a logarithmic scale (`encodePopulation`), for ranking equal names, within ±6%. */
  population: string;
  /** Town-hall postcode as steps from the previous municipality's; 0 steps to 0 mean unknown. */
  postalCode: string;
  /** Steps between consecutive municipality centroids. */
  lat: string;
  lon: string;
  /** Other names of municipalities (Munich, كولونيا), separated by "|", and each one's municipality. */
  exonyms: string;
  exonymPlaces: string;
  /** City districts (Neukölln, Altona): names, city, postcode (as steps) and centroid (as steps). */
  districts: string;
  districtPlaces: string;
  districtPostcodes: string;
  districtLat: string;
  districtLon: string;
  /**
   * Postcodes named after a locality rather than a municipality ("Jungholz"): names, the
   * municipality giving the region, the postcode (as steps) and its centroid (as steps).
   */
  localities: string;
  localityPlaces: string;
  localityPostcodes: string;
  localityLat: string;
  localityLon: string;
}

/** Everything `createGeocoder` needs at once: the manifest and every piece it names, by file name. */
export interface GeoData {
  manifest: GeodataManifest;
  pieces: Readonly<Record<string, unknown>>;
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

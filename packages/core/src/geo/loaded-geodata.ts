import type { DecodedNamePiece, DistrictRecord, Place, PostcodeRecord } from "./decode-pieces.js";
import { nameKeys, spaced } from "./name-keys.js";

export interface NameEntry {
  /** Folded key with hyphens as spaces, the sort key. */
  key: string;
  /** The same key with hyphens kept. */
  hyphenated: string;
  /** Index into places (kind "place"), districts (kind "district") or localities (kind "locality"). */
  index: number;
  kind: "place" | "locality" | "district";
  /** 0 for the key with umlauts spelt out ("koeln"), 1 for the one without ("koln") or for another name (an exonym). */
  variant: number;
}

const byKey = (a: NameEntry, b: NameEntry) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * The geodata loaded so far, in the sorted lists the geocoder searches. Pieces arrive in batches;
 * each batch is merged in with one pass, and a record that two pieces share (a municipality, a
 * district with keys in two ranges) is kept once, so its matches are not doubled.
 */
export class LoadedGeodata {
  readonly places: Place[] = [];
  /** Ascending by code, and the codes alone for binary search. */
  postcodes: PostcodeRecord[] = [];
  codes: string[] = [];
  readonly districts: DistrictRecord[] = [];
  /** Postcodes named after a locality, as name entries find them. */
  readonly localities: PostcodeRecord[] = [];
  /** Ascending by key, and the keys alone for binary search. */
  names: NameEntry[] = [];
  keys: string[] = [];
  readonly #placeIndex = new Map<string, number>();
  readonly #districtIndex = new Map<string, number>();
  readonly #localityIndex = new Map<string, number>();
  #sortedPlaces: Place[] | undefined;

  /** Every loaded municipality, ascending by official key. */
  get placesByKey(): readonly Place[] {
    this.#sortedPlaces ??= [...this.places].sort((a, b) => (a.ags < b.ags ? -1 : a.ags > b.ags ? 1 : 0));
    return this.#sortedPlaces;
  }

  addPostcodes(pieces: readonly PostcodeRecord[][]): void {
    const added = pieces.flat();
    if (added.length === 0) return;
    const have = new Set(this.codes);
    const merged = [...this.postcodes, ...added.filter((record) => !have.has(record.code))];
    this.postcodes = merged.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    this.codes = this.postcodes.map((record) => record.code);
  }

  addNames(pieces: readonly DecodedNamePiece[]): void {
    // Positions break ties in the ranking (equal rank and rounded population): within a batch they
    // follow the official key, and districts their city's key and name, as in the register.
    const byAgs = (a: Place, b: Place) => (a.ags < b.ags ? -1 : a.ags > b.ags ? 1 : 0);
    for (const place of pieces.flatMap((piece) => piece.places).sort(byAgs)) this.#place(place);
    const districts = pieces
      .flatMap((piece) => piece.districts)
      .map((district) => ({ district, key: nameKeys(district.name).at(-1) ?? "" }))
      .sort((a, b) => byAgs(a.district.city, b.district.city) || byName(a, b));
    for (const { district } of districts) this.#district(district);
    const entries: NameEntry[] = [];
    for (const piece of pieces) {
      const inRange = (key: string) => key >= piece.from && (piece.to === "" || key < piece.to);
      const add = (text: string, index: number, kind: NameEntry["kind"], other = false) => {
        for (const [variant, hyphenated] of nameKeys(text).entries()) {
          const key = spaced(hyphenated);
          if (inRange(key)) entries.push({ key, hyphenated, index, kind, variant: other ? 1 : variant });
        }
      };
      for (const place of piece.places) add(place.name, this.#place(place), "place");
      for (const exonym of piece.exonyms) add(exonym.name, this.#place(exonym.place), "place", true);
      for (const district of piece.districts) add(district.name, this.#district(district), "district");
      for (const locality of piece.localities) {
        let index = this.#localityIndex.get(locality.code);
        if (index === undefined) {
          index = this.localities.push(locality) - 1;
          this.#localityIndex.set(locality.code, index);
        }
        add(locality.names[0] ?? "", index, "locality");
      }
    }
    this.names = mergeSorted(this.names, entries.sort(byKey));
    this.keys = this.names.map((entry) => entry.key);
  }

  /** The position of a municipality, added on first sight; two pieces' copies of one count once. */
  #place(place: Place): number {
    let index = this.#placeIndex.get(place.ags);
    if (index === undefined) {
      index = this.places.push(place) - 1;
      this.#placeIndex.set(place.ags, index);
      this.#sortedPlaces = undefined;
    }
    return index;
  }

  #district(district: DistrictRecord): number {
    const id = `${district.city.ags} ${district.name}`;
    let index = this.#districtIndex.get(id);
    if (index === undefined) {
      const city = this.places[this.#place(district.city)] as Place;
      index = this.districts.push({ ...district, city }) - 1;
      this.#districtIndex.set(id, index);
    }
    return index;
  }
}

function mergeSorted(a: readonly NameEntry[], b: readonly NameEntry[]): NameEntry[] {
  if (a.length === 0) return [...b];
  const merged: NameEntry[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length)
    merged.push(
      byKey(a[i] as NameEntry, b[j] as NameEntry) <= 0 ? (a[i++] as NameEntry) : (b[j++] as NameEntry),
    );
  while (i < a.length) merged.push(a[i++] as NameEntry);
  while (j < b.length) merged.push(b[j++] as NameEntry);
  return merged;
}

/**
 * Names in German order at its first level (umlauts as their vowel, case and accents aside: the last of
 * `nameKeys`, worked out once per name), then as written; without `localeCompare`, whose first use makes
 * ICU load its collation data, about 30 ms of a phone's main thread on the way to the first result.
 */
function byName(a: KeyedDistrict, b: KeyedDistrict): number {
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  const [nameA, nameB] = [a.district.name, b.district.name];
  return nameA < nameB ? -1 : nameA > nameB ? 1 : 0;
}

interface KeyedDistrict {
  district: DistrictRecord;
  key: string;
}

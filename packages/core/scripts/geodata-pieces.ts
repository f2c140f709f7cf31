/**
 * Encodes the joined tables as geodata pieces (see `src/geo/geodata-format.ts`): postcodes by their
 * first two digits, names by ranges of their folded keys, each range grown until its gzip size
 * reaches `NAME_PIECE_TARGET`, and the manifest naming each piece by its content hash.
 */
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import {
  deltaEncode,
  encodePopulation,
  GEODATA_MANIFEST_FORMAT,
  type GeoData,
  type GeodataManifest,
  NAME_PIECE_FORMAT,
  type NamePiece,
  POSTCODE_PIECE_FORMAT,
  type PostcodePiece,
  pieceFile,
} from "../src/geo/geodata-format.js";
import { nameKeys, spaced } from "../src/geo/name-keys.js";
import { encodeIntegers } from "../src/geo/number-text.js";
import { HASH_LENGTH } from "../src/publish/published-format.js";
import type { AliasTables } from "./build-geo-aliases.js";
import type { Municipality, Postcode } from "./geodata-tables.js";

/**
 * gzip size a name piece grows to. Measured on the 2020 register (all names: 8 KiB target → 34
 * pieces, 228 KiB in all; 6 → 51, 250; 4 → 88, 284; 3 → 120, 306; 2 → 205, 356): 4 KiB keeps a first
 * search at one piece of about 4 KiB while the manifest that lists the pieces stays near 2 KiB.
 */
export const NAME_PIECE_TARGET = 4 * 1024;

/** gzip size over which a 2-digit postcode region is split into its 3-digit areas. */
export const POSTCODE_PIECE_TARGET = 3.5 * 1024;

export interface PieceOptions {
  /** Coordinates as integers of 1/lat, 1/lon degree. Default 600 and 360 (about 190 m). */
  scale?: [lat: number, lon: number];
  /** gzip size a name piece grows to; default NAME_PIECE_TARGET. */
  nameTarget?: number;
  attribution: string;
}

export interface GeoTables {
  /** District (Kreis) display names by 5-digit key. */
  districts: Map<string, string>;
  municipalities: Municipality[];
  postcodes: Postcode[];
}

/** One name a person may type and what it stands for. */
type NameItem =
  | { kind: "place"; place: Municipality }
  | { kind: "exonym"; name: string; place: Municipality }
  | { kind: "district"; name: string; place: Municipality; postcode: number; lat: number; lon: number }
  | { kind: "locality"; name: string; place: Municipality; postcode: Postcode };

interface KeyedItem {
  key: string;
  item: NameItem;
}

const PIPE = /\|/g;
const joined = (names: readonly string[]) => names.map((name) => name.replace(PIPE, "/")).join("|");
const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const hashOf = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, HASH_LENGTH);

/** The manifest and every piece, by file name. */
export function encodePieces(tables: GeoTables, aliases: AliasTables, options: PieceOptions): GeoData {
  const scale = options.scale ?? [600, 360];
  const pieces: Record<string, unknown> = {};
  const manifest: GeodataManifest = {
    format: GEODATA_MANIFEST_FORMAT,
    attribution: options.attribution,
    postcodes: [],
    names: [],
  };
  const add = (kind: "postcodes" | "names", start: string, piece: unknown) => {
    const hash = hashOf(JSON.stringify(piece));
    pieces[pieceFile(kind, start, hash)] = piece;
    return hash;
  };
  const encodePostcodes = (prefix: string, codes: Postcode[]) =>
    postcodePiece(prefix, codes, tables.districts, scale);
  for (const [prefix, codes] of groupBy(tables.postcodes, (postcode) => postcode.code.slice(0, 2))) {
    // A dense region (Westerwald, Eifel: hundreds of villages) is split into its 3-digit areas.
    const whole = encodePostcodes(prefix, codes);
    const split =
      gzipSync(JSON.stringify(whole)).length > POSTCODE_PIECE_TARGET
        ? [...groupBy(codes, (postcode) => postcode.code.slice(0, 3))]
        : [[prefix, codes] as const];
    for (const [area, group] of split) {
      const piece = split.length === 1 ? whole : encodePostcodes(area, group);
      manifest.postcodes.push([area, add("postcodes", area, piece), group.length]);
    }
  }
  const encodeNames = (items: NameItem[], from: string, to: string) =>
    namePiece(items, from, to, tables.districts, scale);
  const ranges = splitNames(
    keyedNames(tables, aliases),
    encodeNames,
    options.nameTarget ?? NAME_PIECE_TARGET,
  );
  for (const { from, to, items } of ranges)
    manifest.names.push([from, add("names", from, encodeNames(items, from, to))]);
  return { manifest, pieces };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** The columns every piece has for the municipalities it refers to; returns each one's position. */
function placeColumns(places: Iterable<Municipality>, districts: Map<string, string>) {
  const list = [...new Set(places)].sort((a, b) => a.ags.localeCompare(b.ags));
  const districtNames = [...new Set(list.map((place) => districts.get(place.ags.slice(0, 5)) ?? ""))];
  const columns = {
    ags: encodeIntegers(deltaEncode(list.map((place) => Number(place.ags)))),
    names: joined(list.map((place) => place.name)),
    district: encodeIntegers(
      list.map((place) => districtNames.indexOf(districts.get(place.ags.slice(0, 5)) ?? "")),
    ),
    districtNames,
  };
  return { list, columns, position: new Map(list.map((place, index) => [place, index])) };
}

function postcodePiece(
  prefix: string,
  postcodes: readonly Postcode[],
  districts: Map<string, string>,
  [latScale, lonScale]: [number, number],
): PostcodePiece {
  const { columns, position } = placeColumns(
    postcodes.flatMap((postcode) => postcode.places),
    districts,
  );
  const refs: number[] = [];
  const localities: string[] = [];
  for (const postcode of postcodes) {
    refs.push(2 * postcode.places.length + (postcode.nearestOnly ? 1 : 0));
    for (const place of postcode.places) refs.push(position.get(place) ?? 0);
    if (postcode.nearestOnly) localities.push(localityName(postcode));
  }
  return {
    format: POSTCODE_PIECE_FORMAT,
    prefix,
    latScale,
    lonScale,
    codes: encodeIntegers(deltaEncode(postcodes.map((postcode) => Number(postcode.code)))),
    lat: encodeIntegers(deltaEncode(postcodes.map((postcode) => Math.round(postcode.lat * latScale)))),
    lon: encodeIntegers(deltaEncode(postcodes.map((postcode) => Math.round(postcode.lon * lonScale)))),
    places: encodeIntegers(refs),
    localities: joined(localities),
    ...columns,
  };
}

const localityName = (postcode: Postcode) => postcode.localities[0] ?? postcode.code;

/** Every name with each of its keys, ascending by key. */
function keyedNames(tables: GeoTables, aliases: AliasTables): KeyedItem[] {
  const byAgs = new Map(tables.municipalities.map((place) => [place.ags, place]));
  const items: NameItem[] = tables.municipalities.map((place) => ({ kind: "place", place }));
  for (const { ags, name } of aliases.exonyms) {
    const place = byAgs.get(ags);
    if (place) items.push({ kind: "exonym", name, place });
  }
  for (const { ags, name, postcode, lat, lon } of aliases.districts) {
    const place = byAgs.get(ags);
    if (place) items.push({ kind: "district", name, place, postcode, lat, lon });
  }
  for (const postcode of tables.postcodes) {
    const place = postcode.places[0];
    if (postcode.nearestOnly && place)
      items.push({ kind: "locality", name: localityName(postcode), place, postcode });
  }
  const keyed = items.flatMap((item) =>
    nameKeys(item.kind === "place" ? item.place.name : item.name).map((key) => ({ key: spaced(key), item })),
  );
  return keyed.sort((a, b) => compareKeys(a.key, b.key));
}

interface NameRange {
  from: string;
  to: string;
  items: NameItem[];
}

/**
 * Cuts the sorted keys into ranges at prefixes: groups by the first letter, a group too large for one
 * piece by two letters, and so on; then neighbouring groups are merged while the piece stays within
 * `target` bytes of gzip.
 */
function splitNames(
  keyed: readonly KeyedItem[],
  encode: (items: NameItem[], from: string, to: string) => unknown,
  target: number,
): NameRange[] {
  const size = (items: KeyedItem[]) => gzipSync(JSON.stringify(encode(unique(items), "", ""))).length;
  const groups: { prefix: string; items: KeyedItem[] }[] = [];
  const cut = (items: KeyedItem[], length: number) => {
    for (const [prefix, group] of groupBy(items, (entry) => entry.key.slice(0, length))) {
      if (length < 6 && group.some((entry) => entry.key.length > length) && size(group) > target) {
        cut(group, length + 1);
      } else groups.push({ prefix, items: group });
    }
  };
  cut([...keyed], 1);
  const ranges: { from: string; items: KeyedItem[] }[] = [];
  for (const group of groups) {
    const last = ranges[ranges.length - 1];
    if (last && size([...last.items, ...group.items]) <= target) last.items.push(...group.items);
    else ranges.push({ from: ranges.length === 0 ? "" : group.prefix, items: [...group.items] });
  }
  return ranges.map((range, index) => ({
    from: range.from,
    to: ranges[index + 1]?.from ?? "",
    items: unique(range.items),
  }));
}

/** The items of some keys, each once (a name with two keys in one range is one item). */
function unique(keyed: readonly KeyedItem[]): NameItem[] {
  return [...new Set(keyed.map((entry) => entry.item))];
}

function namePiece(
  items: readonly NameItem[],
  from: string,
  to: string,
  districts: Map<string, string>,
  [latScale, lonScale]: [number, number],
): NamePiece {
  const { list, columns, position } = placeColumns(
    items.map((item) => item.place),
    districts,
  );
  const of = <K extends NameItem["kind"]>(kind: K) =>
    items.filter((item): item is Extract<NameItem, { kind: K }> => item.kind === kind);
  const exonyms = of("exonym");
  const cityDistricts = of("district");
  const localities = of("locality");
  const steps = (values: number[]) => encodeIntegers(deltaEncode(values));
  const lat = (degrees: number) => Math.round(degrees * latScale);
  const lon = (degrees: number) => Math.round(degrees * lonScale);
  const places = (entries: readonly { place: Municipality }[]) =>
    encodeIntegers(entries.map((entry) => position.get(entry.place) ?? 0));
  return {
    format: NAME_PIECE_FORMAT,
    from,
    to,
    latScale,
    lonScale,
    ...columns,
    population: encodeIntegers(list.map((place) => encodePopulation(place.population))),
    postalCode: steps(list.map((place) => place.postalCode)),
    lat: steps(list.map((place) => lat(place.lat))),
    lon: steps(list.map((place) => lon(place.lon))),
    exonyms: joined(exonyms.map((item) => item.name)),
    exonymPlaces: places(exonyms),
    districts: joined(cityDistricts.map((item) => item.name)),
    districtPlaces: places(cityDistricts),
    districtPostcodes: steps(cityDistricts.map((item) => item.postcode)),
    districtLat: steps(cityDistricts.map((item) => lat(item.lat))),
    districtLon: steps(cityDistricts.map((item) => lon(item.lon))),
    localities: joined(localities.map((item) => item.name)),
    localityPlaces: places(localities),
    localityPostcodes: steps(localities.map((item) => Number(item.postcode.code))),
    localityLat: steps(localities.map((item) => lat(item.postcode.lat))),
    localityLon: steps(localities.map((item) => lon(item.postcode.lon))),
  };
}

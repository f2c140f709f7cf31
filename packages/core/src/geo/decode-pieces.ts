import type { StateCode } from "@beratungsfinder/schemas/vocabulary";
import { stateOfKey } from "@beratungsfinder/schemas/vocabulary";
import { BeratungsfinderError } from "../errors.js";
import {
  decodePopulation,
  deltaDecode,
  GEODATA_MANIFEST_FORMAT,
  type GeodataManifest,
  NAME_PIECE_FORMAT,
  type NamePiece,
  POSTCODE_PIECE_FORMAT,
  type PostcodePiece,
} from "./geodata-format.js";
import { decodeIntegers } from "./number-text.js";

/** A municipality (Gemeinde) with its district, state, centroid and population. */
export interface Place {
  /** Name without official suffixes: "Köln", not "Köln, Stadt". */
  name: string;
  /** District (Kreis) name: "Köln" for a district-free city, else e.g. "Landkreis Gotha", "Kreis Steinfurt". */
  district: string;
  state: StateCode;
  stateName: string;
  /** 8-digit official municipality key (AGS). */
  ags: string;
  lat: number;
  lon: number;
  /** Inhabitants (31.12.2019), rounded: within ±6%, for ranking and weighting, not for statistics. */
  population: number;
  /** Postcode of the town hall, when known. */
  postalCode?: string;
}

/** A postcode with its centroid and the names of the places it covers, main place first. */
export interface PostcodeRecord {
  code: string;
  lat: number;
  lon: number;
  /** The municipalities it covers, main (most populous) first; or only its locality's name. */
  names: string[];
  /** Set when the postcode names no municipality; its region is then that of the nearest one. */
  locality?: string;
  /** Key, district and state of the main municipality. */
  ags: string;
  /** Keys of the municipalities it covers, main first; none when it names no municipality (`locality`). */
  keys: string[];
  district: string;
  state: StateCode;
  stateName: string;
}

/** A district of a city (Neukölln in Berlin, Altona in Hamburg) with a postcode and centroid of its own. */
export interface DistrictRecord {
  name: string;
  /** Its city. */
  city: Place;
  postalCode: string;
  lat: number;
  lon: number;
}

export interface DecodedNamePiece {
  from: string;
  to: string;
  places: Place[];
  exonyms: { name: string; place: Place }[];
  districts: DistrictRecord[];
  localities: PostcodeRecord[];
}

/** Degrees to 5 decimals (about 1 m): the grid of the files is coarser, so nothing is lost. */
const degrees = (value: number, scale: number) => Math.round((value / scale) * 1e5) / 1e5;
const names = (text: string) => (text === "" ? [] : text.split("|"));
const steps = (text: string) => deltaDecode(decodeIntegers(text));
const pad = (value: number, length: number) => String(value).padStart(length, "0");

export function unusableGeodata(file: string, message: string, cause?: unknown): BeratungsfinderError {
  return new BeratungsfinderError(
    "GEODATA_UNAVAILABLE",
    `The geodata piece ${file} cannot be used: ${message}`,
    {
      cause,
    },
  );
}

/** Checks the manifest's shape, so that a wrong or stale folder fails with a clear message. */
export function decodeManifest(value: unknown, file: string): GeodataManifest {
  const manifest = value as Partial<GeodataManifest> | null;
  if (manifest?.format !== GEODATA_MANIFEST_FORMAT) {
    throw new BeratungsfinderError(
      "GEODATA_UNAVAILABLE",
      `The geodata manifest ${file} has the format "${String(manifest?.format)}", expected ` +
        `"${GEODATA_MANIFEST_FORMAT}". Rebuild the geodata for this version.`,
    );
  }
  const entries = (list: unknown, length: number) =>
    Array.isArray(list) &&
    list.every((entry) => Array.isArray(entry) && entry.length === length && typeof entry[0] === "string");
  if (!entries(manifest.postcodes, 3) || !entries(manifest.names, 2) || manifest.names?.[0]?.[0] !== "") {
    throw new BeratungsfinderError(
      "GEODATA_UNAVAILABLE",
      `The geodata manifest ${file} is damaged: expected lists of postcode and name pieces, the first name piece starting at "".`,
    );
  }
  return manifest as GeodataManifest;
}

/** Checks that the strings and numbers a piece must have are there. */
function checkFields(value: unknown, format: string, file: string, fields: readonly string[]): void {
  const piece = value as Record<string, unknown> | null;
  if (piece?.format !== format) {
    throw unusableGeodata(file, `it has the format "${String(piece?.format)}", expected "${format}".`);
  }
  for (const field of fields) {
    if (typeof piece[field] !== "string") throw unusableGeodata(file, `expected ${field} to be a string.`);
  }
  for (const field of ["latScale", "lonScale"]) {
    if (!(typeof piece[field] === "number" && piece[field] > 0))
      throw unusableGeodata(file, `expected ${field} to be a positive number.`);
  }
  if (!Array.isArray(piece.districtNames))
    throw unusableGeodata(file, "expected districtNames to be a list.");
}

const PLACE_FIELDS = ["ags", "names", "district"] as const;

/** The columns shared by both kinds of piece: key, name, district and state of each municipality. */
function decodePlaceColumns(piece: PostcodePiece | NamePiece, file: string) {
  const ags = steps(piece.ags).map((key) => pad(key, 8));
  const placeNames = names(piece.names);
  const district = decodeIntegers(piece.district);
  if (placeNames.length !== ags.length || district.length !== ags.length) {
    throw unusableGeodata(file, "its municipality columns differ in length; it is truncated or damaged.");
  }
  return ags.map((key, index) => {
    const state = stateOfKey(key);
    if (!state) throw unusableGeodata(file, `municipality key ${key} names no German state.`);
    return {
      name: placeNames[index] ?? "",
      district: piece.districtNames[district[index] ?? -1] ?? "",
      state: state.code,
      stateName: state.name,
      ags: key,
    };
  });
}

/** Wraps decoding errors other than our own as "damaged", naming the piece. */
function guarded<T>(file: string, decode: () => T): T {
  try {
    return decode();
  } catch (cause) {
    if (cause instanceof BeratungsfinderError) throw cause;
    throw unusableGeodata(file, `it is damaged (${(cause as Error).message}).`, cause);
  }
}

/** Unpacks one postcode piece (see geodata-format.ts); `file` names it in errors. */
export function decodePostcodePiece(value: unknown, file: string): PostcodeRecord[] {
  checkFields(value, POSTCODE_PIECE_FORMAT, file, [
    ...PLACE_FIELDS,
    "codes",
    "lat",
    "lon",
    "places",
    "localities",
  ]);
  const piece = value as PostcodePiece;
  return guarded(file, () => {
    const regions = decodePlaceColumns(piece, file);
    const codes = steps(piece.codes);
    const lat = steps(piece.lat);
    const lon = steps(piece.lon);
    if (lat.length !== codes.length || lon.length !== codes.length) {
      throw unusableGeodata(file, "its postcode columns differ in length; it is truncated or damaged.");
    }
    const refs = decodeIntegers(piece.places);
    const localities = names(piece.localities);
    let position = 0;
    const records = codes.map((code, index): PostcodeRecord => {
      const header = refs[position++] ?? Number.NaN;
      const places = Array.from({ length: header >> 1 }, () => regions[refs[position++] ?? -1]);
      const main = places[0];
      if (!main || places.some((place) => place === undefined)) {
        throw unusableGeodata(file, `postcode ${pad(code, 5)} refers to a municipality the piece lacks.`);
      }
      const record: PostcodeRecord = {
        code: pad(code, 5),
        lat: degrees(lat[index] ?? 0, piece.latScale),
        lon: degrees(lon[index] ?? 0, piece.lonScale),
        names: places.map((place) => place?.name ?? ""),
        ags: main.ags,
        keys: places.map((place) => place?.ags ?? ""),
        district: main.district,
        state: main.state,
        stateName: main.stateName,
      };
      if (header % 2 === 1) {
        record.locality = localities.shift() ?? record.code;
        record.names = [record.locality];
        record.keys = [];
      }
      return record;
    });
    if (position !== refs.length)
      throw unusableGeodata(file, "its postcode-to-municipality column has extra entries.");
    return records;
  });
}

const NAME_FIELDS = [
  ...PLACE_FIELDS,
  ...["population", "postalCode", "lat", "lon", "exonyms", "exonymPlaces", "districts", "districtPlaces"],
  ...["districtPostcodes", "districtLat", "districtLon", "localities", "localityPlaces", "localityPostcodes"],
  ...["localityLat", "localityLon", "from", "to"],
] as const;

/** Unpacks one name piece (see geodata-format.ts); `file` names it in errors. */
export function decodeNamePiece(value: unknown, file: string): DecodedNamePiece {
  checkFields(value, NAME_PIECE_FORMAT, file, NAME_FIELDS);
  const piece = value as NamePiece;
  return guarded(file, () => {
    const columns = decodePlaceColumns(piece, file);
    const population = decodeIntegers(piece.population);
    const postal = steps(piece.postalCode);
    const lat = steps(piece.lat);
    const lon = steps(piece.lon);
    if ([population, postal, lat, lon].some((column) => column.length !== columns.length)) {
      throw unusableGeodata(file, "its municipality columns differ in length; it is truncated or damaged.");
    }
    const places = columns.map((place, index): Place => {
      const full: Place = {
        ...place,
        lat: degrees(lat[index] ?? 0, piece.latScale),
        lon: degrees(lon[index] ?? 0, piece.lonScale),
        population: decodePopulation(population[index] ?? 0),
      };
      if ((postal[index] ?? 0) > 0) full.postalCode = pad(postal[index] ?? 0, 5);
      return full;
    });
    const placeAt = (index: number | undefined) => {
      const place = places[index ?? -1];
      if (!place) throw unusableGeodata(file, "a name refers to a municipality the piece lacks.");
      return place;
    };
    // Rows of one kind: names and further columns, all of one length.
    const rows = (nameText: string, placeText: string, ...more: string[]) => {
      const list = names(nameText);
      const refs = decodeIntegers(placeText);
      const extra = more.map(steps);
      if (refs.length !== list.length || extra.some((column) => column.length !== list.length)) {
        throw unusableGeodata(file, "its name columns differ in length; it is truncated or damaged.");
      }
      return list.map((name, index) => ({
        name,
        place: placeAt(refs[index]),
        values: extra.map((column) => column[index] ?? 0),
      }));
    };
    const exonyms = rows(piece.exonyms, piece.exonymPlaces).map(({ name, place }) => ({ name, place }));
    const { districtPostcodes, districtLat, districtLon } = piece;
    const districts = rows(
      piece.districts,
      piece.districtPlaces,
      districtPostcodes,
      districtLat,
      districtLon,
    ).map(
      ({ name, place, values: [code = 0, y = 0, x = 0] }): DistrictRecord => ({
        name,
        city: place,
        postalCode: pad(code, 5),
        lat: degrees(y, piece.latScale),
        lon: degrees(x, piece.lonScale),
      }),
    );
    const { localityPostcodes, localityLat, localityLon } = piece;
    const localities = rows(
      piece.localities,
      piece.localityPlaces,
      localityPostcodes,
      localityLat,
      localityLon,
    ).map(
      ({ name, place, values: [code = 0, y = 0, x = 0] }): PostcodeRecord => ({
        code: pad(code, 5),
        lat: degrees(y, piece.latScale),
        lon: degrees(x, piece.lonScale),
        names: [name],
        locality: name,
        ags: place.ags,
        keys: [],
        district: place.district,
        state: place.state,
        stateName: place.stateName,
      }),
    );
    return { from: piece.from, to: piece.to, places, exonyms, districts, localities };
  });
}

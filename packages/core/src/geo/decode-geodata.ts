import type { StateCode } from "@beratungsfinder/schemas/vocabulary";
import { stateOfKey } from "@beratungsfinder/schemas/vocabulary";
import { BeratungsfinderError } from "../errors.js";
import {
  decodePopulation,
  deltaDecode,
  type GeoData,
  PLACES_FORMAT,
  POSTCODES_FORMAT,
  rescale,
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

/** A postcode with its centroid and the places it covers (indices into the place list, main first). */
export interface PostcodeRecord {
  code: string;
  lat: number;
  lon: number;
  places: number[];
  /** Set when the postcode names no municipality; `places` then holds the nearest one, for the region. */
  locality?: string;
}

export interface DecodedGeoData {
  places: Place[];
  /** Ascending by code. */
  postcodes: PostcodeRecord[];
}

/** Degrees to 5 decimals (about 1 m): the grid of the files is coarser, so nothing is lost. */
const degrees = (value: number, scale: number) => Math.round((value / scale) * 1e5) / 1e5;

function unusable(message: string, cause?: unknown): BeratungsfinderError {
  return new BeratungsfinderError("GEODATA_UNAVAILABLE", `The geodata cannot be used: ${message}`, { cause });
}

/** Checks the shape of both files, so that a wrong or stale file fails with a clear message. */
export function checkGeoData(data: unknown): asserts data is GeoData {
  const value = data as { postcodes?: Record<string, unknown>; places?: Record<string, unknown> } | null;
  const postcodes = value?.postcodes;
  const places = value?.places;
  if (postcodes?.format !== POSTCODES_FORMAT || places?.format !== PLACES_FORMAT) {
    throw unusable(
      `expected the formats "${POSTCODES_FORMAT}" and "${PLACES_FORMAT}", received ` +
        `"${String(postcodes?.format)}" and "${String(places?.format)}". Rebuild the geodata for this version.`,
    );
  }
  const strings = {
    postcodes: ["codes", "lat", "lon", "places", "localities"],
    places: ["districtKeys", "ags", "names", "population", "postalCode", "lat", "lon"],
  };
  for (const [file, fields] of Object.entries(strings)) {
    const record = file === "postcodes" ? postcodes : places;
    for (const field of fields) {
      if (typeof record[field] !== "string") throw unusable(`expected ${file}.${field} to be a string.`);
    }
    for (const field of ["latScale", "lonScale"]) {
      const scale = record[field];
      if (typeof scale !== "number" || !(scale > 0))
        throw unusable(`expected ${file}.${field} to be a positive number.`);
    }
  }
  if (!Array.isArray(places.districtNames)) throw unusable("expected places.districtNames to be an array.");
}

/** Unpacks the two files (see geodata-format.ts) into places and postcodes. */
export function decodeGeoData(data: GeoData): DecodedGeoData {
  checkGeoData(data);
  try {
    return decodeChecked(data);
  } catch (cause) {
    if (cause instanceof BeratungsfinderError) throw cause;
    throw unusable(`the files are damaged (${(cause as Error).message})`, cause);
  }
}

function decodeChecked(data: GeoData): DecodedGeoData {
  const c = data.postcodes;
  const codes = deltaDecode(decodeIntegers(c.codes));
  const codeLat = deltaDecode(decodeIntegers(c.lat));
  const codeLon = deltaDecode(decodeIntegers(c.lon));
  if (codeLat.length !== codes.length || codeLon.length !== codes.length) {
    throw unusable("postcode columns differ in length; the files are truncated or damaged.");
  }

  const p = data.places;
  const ags = deltaDecode(decodeIntegers(p.ags));
  const names = p.names.split("|");
  const population = decodeIntegers(p.population);
  const postalDeltas = decodeIntegers(p.postalCode);
  const latOffsets = decodeIntegers(p.lat);
  const lonOffsets = decodeIntegers(p.lon);
  const count = ags.length;
  if ([names, population, postalDeltas, latOffsets, lonOffsets].some((column) => column.length !== count)) {
    throw unusable("place columns differ in length; the files are truncated or damaged.");
  }

  // Postcodes and the municipalities they name.
  const refs = decodeIntegers(c.places);
  const localities = c.localities === "" ? [] : c.localities.split("|");
  const postcodes: PostcodeRecord[] = [];
  // Per municipality, the first postcode that names it (0: none), the prediction of its town-hall postcode.
  const firstCode = new Int32Array(count);
  let position = 0;
  let main = 0;
  for (let index = 0; index < codes.length; index++) {
    main += refs[position++] ?? Number.NaN;
    const header = refs[position++] ?? Number.NaN;
    const places = [main];
    let previous = main;
    for (let other = 0; other < header >> 1; other++) {
      previous += refs[position++] ?? Number.NaN;
      places.push(previous);
    }
    for (const place of places) {
      if (!(Number.isInteger(place) && place >= 0 && place < count)) {
        throw unusable(`postcode ${codes[index]} refers to a municipality that does not exist.`);
      }
    }
    const record: PostcodeRecord = {
      code: String(codes[index]).padStart(5, "0"),
      lat: degrees(codeLat[index] ?? 0, c.latScale),
      lon: degrees(codeLon[index] ?? 0, c.lonScale),
      places,
    };
    if (header % 2 === 1) record.locality = localities.shift() ?? record.code;
    else for (const place of places) if (firstCode[place] === 0) firstCode[place] = codes[index] ?? 0;
    postcodes.push(record);
  }
  if (position !== refs.length) throw unusable("the postcode-to-municipality column has extra entries.");
  const codeIndex = new Int32Array(100_000).fill(-1);
  codes.forEach((code, index) => {
    if (code >= 0 && code < 100_000) codeIndex[code] = index;
  });
  const populationOf = new Map<number, number>();

  // Municipalities: town-hall postcode and centroid relative to what the postcodes predict.
  const districtKeys = deltaDecode(decodeIntegers(p.districtKeys)).map((key) => String(key).padStart(5, "0"));
  const districtNames = new Map(districtKeys.map((key, index) => [key, p.districtNames[index] ?? ""]));
  const places: Place[] = [];
  let previousPostal = 0;
  let previous = { lat: 0, lon: 0 };
  for (let index = 0; index < count; index++) {
    const agsText = String(ags[index]).padStart(8, "0");
    const state = stateOfKey(agsText);
    if (!state) throw unusable(`municipality key ${agsText} names no German state.`);
    const postal = (firstCode[index] || previousPostal) + (postalDeltas[index] ?? 0);
    previousPostal = postal || previousPostal;
    const anchor = postal > 0 && postal < 100_000 ? (codeIndex[postal] ?? -1) : -1;
    const origin =
      anchor < 0
        ? previous
        : {
            lat: rescale(codeLat[anchor] ?? 0, c.latScale, p.latScale),
            lon: rescale(codeLon[anchor] ?? 0, c.lonScale, p.lonScale),
          };
    const here = { lat: origin.lat + (latOffsets[index] ?? 0), lon: origin.lon + (lonOffsets[index] ?? 0) };
    previous = here;
    const place: Place = {
      name: names[index] ?? "",
      district: districtNames.get(agsText.slice(0, 5)) ?? "",
      state: state.code,
      stateName: state.name,
      ags: agsText,
      lat: degrees(here.lat, p.latScale),
      lon: degrees(here.lon, p.lonScale),
      population: populationOf.get(population[index] ?? 0) ?? decodePopulation(population[index] ?? 0),
    };
    if (postal > 0) place.postalCode = String(postal).padStart(5, "0");
    populationOf.set(population[index] ?? 0, place.population);
    places.push(place);
  }
  // The main place first, the others by population.
  for (const record of postcodes) {
    if (record.places.length < 3) continue;
    const [first, ...others] = record.places;
    others.sort((a, b) => (places[b]?.population ?? 0) - (places[a]?.population ?? 0) || a - b);
    record.places = [first ?? 0, ...others];
  }
  return { places, postcodes };
}

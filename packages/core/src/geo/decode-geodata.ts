import type { StateCode } from "@beratungsfinder/schemas";
import { deltaDecode, type GeoData, PLACES_FORMAT, POSTCODES_FORMAT } from "./geodata-format.js";
import { stateOfKey } from "./states.js";

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
  /** True when `places` holds only the nearest municipality, for the region; the code is named after its locality. */
  regionOnly: boolean;
  /** Names of localities that are not municipalities, e.g. "Dresden Striesen". */
  localities: string[];
}

export interface DecodedGeoData {
  places: Place[];
  /** Ascending by code. */
  postcodes: PostcodeRecord[];
}

/** Thrown (as a plain Error, wrapped by the loaders) when the files are not what the geocoder expects. */
export function checkGeoData(data: unknown): asserts data is GeoData {
  const value = data as Partial<GeoData> | null;
  const postcodes = value?.postcodes;
  const places = value?.places;
  if (postcodes?.format !== POSTCODES_FORMAT || places?.format !== PLACES_FORMAT) {
    throw new Error(
      `Expected geodata in the formats "${POSTCODES_FORMAT}" and "${PLACES_FORMAT}", received ` +
        `"${String(postcodes?.format)}" and "${String(places?.format)}". Rebuild the geodata with this version.`,
    );
  }
  const columns = [postcodes.codes, postcodes.lat, postcodes.lon, postcodes.places];
  const placeColumns = [
    places.ags,
    places.names,
    places.lat,
    places.lon,
    places.population,
    places.postalCode,
  ];
  if (
    !columns.every((column) => Array.isArray(column) && column.length === postcodes.codes.length) ||
    !placeColumns.every((column) => Array.isArray(column) && column.length === places.ags.length)
  ) {
    throw new Error("Expected geodata columns of equal length; the files are truncated or damaged.");
  }
}

export function decodeGeoData(data: GeoData): DecodedGeoData {
  checkGeoData(data);
  const p = data.places;
  const districtKeys = deltaDecode(p.districtKeys).map((key) => String(key).padStart(5, "0"));
  const districtNames = new Map(districtKeys.map((key, index) => [key, p.districtNames[index] ?? ""]));
  const ags = deltaDecode(p.ags);
  const placeLat = deltaDecode(p.lat);
  const placeLon = deltaDecode(p.lon);
  const postal = deltaDecode(p.postalCode);
  const places: Place[] = ags.map((key, index) => {
    const agsText = String(key).padStart(8, "0");
    const state = stateOfKey(agsText);
    const postalCode = postal[index] ?? 0;
    const place: Place = {
      name: p.names[index] ?? "",
      district: districtNames.get(agsText.slice(0, 5)) ?? "",
      state: state?.code ?? "DE-BY",
      stateName: state?.name ?? "",
      ags: agsText,
      lat: (placeLat[index] ?? 0) / p.scale,
      lon: (placeLon[index] ?? 0) / p.scale,
      population: p.population[index] ?? 0,
    };
    if (postalCode > 0) place.postalCode = String(postalCode).padStart(5, "0");
    return place;
  });

  const c = data.postcodes;
  const codes = deltaDecode(c.codes);
  const lat = deltaDecode(c.lat);
  const lon = deltaDecode(c.lon);
  let main = 0;
  const postcodes: PostcodeRecord[] = codes.map((code, index) => {
    const entry = c.places[index];
    const parts = typeof entry === "number" ? [entry] : (entry ?? [0]);
    main += typeof parts[0] === "number" ? parts[0] : 0;
    const others: number[] = [];
    const localities: string[] = [];
    let regionOnly = false;
    for (const part of parts.slice(1)) {
      if (part === 0) regionOnly = true;
      else if (typeof part === "number") others.push(main + part);
      else localities.push(part);
    }
    return {
      code: String(code).padStart(5, "0"),
      lat: (lat[index] ?? 0) / c.scale,
      lon: (lon[index] ?? 0) / c.scale,
      places: [main, ...others].filter((place) => place >= 0 && place < places.length),
      regionOnly: regionOnly && localities.length > 0,
      localities,
    };
  });
  return { places, postcodes };
}

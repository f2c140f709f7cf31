import type { StateCode } from "@beratungsfinder/schemas";
import type { DistrictRecord, Place, PostcodeRecord } from "./decode-pieces.js";
import { label } from "./geocode-label.js";
import type { LoadedGeodata } from "./loaded-geodata.js";

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

/** A municipality's match, labelled with its district and state. */
export function placeMatch(place: Place): GeocodeMatch {
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
export function postcodeMatch(
  record: PostcodeRecord,
  approximate: boolean,
  code = record.code,
): GeocodeMatch {
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

/** A city district's match: its city's, with the district's name, postcode and coordinates. */
export function districtMatch(data: LoadedGeodata, index: number): GeocodeMatch {
  const district = data.districts[index] as DistrictRecord;
  const city = placeMatch(district.city);
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

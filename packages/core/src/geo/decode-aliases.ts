import { BeratungsfinderError } from "../errors.js";
import type { Place } from "./decode-geodata.js";
import { ALIASES_FORMAT, type AliasData, deltaDecode } from "./geodata-format.js";
import { decodeIntegers } from "./number-text.js";

/** A district of a city (Neukölln in Berlin, Altona in Hamburg) with a postcode and centroid of its own. */
export interface DistrictRecord {
  name: string;
  /** Index of its city in the place list. */
  place: number;
  postalCode: string;
  lat: number;
  lon: number;
}

export interface DecodedAliases {
  /** Other names of municipalities, each with the index of its place. */
  exonyms: { name: string; place: number }[];
  districts: DistrictRecord[];
}

function unusable(message: string): BeratungsfinderError {
  return new BeratungsfinderError(
    "GEODATA_UNAVAILABLE",
    `The geodata cannot be used: aliases.json ${message}`,
  );
}

/** Unpacks `aliases.json` against the decoded places; entries whose municipality is unknown are skipped. */
export function decodeAliases(data: AliasData, places: readonly Place[]): DecodedAliases {
  if (data?.format !== ALIASES_FORMAT) {
    throw unusable(
      `has the format "${String(data?.format)}", expected "${ALIASES_FORMAT}". Rebuild the geodata.`,
    );
  }
  const placeOf = new Map(places.map((place, index) => [Number(place.ags), index]));
  const exonymNames = data.exonyms === "" ? [] : data.exonyms.split("|");
  const exonymAgs = deltaDecode(decodeIntegers(data.exonymAgs));
  const names = data.districts === "" ? [] : data.districts.split("|");
  const columns = [data.districtAgs, data.districtPostcodes, data.districtLat, data.districtLon].map((text) =>
    deltaDecode(decodeIntegers(text)),
  );
  if (exonymAgs.length !== exonymNames.length || columns.some((column) => column.length !== names.length)) {
    throw unusable("has columns of different lengths; it is truncated or damaged.");
  }
  const [ags = [], postcodes = [], lat = [], lon = []] = columns;
  const exonyms: DecodedAliases["exonyms"] = [];
  exonymNames.forEach((name, index) => {
    const place = placeOf.get(exonymAgs[index] ?? -1);
    if (place !== undefined) exonyms.push({ name, place });
  });
  const districts: DistrictRecord[] = [];
  names.forEach((name, index) => {
    const place = placeOf.get(ags[index] ?? -1);
    if (place === undefined) return;
    districts.push({
      name,
      place,
      postalCode: String(postcodes[index]).padStart(5, "0"),
      lat: Math.round(((lat[index] ?? 0) / data.latScale) * 1e5) / 1e5,
      lon: Math.round(((lon[index] ?? 0) / data.lonScale) * 1e5) / 1e5,
    });
  });
  return { exonyms, districts };
}

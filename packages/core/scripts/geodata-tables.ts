/**
 * The source tables joined: municipalities (names and keys from Destatis, centroids from BKG VG250)
 * and postcodes (GeoNames centroids, each with the municipalities it covers, main one first).
 */
import { nameKeys, spaced } from "../src/geo/name-keys.js";
import { type GeoSources, parseCsv } from "./geodata-sources.js";

export interface Municipality {
  ags: string;
  name: string;
  lat: number;
  lon: number;
  population: number;
  postalCode: number;
}

/** "Köln, Stadt" → "Köln"; "Sachsenwald (Forstgutsbez.),gemfr.Geb." → "Sachsenwald (Forstgutsbez.)". */
export function cleanOfficialName(name: string): string {
  return name.split(",")[0]?.trim() ?? name;
}

/**
 * Display name of a district from the register: cities as themselves ("Köln"), rural districts with
 * their kind ("Landkreis Gotha", "Kreis Steinfurt") unless the name already says it ("Rhein-Erft-Kreis").
 */
export function districtDisplayName(officialName: string, textKey: string): string {
  const name = cleanOfficialName(officialName);
  if (/kreis|region|verband/i.test(name)) return name;
  if (textKey === "43") return `Kreis ${name}`;
  if (textKey === "44") return `Landkreis ${name}`;
  return name;
}

const number = (text: string | undefined) => Number((text ?? "").replace(/\s/g, "").replace(",", "."));

function readRegister(text: string) {
  const districts = new Map<string, string>();
  const municipalities: Municipality[] = [];
  for (const cells of parseCsv(text).slice(1)) {
    const [satzart, textKey, land, rb, kreis, , gemeinde, name, , population, , , , plz, lon, lat] = cells;
    if (!land || !name) continue;
    const districtKey = `${land}${rb}${kreis}`;
    if (satzart === "40") districts.set(districtKey, districtDisplayName(name, textKey ?? ""));
    if (satzart === "60") {
      municipalities.push({
        ags: `${districtKey}${gemeinde}`,
        name: cleanOfficialName(name),
        lat: number(lat),
        lon: number(lon),
        population: number(population) || 0,
        postalCode: Number(plz) || 0,
      });
    }
  }
  return { districts, municipalities };
}

function readCommunes(text: string): Map<string, { name: string; lat: number; lon: number }> {
  const communes = new Map<string, { name: string; lat: number; lon: number }>();
  for (const [ags, name, , lat, lon] of parseCsv(text).slice(1)) {
    if (ags && name && lat && lon)
      communes.set(ags.padStart(8, "0"), { name, lat: Number(lat), lon: Number(lon) });
  }
  return communes;
}

/** Municipalities: names and keys from Destatis, centroids from BKG VG250 (Destatis centre as fallback). */
function joinMunicipalities(
  register: Municipality[],
  communes: ReturnType<typeof readCommunes>,
): Municipality[] {
  return register
    .map((municipality) => {
      const commune = communes.get(municipality.ags);
      return commune
        ? { ...municipality, name: commune.name, lat: commune.lat, lon: commune.lon }
        : municipality;
    })
    .filter((municipality) => Number.isFinite(municipality.lat) && Number.isFinite(municipality.lon))
    .sort((a, b) => a.ags.localeCompare(b.ags));
}

export interface Postcode {
  code: string;
  lat: number;
  lon: number;
  /** Municipalities the code covers, main (most populous) first. */
  places: Municipality[];
  /** True when no GeoNames name matched a municipality and `places` holds only the nearest one. */
  nearestOnly: boolean;
  /** GeoNames names that are localities rather than municipalities ("Dresden Striesen"). */
  localities: string[];
}

interface PostcodeRow {
  place: string;
  lat: number;
  lon: number;
}

function readPostcodes(text: string, municipalities: Municipality[]): Postcode[] {
  const groups = new Map<string, PostcodeRow[]>();
  for (const [, zipcode, place, , stateCode, , , , , lat, lon] of parseCsv(text).slice(1)) {
    // Company postcodes carry a numeric state code instead of the state's abbreviation.
    if (!zipcode || !place || /^\d+$/.test(stateCode ?? "") || !/^\d{5}$/.test(zipcode)) continue;
    const rows = groups.get(zipcode) ?? [];
    rows.push({ place, lat: Number(lat), lon: Number(lon) });
    groups.set(zipcode, rows);
  }

  const nearby = proximityIndex(municipalities);
  const byTownHall = new Map<string, Municipality[]>();
  for (const municipality of municipalities) {
    const code = String(municipality.postalCode).padStart(5, "0");
    byTownHall.set(code, [...(byTownHall.get(code) ?? []), municipality]);
  }

  const postcodes: Postcode[] = [];
  for (const [code, rows] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const lat = rows.reduce((sum, row) => sum + row.lat, 0) / rows.length;
    const lon = rows.reduce((sum, row) => sum + row.lon, 0) / rows.length;
    const places = new Set<Municipality>();
    const unmatched: string[] = [];
    for (const row of rows) {
      const match = matchMunicipality(row, nearby(row.lat, row.lon));
      if (match) places.add(match);
      else if (!unmatched.includes(row.place)) unmatched.push(row.place);
    }
    // A code that names no municipality (merged villages, names GeoNames spells differently) still
    // holds the town halls that Destatis gives it; failing those, the nearest municipality gives the region.
    for (const municipality of places.size === 0 ? (byTownHall.get(code) ?? []) : [])
      places.add(municipality);
    const nearestOnly = places.size === 0;
    if (nearestOnly) {
      const around = nearby(lat, lon).map((candidate) => candidate.municipality);
      const closest = nearest(around, lat, lon) ?? nearest(municipalities, lat, lon);
      if (closest) places.add(closest);
    }
    const sorted = [...places].sort((a, b) => b.population - a.population);
    postcodes.push({ code, lat, lon, places: sorted, nearestOnly, localities: nearestOnly ? unmatched : [] });
  }
  return postcodes;
}

interface Candidate {
  municipality: Municipality;
  keys: string[];
}

/** Municipalities within about 30 km of a point, from a grid of 0.25° cells. */
function proximityIndex(municipalities: Municipality[]): (lat: number, lon: number) => Candidate[] {
  const cell = (lat: number, lon: number) => `${Math.floor(lat * 4)}:${Math.floor(lon * 4)}`;
  const grid = new Map<string, Candidate[]>();
  for (const municipality of municipalities) {
    const key = cell(municipality.lat, municipality.lon);
    const list = grid.get(key) ?? [];
    list.push({ municipality, keys: nameKeys(municipality.name).map(spaced) });
    grid.set(key, list);
  }
  return (lat, lon) => {
    const found: Candidate[] = [];
    for (let dLat = -1; dLat <= 1; dLat++) {
      for (let dLon = -1; dLon <= 1; dLon++)
        found.push(...(grid.get(cell(lat + dLat / 4, lon + dLon / 4)) ?? []));
    }
    return found;
  };
}

/**
 * The municipality a GeoNames row names: the same name ("Köln"), the name without its qualifier
 * ("Halle" for "Halle (Saale)"), or a locality of it ("Neuzelle Kobbeln"); the nearest if several.
 */
function matchMunicipality(row: PostcodeRow, candidates: Candidate[]): Municipality | undefined {
  const keys = nameKeys(row.place).map(spaced);
  const tests = [
    (key: string) => keys.includes(key),
    (key: string) => keys.some((name) => key.startsWith(`${name} `)),
    (key: string) => keys.some((name) => name.startsWith(`${key} `)),
  ];
  for (const test of tests) {
    const matches = candidates.filter((candidate) => candidate.keys.some(test)).map((c) => c.municipality);
    const closest = nearest(matches, row.lat, row.lon);
    if (closest) return closest;
  }
  return undefined;
}

function nearest<T extends { lat: number; lon: number }>(
  items: T[],
  lat: number,
  lon: number,
): T | undefined {
  let best: T | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  const cos = Math.cos((lat * Math.PI) / 180);
  for (const item of items) {
    const distance = (item.lat - lat) ** 2 + ((item.lon - lon) * cos) ** 2;
    if (distance < bestDistance) {
      best = item;
      bestDistance = distance;
    }
  }
  return best;
}

/** The joined source tables, before encoding: what the files must reproduce. */
export function readGeoTables(sources: GeoSources): {
  districts: Map<string, string>;
  municipalities: Municipality[];
  postcodes: Postcode[];
} {
  const { districts, municipalities: register } = readRegister(sources.register);
  const municipalities = joinMunicipalities(register, readCommunes(sources.communes));
  return { districts, municipalities, postcodes: readPostcodes(sources.postcodes, municipalities) };
}

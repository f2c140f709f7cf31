/**
 * Builds the geocoder's lookup files from the reference data in `packages/core/geodata-sources/`
 * (gzipped copies; see its README for origin and licence; override the folder with BF_GEO_DIR,
 * which may hold the files plain or gzipped): GeoNames postcodes, BKG VG250 municipality centroids and the
 * Destatis municipality register. Writes `geodata/postcodes.json`, `geodata/places.json` and
 * `geodata/ATTRIBUTION.txt`, and fails when a file exceeds its gzip budget.
 *
 * Usage: `tsx scripts/build-geodata.ts [outDir]`
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gunzipSync, gzipSync } from "node:zlib";
import {
  deltaEncode,
  encodePopulation,
  type GeoData,
  PLACES_FORMAT,
  type PlaceData,
  POSTCODES_FORMAT,
  type PostcodeData,
  rescale,
} from "../src/geo/geodata-format.js";
import { nameKeys, spaced } from "../src/geo/name-keys.js";
import { encodeIntegers } from "../src/geo/number-text.js";
import { type AliasSources, buildAliasData, readAliasSources } from "./build-geo-aliases.js";

const PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export const SOURCE_FILES = {
  postcodes: "geonames-DE-zipcodes.de.csv",
  communes: "ods-vg250-de_communes.csv",
  register: "destatis-AuszugGV4QAktuell-2020.csv",
} as const;

/** gzip ceilings from the issue: the widget fetches both files on its first search. */
export const GZIP_BUDGETS = {
  "postcodes.json": 40 * 1024,
  "places.json": 90 * 1024,
  "aliases.json": 16 * 1024,
} as const;

export const ATTRIBUTIONS = {
  geonames: "Postleitzahl-Koordinaten: GeoNames (https://www.geonames.org/), CC BY 4.0",
  bkg: "© GeoBasis-DE / BKG, dl-de/by-2-0 (https://www.govdata.de/dl-de/by-2-0); centroids derived",
  destatis: "© Statistisches Bundesamt (Destatis), GV-ISys, Gebietsstand 31.12.2020",
} as const;

export const DEFAULT_OUT_DIR = join(PACKAGE_DIR, "geodata");

/** The copies of the sources kept in the repository (gzip -9 -n of the originals). */
export const BUNDLED_SOURCE_DIR = join(PACKAGE_DIR, "geodata-sources");

/** Where the source CSVs live: BF_GEO_DIR if set, else the copies in the repository. */
export function defaultSourceDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.BF_GEO_DIR ? resolve(env.BF_GEO_DIR) : BUNDLED_SOURCE_DIR;
}

export interface GeoSources {
  postcodes: string;
  communes: string;
  register: string;
}

export function readGeoSources(dir: string = defaultSourceDir()): GeoSources {
  // Each file is read as `<name>.gz` when that exists, else plain: BF_GEO_DIR may point at a
  // fresh download that was not compressed.
  const read = (file: string) => {
    const gzipped = join(dir, `${file}.gz`);
    const path = existsSync(gzipped) ? gzipped : join(dir, file);
    try {
      const bytes = readFileSync(path);
      return (path === gzipped ? gunzipSync(bytes) : bytes).toString("utf8");
    } catch (cause) {
      throw new Error(
        `Cannot read the geocoding source ${path}. Expected ${file} (or ${file}.gz) in ${dir} ` +
          "(set BF_GEO_DIR to another folder).",
        { cause },
      );
    }
  };
  return {
    postcodes: read(SOURCE_FILES.postcodes),
    communes: read(SOURCE_FILES.communes),
    register: read(SOURCE_FILES.register),
  };
}

/** Minimal RFC 4180 reader: quoted fields with commas and doubled quotes; drops a BOM and blank lines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && source[i + 1] === "\n") i++;
      row.push(field);
      if (row.length > 1 || row[0] !== "") rows.push(row);
      row = [];
      field = "";
    } else field += char;
  }
  row.push(field);
  if (row.length > 1 || row[0] !== "") rows.push(row);
  return rows;
}

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

export interface BuildOptions {
  /** Postcode centroids as integers of 1/latScale, 1/lonScale degree. Default 600 and 360 (about 190 m). */
  postcodeScale?: [lat: number, lon: number];
  /** Municipality centroids likewise. Default 600 and 360 (about 190 m). */
  placeScale?: [lat: number, lon: number];
  /** Exonym and district tables: with them, the result includes `aliases` (aliases.json). */
  aliases?: AliasSources;
}

/** Turns the three source CSVs into the compact files the geocoder loads (see geodata-format.ts). */
export function buildGeoData(sources: GeoSources, options: BuildOptions = {}): GeoData {
  const [latScale, lonScale] = options.postcodeScale ?? [600, 360];
  const [placeLatScale, placeLonScale] = options.placeScale ?? [600, 360];
  const { districts, municipalities, postcodes } = readGeoTables(sources);
  const placeIndex = new Map(municipalities.map((municipality, index) => [municipality, index]));

  const refs: number[] = [];
  const localities: string[] = [];
  const firstCode = new Map<Municipality, Postcode>();
  let previousMain = 0;
  for (const postcode of postcodes) {
    const [main = 0, ...others] = postcode.places.map((place) => placeIndex.get(place) ?? 0);
    refs.push(main - previousMain, 2 * others.length + (postcode.nearestOnly ? 1 : 0));
    // Further municipalities ascend, each as a step from the one before (they share an Amt, so steps are small).
    let previousOther = main;
    for (const index of others.sort((a, b) => a - b)) {
      refs.push(index - previousOther);
      previousOther = index;
    }
    if (postcode.nearestOnly) localities.push((postcode.localities[0] ?? postcode.code).replace(/\|/g, "/"));
    else for (const place of postcode.places) if (!firstCode.has(place)) firstCode.set(place, postcode);
    previousMain = main;
  }
  const qLat = (degrees: number) => Math.round(degrees * latScale);
  const qLon = (degrees: number) => Math.round(degrees * lonScale);

  const postcodeData: PostcodeData = {
    format: POSTCODES_FORMAT,
    attribution: `${ATTRIBUTIONS.geonames}. Changes: company postcodes removed, rows averaged into one centroid per postcode.`,
    latScale,
    lonScale,
    codes: encodeIntegers(deltaEncode(postcodes.map((postcode) => Number(postcode.code)))),
    lat: encodeIntegers(deltaEncode(postcodes.map((postcode) => qLat(postcode.lat)))),
    lon: encodeIntegers(deltaEncode(postcodes.map((postcode) => qLon(postcode.lon)))),
    places: encodeIntegers(refs),
    localities: localities.join("|"),
  };

  // Municipalities: the town-hall postcode relative to a prediction the decoder can repeat, and the
  // centroid relative to that postcode's centroid.
  const byCode = new Map(postcodes.map((postcode) => [Number(postcode.code), postcode]));
  const postal: number[] = [];
  const lat: number[] = [];
  const lon: number[] = [];
  let previousPostal = 0;
  let previous = { lat: 0, lon: 0 };
  for (const municipality of municipalities) {
    const first = firstCode.get(municipality);
    const predicted = first ? Number(first.code) : previousPostal;
    postal.push(municipality.postalCode - predicted);
    previousPostal = municipality.postalCode || previousPostal;
    const anchor = byCode.get(municipality.postalCode);
    const origin = anchor
      ? {
          lat: rescale(qLat(anchor.lat), latScale, placeLatScale),
          lon: rescale(qLon(anchor.lon), lonScale, placeLonScale),
        }
      : previous;
    const here = {
      lat: Math.round(municipality.lat * placeLatScale),
      lon: Math.round(municipality.lon * placeLonScale),
    };
    lat.push(here.lat - origin.lat);
    lon.push(here.lon - origin.lon);
    previous = here;
  }

  const districtKeys = [
    ...new Set(municipalities.map((municipality) => municipality.ags.slice(0, 5))),
  ].sort();
  const placeData: PlaceData = {
    format: PLACES_FORMAT,
    attribution: `${ATTRIBUTIONS.destatis}, dl-de/by-2-0. Centroids: ${ATTRIBUTIONS.bkg}.`,
    latScale: placeLatScale,
    lonScale: placeLonScale,
    districtKeys: encodeIntegers(deltaEncode(districtKeys.map(Number))),
    districtNames: districtKeys.map((key) => districts.get(key) ?? ""),
    ags: encodeIntegers(deltaEncode(municipalities.map((municipality) => Number(municipality.ags)))),
    names: municipalities.map((municipality) => municipality.name.replace(/\|/g, "/")).join("|"),
    population: encodeIntegers(
      municipalities.map((municipality) => encodePopulation(municipality.population)),
    ),
    postalCode: encodeIntegers(postal),
    lat: encodeIntegers(lat),
    lon: encodeIntegers(lon),
  };
  const data: GeoData = { postcodes: postcodeData, places: placeData };
  if (options.aliases) data.aliases = buildAliasData(options.aliases, { municipalities, postcodes });
  return data;
}

export interface WrittenFile {
  file: string;
  bytes: number;
  gzipBytes: number;
  budget?: number;
}

/** Writes the two JSON files and ATTRIBUTION.txt; returns their sizes. */
export function writeGeoData(data: GeoData, outDir: string = DEFAULT_OUT_DIR): WrittenFile[] {
  mkdirSync(outDir, { recursive: true });
  const written: WrittenFile[] = [];
  const files = [
    ["postcodes.json", data.postcodes],
    ["places.json", data.places],
    ...(data.aliases ? ([["aliases.json", data.aliases]] as const) : []),
  ] as const;
  for (const [file, value] of files) {
    const text = JSON.stringify(value);
    writeFileSync(join(outDir, file), text);
    written.push({
      file,
      bytes: Buffer.byteLength(text),
      gzipBytes: gzipSync(text).length,
      budget: GZIP_BUDGETS[file],
    });
  }
  writeFileSync(join(outDir, "ATTRIBUTION.txt"), ATTRIBUTION_TEXT);
  return written;
}

export const ATTRIBUTION_TEXT = `The files in this folder are derived from the following data (see also NOTICE).

- postcodes.json: ${ATTRIBUTIONS.geonames} (https://creativecommons.org/licenses/by/4.0/).
  Changes: company postcodes removed, rows averaged into one centroid per postcode, coordinates
  rounded to 1/600 degree latitude and 1/360 degree longitude, re-encoded.
- places.json: ${ATTRIBUTIONS.bkg}; rounded likewise, re-encoded.
- places.json: ${ATTRIBUTIONS.destatis},
  Datenlizenz Deutschland – Namensnennung – Version 2.0 (https://www.govdata.de/dl-de/by-2-0);
  names, keys, town-hall postcodes and population figures (rounded to within 6%).
- aliases.json: district names partly from ${ATTRIBUTIONS.geonames}; the district table and the
  exonyms were compiled for Beratungsfinder (sources of the spellings: geodata-sources/README.md).
`;

function main(): void {
  const sourceDir = defaultSourceDir();
  const outDir = process.argv[2] ? resolve(process.argv[2]) : DEFAULT_OUT_DIR;
  const started = performance.now();
  const sources = readGeoSources(sourceDir);
  const written = writeGeoData(buildGeoData(sources, { aliases: readAliasSources(sourceDir) }), outDir);
  let overBudget = false;
  for (const { file, bytes, gzipBytes, budget } of written) {
    const over = budget !== undefined && gzipBytes > budget;
    overBudget ||= over;
    console.log(
      `geodata/${file}: ${(bytes / 1024).toFixed(1)} KiB, ${(gzipBytes / 1024).toFixed(1)} KiB gzip` +
        (budget ? ` (budget ${budget / 1024} KiB${over ? ", OVER BUDGET" : ""})` : ""),
    );
  }
  console.log(`Built from ${sourceDir} in ${Math.round(performance.now() - started)} ms.`);
  if (overBudget) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();

/**
 * The inputs of the geodata build: where they live (`geodata-sources/`, or BF_GEO_DIR), how a file is
 * read (plain or gzipped), the CSV reader, and the attributions each source requires.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";

export const PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export const SOURCE_FILES = {
  postcodes: "geonames-DE-zipcodes.de.csv",
  communes: "ods-vg250-de_communes.csv",
  register: "destatis-AuszugGV4QAktuell-2020.csv",
} as const;

export const ATTRIBUTIONS = {
  geonames: "Postleitzahl-Koordinaten: GeoNames (https://www.geonames.org/), CC BY 4.0",
  bkg: "© GeoBasis-DE / BKG, dl-de/by-2-0 (https://www.govdata.de/dl-de/by-2-0); centroids derived",
  destatis: "© Statistisches Bundesamt (Destatis), GV-ISys, Gebietsstand 31.12.2020",
} as const;

/** The copies of the sources kept in the repository (gzip -9 -n of the originals). */
export const BUNDLED_SOURCE_DIR = join(PACKAGE_DIR, "geodata-sources");

/** Where the source CSVs live: BF_GEO_DIR if set, else the copies in the repository. */
export function defaultSourceDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.BF_GEO_DIR ? resolve(env.BF_GEO_DIR) : BUNDLED_SOURCE_DIR;
}

/**
 * One source file of `dir` as text: `<file>.gz` when that exists, else `<file>` (BF_GEO_DIR may point
 * at a fresh download that was not compressed). A missing file fails naming both spellings.
 */
export function readSourceFile(dir: string, file: string): string {
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
}

export interface GeoSources {
  postcodes: string;
  communes: string;
  register: string;
}

export function readGeoSources(dir: string = defaultSourceDir()): GeoSources {
  return {
    postcodes: readSourceFile(dir, SOURCE_FILES.postcodes),
    communes: readSourceFile(dir, SOURCE_FILES.communes),
    register: readSourceFile(dir, SOURCE_FILES.register),
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

/**
 * Builds the geocoder's data in pieces (see `src/geo/geodata-format.ts`) from the reference data in
 * `packages/core/geodata-sources/` (gzipped copies; see its README for origin and licence; override
 * the folder with BF_GEO_DIR, which may hold the files plain or gzipped): GeoNames postcodes, BKG
 * VG250 municipality centroids, the Destatis municipality register, and the hand-written exonyms and
 * city districts. Writes `geodata/manifest.json`, the pieces it names and `geodata/ATTRIBUTION.txt`,
 * and fails when a piece exceeds its gzip budget.
 *
 * Usage: `tsx scripts/build-geodata.ts [outDir]`
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { GEODATA_MANIFEST_FILE, type GeoData } from "../src/geo/geodata-format.js";
import { type AliasSources, readAliasSources, readAliasTables } from "./build-geo-aliases.js";
import { encodePieces, type PieceOptions } from "./geodata-pieces.js";
import {
  ATTRIBUTIONS,
  defaultSourceDir,
  type GeoSources,
  PACKAGE_DIR,
  readGeoSources,
} from "./geodata-sources.js";
import { readGeoTables } from "./geodata-tables.js";

export const DEFAULT_OUT_DIR = join(PACKAGE_DIR, "geodata");

/**
 * gzip ceilings per file kind. A first search fetches the manifest and one or two pieces; the whole
 * set (about 150 KiB) is fetched only by Node, from disk.
 */
export const GZIP_BUDGETS = {
  manifest: 3 * 1024,
  postcodes: 4 * 1024,
  names: 5 * 1024,
} as const;

export type FileKind = keyof typeof GZIP_BUDGETS;

export interface BuildOptions extends Partial<Pick<PieceOptions, "scale" | "nameTarget">> {
  /** Exonym and district tables; without them, only municipalities, postcodes and localities. */
  aliases?: AliasSources;
}

/** Turns the source CSVs into the manifest and its pieces. */
export function buildGeoData(sources: GeoSources, options: BuildOptions = {}): GeoData {
  const tables = readGeoTables(sources);
  const aliases = options.aliases ? readAliasTables(options.aliases, tables) : { exonyms: [], districts: [] };
  return encodePieces(tables, aliases, {
    ...(options.scale ? { scale: options.scale } : {}),
    ...(options.nameTarget ? { nameTarget: options.nameTarget } : {}),
    attribution:
      `Postcodes: ${ATTRIBUTIONS.geonames}; company postcodes removed, rows averaged into one centroid per postcode. ` +
      `Municipalities: ${ATTRIBUTIONS.destatis}, dl-de/by-2-0; centroids ${ATTRIBUTIONS.bkg}. ` +
      "Exonyms and districts compiled for Beratungsfinder, district names partly from GeoNames.",
  });
}

export interface WrittenFile {
  file: string;
  kind: FileKind;
  bytes: number;
  gzipBytes: number;
  budget: number;
}

/** The kind of a geodata file by its name: "names-ko.3f2a9c1b7e.json" → "names". */
export function fileKind(file: string): FileKind {
  return file === GEODATA_MANIFEST_FILE ? "manifest" : file.startsWith("postcodes-") ? "postcodes" : "names";
}

/**
 * Writes the manifest, the pieces and ATTRIBUTION.txt, after removing the JSON files of an earlier
 * build (their hashes differ); returns each file's size.
 */
export function writeGeoData(data: GeoData, outDir: string = DEFAULT_OUT_DIR): WrittenFile[] {
  mkdirSync(outDir, { recursive: true });
  for (const file of readdirSync(outDir)) if (file.endsWith(".json")) rmSync(join(outDir, file));
  const files: [string, unknown][] = [[GEODATA_MANIFEST_FILE, data.manifest], ...Object.entries(data.pieces)];
  const written = files.map(([file, value]): WrittenFile => {
    const text = JSON.stringify(value);
    writeFileSync(join(outDir, file), text);
    const kind = fileKind(file);
    return {
      file,
      kind,
      bytes: Buffer.byteLength(text),
      gzipBytes: gzipSync(text).length,
      budget: GZIP_BUDGETS[kind],
    };
  });
  writeFileSync(join(outDir, "ATTRIBUTION.txt"), ATTRIBUTION_TEXT);
  return written;
}

export const ATTRIBUTION_TEXT = `The files in this folder are derived from the following data (see also NOTICE).

- postcodes-*.json: ${ATTRIBUTIONS.geonames} (https://creativecommons.org/licenses/by/4.0/).
  Changes: company postcodes removed, rows averaged into one centroid per postcode, coordinates
  rounded to 1/600 degree latitude and 1/360 degree longitude, re-encoded.
- postcodes-*.json, names-*.json: ${ATTRIBUTIONS.bkg}; rounded likewise, re-encoded.
- postcodes-*.json, names-*.json: ${ATTRIBUTIONS.destatis},
  Datenlizenz Deutschland – Namensnennung – Version 2.0 (https://www.govdata.de/dl-de/by-2-0);
  names, keys, town-hall postcodes and population figures (rounded to within 6%).
- names-*.json: district names partly from ${ATTRIBUTIONS.geonames}; the district table and the
  exonyms were compiled for Beratungsfinder (sources of the spellings: geodata-sources/README.md).
`;

/** One line per kind: count, total, largest piece and its budget. */
export function sizeReport(written: readonly WrittenFile[]): { lines: string[]; over: WrittenFile[] } {
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  const lines = (Object.keys(GZIP_BUDGETS) as FileKind[]).map((kind) => {
    const files = written.filter((file) => file.kind === kind);
    const gzip = files.reduce((sum, file) => sum + file.gzipBytes, 0);
    const largest = files.reduce((max, file) => (file.gzipBytes > max.gzipBytes ? file : max), files[0]!);
    return (
      `geodata ${kind}: ${files.length} file(s), ${kib(gzip)} gzip in all, largest ${largest.file} ` +
      `${kib(largest.gzipBytes)} (budget ${kib(GZIP_BUDGETS[kind])} each)`
    );
  });
  return { lines, over: written.filter((file) => file.gzipBytes > file.budget) };
}

function main(): void {
  const sourceDir = defaultSourceDir();
  const outDir = process.argv[2] ? resolve(process.argv[2]) : DEFAULT_OUT_DIR;
  const started = performance.now();
  const data = buildGeoData(readGeoSources(sourceDir), { aliases: readAliasSources(sourceDir) });
  const { lines, over } = sizeReport(writeGeoData(data, outDir));
  for (const line of lines) console.log(line);
  for (const file of over)
    console.error(`geodata/${file.file}: ${file.gzipBytes} bytes gzip, OVER BUDGET (${file.budget})`);
  console.log(`Built from ${sourceDir} in ${Math.round(performance.now() - started)} ms.`);
  if (over.length > 0) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();

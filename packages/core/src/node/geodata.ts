import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { BeratungsfinderError } from "../errors.js";
import { decodeManifest } from "../geo/decode-pieces.js";
import { createGeocoder, type Geocoder } from "../geo/geocoder.js";
import { GEODATA_MANIFEST_FILE } from "../geo/geodata-format.js";
import { PiecePlan } from "../geo/piece-plan.js";

/**
 * The package's `geodata/` folder: two folders up from `src/node/geodata.ts` and `dist/node/index.js`,
 * one folder up from the bundles directly in `dist/` (the CLI, shared chunks).
 */
export function defaultGeodataDir(): string {
  // The CommonJS build has no import.meta.url but a __dirname.
  const here = typeof __dirname === "string" ? __dirname : dirname(fileURLToPath(import.meta.url));
  return /[\\/](src|dist)[\\/]node$/.test(here)
    ? resolve(here, "../../geodata")
    : resolve(here, "../geodata");
}

/**
 * Reads the geodata manifest and every piece it names from `dir` (default: the package's own
 * `geodata/`, written by `pnpm --filter @beratungsfinder/core build`) and builds a geocoder that
 * answers `geocode` and `suggest` at once.
 *
 * @example
 * const geocoder = await loadGeocoderFromDisk();
 * geocoder.geocode("10117")[0]?.label; // "10117 Berlin"
 */
export async function loadGeocoderFromDisk(dir: string = defaultGeodataDir()): Promise<Geocoder> {
  const read = async (file: string) => {
    const path = join(dir, file);
    let text: string;
    try {
      text = await readFile(path, "utf8");
    } catch (cause) {
      throw new BeratungsfinderError(
        "GEODATA_UNAVAILABLE",
        `Cannot read the geodata file ${path}. Build it with "pnpm --filter @beratungsfinder/core build".`,
        { cause },
      );
    }
    try {
      return JSON.parse(text) as unknown;
    } catch (cause) {
      throw new BeratungsfinderError("GEODATA_UNAVAILABLE", `The geodata file ${path} is not valid JSON.`, {
        cause,
      });
    }
  };
  const manifest = decodeManifest(await read(GEODATA_MANIFEST_FILE), join(dir, GEODATA_MANIFEST_FILE));
  const files = new PiecePlan(manifest).all();
  const pieces = Object.fromEntries(
    await Promise.all(files.map(async (file) => [file, await read(file)] as const)),
  );
  return createGeocoder({ manifest, pieces });
}

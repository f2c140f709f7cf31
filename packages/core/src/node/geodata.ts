import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { BeratungsfinderError } from "../errors.js";
import { checkGeoData } from "../geo/decode-geodata.js";
import { createGeocoder, type Geocoder } from "../geo/geocoder.js";

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
 * Reads `postcodes.json`, `places.json` and (when there) `aliases.json` from `dir` (default: the package's own `geodata/`,
 * written by `pnpm --filter @beratungsfinder/core build`) and builds a geocoder.
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
  const data: Record<string, unknown> = {
    postcodes: await read("postcodes.json"),
    places: await read("places.json"),
  };
  // Geodata built before exonyms and districts existed has no aliases.json; places still work.
  if (existsSync(join(dir, "aliases.json"))) data.aliases = await read("aliases.json");
  try {
    checkGeoData(data);
  } catch (cause) {
    throw new BeratungsfinderError(
      "GEODATA_UNAVAILABLE",
      `The geodata in ${dir} cannot be used: ${(cause as Error).message}`,
      {
        cause,
      },
    );
  }
  return createGeocoder(data);
}

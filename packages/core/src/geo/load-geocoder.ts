import { BeratungsfinderError } from "../errors.js";
import { checkGeoData } from "./decode-geodata.js";
import { createGeocoder, type Geocoder } from "./geocoder.js";
import type { GeoData } from "./geodata-format.js";

export interface LoadGeocoderOptions {
  /** Folder that holds `postcodes.json`, `places.json` and `aliases.json`, e.g. the widget's own bundle folder. */
  baseUrl: string | URL;
  /** Injected fetch (tests, proxies); defaults to the global one. */
  fetch?: typeof globalThis.fetch;
  signal?: AbortSignal;
}

/**
 * Fetches the geodata files from `baseUrl` (in parallel) and builds a geocoder. Failures throw a
 * `BeratungsfinderError` with code `GEODATA_UNAVAILABLE` (or `ABORTED` when `signal` aborted).
 *
 * @example
 * const geocoder = await loadGeocoder({ baseUrl: new URL("./", import.meta.url) });
 */
export async function loadGeocoder(options: LoadGeocoderOptions): Promise<Geocoder> {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const base = folderUrl(options.baseUrl);
  const [postcodes, places, aliases] = await Promise.all([
    fetchJson(fetchImpl, new URL("postcodes.json", base), options.signal),
    fetchJson(fetchImpl, new URL("places.json", base), options.signal),
    // Exonyms and districts; a folder built before they existed has none, and places still work.
    fetchJson(fetchImpl, new URL("aliases.json", base), options.signal, { optional: true }),
  ]);
  const data = (aliases === undefined ? { postcodes, places } : { postcodes, places, aliases }) as GeoData;
  try {
    checkGeoData(data);
  } catch (cause) {
    throw new BeratungsfinderError(
      "GEODATA_UNAVAILABLE",
      `The geodata in ${base.href} cannot be used: ${(cause as Error).message}`,
      { cause },
    );
  }
  return createGeocoder(data);
}

/** A base URL that names a folder: "https://cdn.example/widget" → "https://cdn.example/widget/". */
function folderUrl(baseUrl: string | URL): URL {
  const text = String(baseUrl);
  const folder = text.endsWith("/") ? text : `${text}/`;
  try {
    return new URL(folder, (globalThis as { location?: { href: string } }).location?.href);
  } catch (cause) {
    throw new BeratungsfinderError(
      "GEODATA_UNAVAILABLE",
      `Expected the geodata baseUrl to be an absolute URL or a path on this site, received "${text}".`,
      { cause },
    );
  }
}

async function fetchJson(
  fetchImpl: typeof globalThis.fetch,
  url: URL,
  signal?: AbortSignal,
  { optional = false } = {},
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchImpl(url, signal ? { signal } : {});
  } catch (cause) {
    if (signal?.aborted) {
      throw new BeratungsfinderError("ABORTED", `Loading the geodata ${url.href} was aborted.`, { cause });
    }
    throw new BeratungsfinderError(
      "GEODATA_UNAVAILABLE",
      `Could not fetch the geodata ${url.href}: ${(cause as Error)?.message ?? String(cause)}.`,
      { cause },
    );
  }
  if (optional && response.status === 404) return undefined;
  if (!response.ok) {
    throw new BeratungsfinderError(
      "GEODATA_UNAVAILABLE",
      `Could not fetch the geodata ${url.href}: HTTP ${response.status} ${response.statusText}`.trim() +
        ". Serve postcodes.json and places.json from the widget's folder.",
    );
  }
  try {
    return await response.json();
  } catch (cause) {
    if (signal?.aborted) {
      throw new BeratungsfinderError("ABORTED", `Loading the geodata ${url.href} was aborted.`, { cause });
    }
    throw new BeratungsfinderError("GEODATA_UNAVAILABLE", `The geodata ${url.href} is not valid JSON.`, {
      cause,
    });
  }
}

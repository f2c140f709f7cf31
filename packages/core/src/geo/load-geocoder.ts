import { BeratungsfinderError } from "../errors.js";
import { decodeManifest } from "./decode-pieces.js";
import { createPiecewiseGeocoder, type Geocoder } from "./geocoder.js";
import { GEODATA_MANIFEST_FILE } from "./geodata-format.js";

export interface LoadGeocoderOptions {
  /** Folder that holds the geodata's `manifest.json` and pieces, e.g. the widget's own `geodata/` folder. */
  baseUrl: string | URL;
  /** Injected fetch (tests, proxies, timeouts); defaults to the global one. */
  fetch?: typeof globalThis.fetch;
  /** Aborts the manifest's and every later piece's fetch. */
  signal?: AbortSignal;
}

/**
 * Fetches the geodata manifest from `baseUrl` and returns a geocoder that fetches the pieces each
 * query needs (postcodes by their first digits, names by their first letters), each piece once.
 * Use `lookup` (or `prepare`, then `geocode`/`suggest`). Failures throw a `BeratungsfinderError` with
 * code `GEODATA_UNAVAILABLE` naming the file (or `ABORTED` when `signal` aborted).
 *
 * @example
 * const geocoder = await loadGeocoder({ baseUrl: new URL("./geodata/", import.meta.url) });
 * const [best] = await geocoder.lookup("50667"); // fetches manifest.json and postcodes-50.….json
 */
export async function loadGeocoder(options: LoadGeocoderOptions): Promise<Geocoder> {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const base = folderUrl(options.baseUrl);
  const get = (file: string) => fetchJson(fetchImpl, new URL(file, base), options.signal);
  const manifest = decodeManifest(
    await get(GEODATA_MANIFEST_FILE),
    new URL(GEODATA_MANIFEST_FILE, base).href,
  );
  return createPiecewiseGeocoder({ manifest, fetch: get });
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
      `[GET] "${url.href}": ${(cause as Error)?.message ?? String(cause)}`,
      { cause },
    );
  }
  if (!response.ok) {
    throw new BeratungsfinderError(
      "GEODATA_UNAVAILABLE",
      `[GET] "${url.href}": ${response.status} ${response.statusText}`.trim() +
        ". Serve the geodata folder (manifest.json and its pieces) beside the widget.",
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

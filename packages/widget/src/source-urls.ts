/**
 * Where the widget's data lives, from its attributes: pure URL rules shared by the element's loaders and
 * the CDN build's first file (`cdn-boot.ts`), which must not import core or anything large.
 */

/**
 * The file that lists a folder's files: a published folder's (core's `MANIFEST_FILE`) and the place
 * data's (`GEODATA_MANIFEST_FILE`); a test checks both.
 */
export const MANIFEST = "manifest.json";

/**
 * The absolute URL of a dataset source, resolved against the page as fetch would; undefined for what is
 * not a URL. Follows `loadDataset`'s rule for strings: JSON text when it starts with "{" or "[" (after
 * white space), otherwise a URL.
 */
export function datasetUrl(
  source: string | URL | object,
  base = globalThis.document?.baseURI,
): string | undefined {
  if (source instanceof URL) return source.href;
  if (typeof source !== "string") return undefined;
  const text = source.trim();
  if (!text || text.startsWith("{") || text.startsWith("[")) return undefined;
  try {
    return new URL(text, base).href;
  } catch {
    // Not a URL even against the page: loadDataset says so in its own words.
    return undefined;
  }
}

/** Whether a dataset URL (absolute or as written) names a published folder: its path ends in manifest.json. */
export function isPublishedManifest(url: string): boolean {
  const path = url.split(/[?#]/, 1)[0] ?? "";
  return path === MANIFEST || path.endsWith(`/${MANIFEST}`);
}

/** The place data's folder as an absolute URL ending in "/", from `geodata-base` or beside `bundle`. */
export function geodataFolder(base: string | undefined, bundle: string, page: string): string {
  const href = base ? new URL(base, page).href : new URL("./geodata/", bundle).href;
  return href.endsWith("/") ? href : `${href}/`;
}

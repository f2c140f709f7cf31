/**
 * The shared chunks each lazily loaded file of the CDN build needs beyond the main file's, by the file's
 * name in chunks/ (paths relative to the main file). The CDN build writes them in (scripts/build.mjs,
 * scripts/chunk-preload.mjs); elsewhere (the npm build, tests) there are none and nothing is preloaded.
 */
declare const __BF_CHUNK_PRELOADS__: string | undefined;

/** JSON text in the build: an object there would become a module of its own in some shared chunk. */
const PRELOADS: Readonly<Record<string, readonly string[]>> =
  typeof __BF_CHUNK_PRELOADS__ === "undefined" ? {} : JSON.parse(__BF_CHUNK_PRELOADS__);

/**
 * Starts importing the shared chunks `name` needs, beside `name` itself: the browser fetches them side by
 * side instead of finding each only once the file that imports it has arrived and been parsed (on a
 * phone, a round trip per step). `import()` rather than `<link rel="modulepreload">`, which a page's
 * nonce-based Content-Security-Policy would block. A failure is left to the file's own import to report.
 *
 * @example
 * const importFirstSearch = () => (preloadChunks("first-search"), import("./first-search-code.js"));
 */
export function preloadChunks(
  name: string,
  preloads: Readonly<Record<string, readonly string[]>> = PRELOADS,
  base: string = import.meta.url,
): void {
  for (const path of preloads[name] ?? []) {
    import(/* webpackIgnore: true */ /* @vite-ignore */ new URL(path, base).href).catch(() => {});
  }
}

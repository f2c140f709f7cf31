/**
 * Responses asked for before the element's code arrived: the CDN build's first file
 * (dist/cdn/beratungs-finder.js, see `cdn-boot.ts`) starts the downloads a page's widgets will need (a
 * published folder's manifest, a dataset file, the place data's manifest) while the browser is still
 * fetching the code, and leaves them here by absolute URL. The element takes each once, instead of
 * asking the server again; a second widget with the same `src` shares the first one's load anyway.
 * Kept on `globalThis` under a registered symbol, so the first file needs no module of the element's.
 */
export const EARLY_FETCHES = Symbol.for("beratungsfinder.early-fetches");

type EarlyFetches = Map<string, Promise<Response>>;

const holder = globalThis as { [EARLY_FETCHES]?: EarlyFetches };

/**
 * The response the first file started for `url` (resolved against the page), taken out so that a later
 * load (a retry) asks the server again; undefined when none was started.
 *
 * @example
 * const response = takeEarlyFetch(url) ?? fetch(url, { signal });
 */
export function takeEarlyFetch(url: string): Promise<Response> | undefined {
  const early = holder[EARLY_FETCHES];
  if (!early?.size) return undefined;
  let key: string;
  try {
    key = new URL(url, globalThis.document?.baseURI).href;
  } catch {
    return undefined;
  }
  const response = early.get(key);
  early.delete(key);
  return response;
}

/**
 * Starts `fetch(url)` and leaves the response for `takeEarlyFetch`, once per URL; returns it (to read,
 * clone it: the element reads the body). A failure is left to the element, which reads the response
 * (and reports it) like one of its own.
 */
export function startEarlyFetch(url: string): Promise<Response> {
  const early = holder[EARLY_FETCHES] ?? new Map<string, Promise<Response>>();
  holder[EARLY_FETCHES] = early;
  const started = early.get(url);
  if (started) return started;
  const response = fetch(url);
  response.catch(() => {});
  early.set(url, response);
  return response;
}

/**
 * The keys of the search kept in `location.hash` with `hash-state` (see `search-state.ts`), and the part
 * of it that the CDN build's first file reads before the element's code has arrived. A module of its
 * own, so that the first file holds these few lines and not the rest of the search state.
 */
export const HASH_KEYS = {
  query: "bf-q",
  radiusKm: "bf-r",
  languages: "bf-languages",
  topics: "bf-topics",
  channels: "bf-channels",
  openNow: "bf-open",
  stepFree: "bf-step-free",
  office: "bf-office",
  locale: "bf-lang",
} as const;

/** What a shared link asks for first: the place as typed and the language picked (as a tag). */
export interface LinkedStart {
  query?: string;
  locale?: string;
}

/**
 * The place and the language in a link's hash parameters, cut to their longest sensible length.
 *
 * @example
 * linkedStart(new URLSearchParams("bf-q=K%C3%B6ln&bf-lang=ar")); // { query: "Köln", locale: "ar" }
 */
export function linkedStart(params: URLSearchParams): LinkedStart {
  const start: LinkedStart = {};
  const query = params.get(HASH_KEYS.query);
  if (query) start.query = query.slice(0, 100);
  const locale = params.get(HASH_KEYS.locale);
  if (locale) start.locale = locale.slice(0, 35);
  return start;
}

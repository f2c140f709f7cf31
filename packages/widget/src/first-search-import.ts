import { preloadChunks } from "./chunk-preload.js";

export type FirstSearchCode = typeof import("./first-search-code.js");

/**
 * Imports the first search's code (results, place search, published-folder reader; one file in the CDN
 * build) with the shared chunks it needs. One function for its three users, so that a retry after a
 * failed import is known as one (see `loadChunk`).
 */
export const importFirstSearch = (): Promise<FirstSearchCode> => {
  preloadChunks("first-search");
  return import("./first-search-code.js");
};

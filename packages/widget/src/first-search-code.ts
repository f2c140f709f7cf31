/**
 * The first search's code: the results code, the place search and the published-folder reader. Every
 * first result needs the first two, and a published folder the third. A lazily imported module, so the
 * npm build's users load it only with a widget; the CDN build merges it into the element's file
 * (scripts/merge-chunks.mjs), so that it arrives in the same request (on a phone over HTTP/1.1, six
 * connections share a dozen files otherwise). A dataset file also loads the dataset validation
 * (chunks/dataset-validation.js); its reader here is then unused, 4 kB.
 */
export * from "./place-search.js";
export * from "./published-loading.js";
export * from "./results-code.js";

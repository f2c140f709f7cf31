/**
 * The first search's code, one file in the CDN build (chunks/first-search.js): the results code, the
 * place search and the published-folder reader. Every first result needs the first two, and a published
 * folder the third; as one file they arrive in one request beside the element's (on a phone over
 * HTTP/1.1, six connections share a dozen files otherwise), and share fewer chunks with the rest. A
 * dataset file also loads the dataset validation (chunks/dataset-validation.js); its reader here is then
 * unused, 4 kB.
 */
export * from "./place-search.js";
export * from "./published-loading.js";
export * from "./results-code.js";

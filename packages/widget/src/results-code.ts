/**
 * The results code: core's search, opening status and eligibility, the view model, the result list and
 * cards with their texts. The element starts loading it as soon as it connects, beside the dataset, so it
 * costs no round trip of its own; the CDN build puts it with the first search's code into the element's
 * file (see `first-search-code.ts`).
 */
export { copyText } from "./copy-text.js";
export { mapsPlatform } from "./directions.js";
export { renderArea } from "./parts/area.js";
export { findOffices, viewState } from "./search-model.js";

/**
 * The place search (core's geocoder), loaded with the element: the CDN build puts this module with the
 * rest of the first search's code into the element's file (see `first-search-code.ts`); its
 * data loads piece by piece with the first search.
 */
export { loadGeocoder } from "@beratungsfinder/core";

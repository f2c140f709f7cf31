/**
 * The place search (core's geocoder) is loaded with its data on the first search: the CDN build keeps
 * this module in its own file (chunks/place-search.js) beside the locale files.
 */
export { loadGeocoder } from "@beratungsfinder/core";

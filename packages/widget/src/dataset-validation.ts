/**
 * Dataset validation (schemas' parser with Zod, core's loader and search index) is loaded the moment the
 * element gets a dataset, while the dataset itself downloads (see dataset-download.ts): the CDN build
 * keeps this module in its own file (chunks/dataset-validation.js), so the main bundle stays small.
 */
export { loadDataset } from "@beratungsfinder/core";

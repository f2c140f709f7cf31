import type { LoadDatasetOptions } from "./read-dataset-source.js";
import { readDatasetSource } from "./read-dataset-source.js";
import type { LoadedDataset } from "./validate-dataset.js";
import { validateDataset } from "./validate-dataset.js";

export type { LoadDatasetOptions } from "./read-dataset-source.js";
export type { LoadedDataset } from "./validate-dataset.js";

/**
 * Loads a dataset from a URL, a JSON text or an already parsed object: validates it, keeps the valid
 * offices, reports the invalid ones, and builds the search index. A string counts as JSON text when
 * it starts with "{" (after white space), otherwise as a URL.
 *
 * Rejects with a `DatasetFetchError` (network, HTTP status, abort), a `DatasetParseError` (not JSON,
 * with line and column) or a `DatasetValidationError` (not a dataset at all, or an unsupported schema
 * version); never with a bare TypeError.
 *
 * @example
 * const { dataset, index, invalid } = await loadDataset("https://example.org/offices.json");
 */
export async function loadDataset(
  source: string | URL | object,
  options: LoadDatasetOptions = {},
): Promise<LoadedDataset> {
  return validateDataset(await readDatasetSource(source, options));
}

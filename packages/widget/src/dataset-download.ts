import type { LoadedDataset } from "@beratungsfinder/core";
import { takeEarlyFetch } from "./early-fetch.js";
import { loadChunk } from "./load-chunk.js";
import { sharedLoad, untilAborted } from "./load-once.js";
import { datasetUrl } from "./source-urls.js";
import { type TimeoutOptions, withTimeout } from "./with-timeout.js";

export { datasetUrl };

/** One function, so that a retry after a failed import is known as one (see `loadChunk`). */
const importValidation = () => import("./dataset-validation.js");

/**
 * Starts downloading a dataset URL at once, before the validation code (chunks/dataset-validation.js in
 * the CDN build) has arrived; core's `loadDataset` then reads this response through its `fetch` option,
 * mapping failures to its typed errors as usual. Returns undefined when there is nothing to download
 * (JSON text, an object) or no fetch; `loadDataset` then does everything itself.
 */
export function startDatasetDownload(
  source: string | URL | object,
  signal: AbortSignal,
): Promise<Response> | undefined {
  const url = source instanceof URL ? source.href : typeof source === "string" ? source.trimStart() : "";
  if (!url || url.startsWith("{") || url.startsWith("[") || typeof fetch !== "function") return undefined;
  // Started even earlier by the CDN build's first file when the widget was on the page (`takeEarlyFetch`).
  const response = takeEarlyFetch(url) ?? fetch(url, { signal });
  // Handled by loadDataset; if the validation code fails to load instead, that is the error to report.
  response.catch(() => {});
  return response;
}

async function downloadAndValidate(
  source: string | URL | object,
  signal: AbortSignal,
): Promise<LoadedDataset> {
  // The validation code (its own file in the CDN build) loads while the dataset downloads.
  const download = startDatasetDownload(source, signal);
  const { loadDataset } = await loadChunk("the dataset validation", importValidation);
  return loadDataset(source, { signal, ...(download && { fetch: () => download }) });
}

/**
 * Downloads, validates and indexes a dataset within `timeoutMs`, once per URL per page: every widget
 * with the same `src` shares the one load (its own `signal` only stops its waiting), and a failed load
 * is forgotten so that "Try again" loads again. JSON text and objects are validated per call.
 *
 * Rejects with core's errors (`DatasetFetchError`, `DatasetParseError`, `DatasetValidationError`) or a
 * `WidgetError` coded `TIMEOUT` or `CHUNK_UNAVAILABLE`.
 *
 * @example
 * const loaded = await loadDatasetShared("/data/offices.json", { signal, timeoutMs: 20_000 });
 */
export function loadDatasetShared(
  source: string | URL | object,
  options: TimeoutOptions,
): Promise<LoadedDataset> {
  const url = datasetUrl(source);
  if (url === undefined) {
    return withTimeout("the dataset", (signal) => downloadAndValidate(source, signal), options);
  }
  const { timeoutMs } = options;
  const shared = sharedLoad(`dataset ${url}`, () =>
    withTimeout(`the dataset ${url}`, (signal) => downloadAndValidate(url, signal), { timeoutMs }),
  );
  return untilAborted(shared, options.signal);
}

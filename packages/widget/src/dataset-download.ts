/**
 * Starts downloading a dataset URL at once, before the validation code (chunks/dataset-validation.js in
 * the CDN build) has arrived; core's `loadDataset` then reads this response through its `fetch` option,
 * mapping failures to its typed errors as usual. Follows `loadDataset`'s rule for strings: JSON text when
 * it starts with "{" or "[" (after white space), otherwise a URL. Returns undefined when there is nothing
 * to download (JSON text, an object) or no fetch; `loadDataset` then does everything itself.
 */
export function startDatasetDownload(
  source: string | URL | object,
  signal: AbortSignal,
): Promise<Response> | undefined {
  const url = source instanceof URL ? source.href : typeof source === "string" ? source.trimStart() : "";
  if (!url || url.startsWith("{") || url.startsWith("[") || typeof fetch !== "function") return undefined;
  const response = fetch(url, { signal });
  // Handled by loadDataset; if the validation code fails to load instead, that is the error to report.
  response.catch(() => {});
  return response;
}

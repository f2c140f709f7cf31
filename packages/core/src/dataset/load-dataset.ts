import type { Dataset, DatasetParseResult, InvalidOffice, Result } from "@beratungsfinder/schemas";
import { parseDatasetSteps, SchemaError } from "@beratungsfinder/schemas";
import { DatasetFetchError, DatasetParseError, DatasetValidationError, preview } from "../errors.js";
import { runInSlices } from "../scheduling/run-in-slices.js";
import type { SearchIndex } from "../search/create-index.js";
import { createIndex } from "../search/create-index.js";
import { jsonErrorPosition } from "./json-position.js";
import { responseText } from "./response-text.js";

export interface LoadDatasetOptions {
  /** Cancels the download; the promise then rejects with a `DatasetFetchError` coded "ABORTED". */
  signal?: AbortSignal;
  /** The fetch to use (tests, proxies, Node without a global fetch). Default: `globalThis.fetch`. */
  fetch?: typeof fetch;
}

/**
 * The dataset with only its valid offices (`value`), its search index, the issues of the offices left
 * out (`issues`, and grouped by office in `invalid`) and the warnings.
 */
export interface LoadedDataset extends Result<Dataset> {
  /** @deprecated The same object as `value`; kept for 0.x callers. */
  dataset: Dataset;
  index: SearchIndex;
  /** The offices left out, each with its position and what is wrong with it. */
  invalid: InvalidOffice[];
}

/**
 * Loads a dataset from a URL, a JSON text or an already parsed object: validates it, keeps the valid
 * offices, reports the invalid ones, and builds the search index. A string counts as JSON text when
 * it starts with "{" (after white space), otherwise as a URL.
 *
 * A downloaded dataset must be UTF-8: bytes that are not, and text already holding U+FFFD, are refused
 * with their line and column instead of being read with replacement characters.
 *
 * Rejects with a `DatasetFetchError` (network, HTTP status, abort), a `DatasetParseError` (not JSON,
 * or text that cannot be decoded, with line and column) or a `DatasetValidationError` (not a dataset at all, or an unsupported schema
 * version); never with a bare TypeError.
 *
 * @example
 * const { dataset, index, invalid } = await loadDataset("https://example.org/offices.json");
 */
export async function loadDataset(
  source: string | URL | object,
  options: LoadDatasetOptions = {},
): Promise<LoadedDataset> {
  let input: unknown = source;
  let url = "";
  if (source instanceof URL) {
    url = source.href;
    input = parseJson(await download(url, options), url);
  } else if (typeof source === "string") {
    const trimmed = source.trimStart();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      input = parseJson(source, undefined);
    } else if (trimmed === "") {
      throw new DatasetValidationError(
        "INVALID_DATASET",
        "Invalid dataset source: expected a URL, a JSON text or an object, received an empty string.",
      );
    } else {
      url = trimmed;
      input = parseJson(await download(url, options), url);
    }
  }
  return validate(input, options.signal, url);
}

/** Validates in slices of a few milliseconds, so a large dataset never freezes the page (issue 15). */
async function validate(
  input: unknown,
  signal: AbortSignal | undefined,
  url: string,
): Promise<LoadedDataset> {
  // Input that is no dataset object at all (null, a number, a list) is refused by parseDatasetSteps,
  // with the issue coded not_a_dataset.
  let parsed: DatasetParseResult;
  try {
    parsed = await runInSlices(parseDatasetSteps(input), signal ? { signal } : {});
  } catch (error) {
    if (signal?.aborted) {
      throw new DatasetFetchError("ABORTED", url, "Loading the dataset was aborted while it was validated.", {
        cause: signal.reason,
      });
    }
    throw toValidationError(error);
  }
  return { ...parsed, index: createIndex(parsed.dataset) };
}

/** Wraps the schemas package's errors (which carry readable issues) into core's error class. */
function toValidationError(error: unknown): DatasetValidationError {
  if (error instanceof SchemaError) {
    return new DatasetValidationError(error.code, error.message, error.issues, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new DatasetValidationError("INVALID_DATASET", `The dataset cannot be used: ${message}`, [], {
    cause: error,
  });
}

async function download(url: string, options: LoadDatasetOptions): Promise<string> {
  const { signal } = options;
  const fetchFunction = options.fetch ?? globalThis.fetch;
  if (typeof fetchFunction !== "function") {
    throw new DatasetFetchError(
      "FETCH_FAILED",
      url,
      `Could not fetch the dataset from "${url}": no fetch function is available; pass one as options.fetch.`,
    );
  }
  const aborted = (cause?: unknown) =>
    new DatasetFetchError("ABORTED", url, `Loading the dataset from "${url}" was aborted.`, { cause });
  if (signal?.aborted) throw aborted(signal.reason);

  let response: Response;
  try {
    response = await fetchFunction(url, signal ? { signal } : {});
  } catch (error) {
    if (signal?.aborted || isAbortError(error)) throw aborted(error);
    throw new DatasetFetchError(
      "FETCH_FAILED",
      url,
      `Could not fetch the dataset from "${url}": ${describe(error)}`,
      { cause: error },
    );
  }
  if (typeof response !== "object" || response === null || typeof response.text !== "function") {
    throw new DatasetFetchError(
      "FETCH_FAILED",
      url,
      `Could not fetch the dataset from "${url}": fetch returned ${preview(response)} instead of a Response.`,
    );
  }
  if (!response.ok) {
    const statusText = response.statusText ? ` ${response.statusText}` : "";
    throw new DatasetFetchError("HTTP_ERROR", url, `[GET] "${url}": ${response.status}${statusText}`, {
      status: response.status,
    });
  }
  let text: Awaited<ReturnType<typeof responseText>>;
  try {
    text = await responseText(response);
  } catch (error) {
    if (signal?.aborted || isAbortError(error)) throw aborted(error);
    throw new DatasetFetchError(
      "FETCH_FAILED",
      url,
      `Could not read the dataset from "${url}": ${describe(error)}`,
      { cause: error, status: response.status },
    );
  }
  if (typeof text !== "string") {
    throw new DatasetParseError(`The dataset from "${url}" ${text.problem}.`, {
      line: text.line,
      column: text.column,
    });
  }
  return text;
}

function parseJson(text: string, url: string | undefined): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const where = jsonErrorPosition(error, text);
    const origin = url ? ` from "${url}"` : "";
    const at = where ? ` at line ${where.line}, column ${where.column}` : "";
    const options: { cause: unknown; line?: number; column?: number } = { cause: error };
    if (where) {
      options.line = where.line;
      options.column = where.column;
    }
    throw new DatasetParseError(`The dataset${origin} is not valid JSON${at}: ${describe(error)}`, options);
  }
}

function isAbortError(error: unknown): boolean {
  return error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError");
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : "";
    return `${error.message}${cause}`;
  }
  return String(error);
}

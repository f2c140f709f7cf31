import type { Dataset, InvalidOffice } from "@beratungsfinder/schemas";
import { parseDataset, SchemaError } from "@beratungsfinder/schemas";
import type { DataIssue } from "../errors.js";
import { DatasetValidationError, preview } from "../errors.js";
import type { SearchIndex } from "../search/create-index.js";
import { createIndex } from "../search/create-index.js";

export interface LoadedDataset {
  /** The dataset with only its valid offices. */
  dataset: Dataset;
  index: SearchIndex;
  /** The offices left out, each with its position and what is wrong with it. */
  invalid: InvalidOffice[];
  warnings: string[];
}

/**
 * Validates what `readDatasetSource` read: keeps the valid offices, reports the invalid ones, and builds
 * the search index. The second half of `loadDataset`. Throws a `DatasetValidationError` when the input is
 * not a dataset at all or has an unsupported schema version.
 */
export function validateDataset(input: unknown): LoadedDataset {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    const received = input === null ? "null" : Array.isArray(input) ? "an array" : typeof input;
    throw new DatasetValidationError(
      "INVALID_DATASET",
      `Invalid dataset: expected an object with "schemaVersion", "providers" and "offices", received ${received} (${preview(input)}).`,
      [{ path: "", message: `Expected an object, received ${received}.` }],
    );
  }
  let parsed: ReturnType<typeof parseDataset>;
  try {
    parsed = parseDataset(input);
  } catch (error) {
    throw toValidationError(error);
  }
  return {
    dataset: parsed.dataset,
    index: createIndex(parsed.dataset),
    invalid: parsed.invalid,
    warnings: parsed.warnings,
  };
}

/** Wraps the schemas package's errors (which carry readable issues) into core's error class. */
function toValidationError(error: unknown): DatasetValidationError {
  if (error instanceof SchemaError) {
    const issues: DataIssue[] = error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
    return new DatasetValidationError(error.code, error.message, issues, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new DatasetValidationError("INVALID_DATASET", `The dataset cannot be used: ${message}`, [], {
    cause: error,
  });
}

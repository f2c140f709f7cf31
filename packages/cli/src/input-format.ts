import { stat } from "node:fs/promises";
import { basename, dirname } from "node:path";
import { DatasetFetchError } from "@beratungsfinder/core";
import { fileProblem, readJsonFile } from "./files/json-file.js";
import type { TextReadOptions } from "./text-input.js";

/** What a file on the command line turned out to be. */
export type DetectedInput =
  | { format: "dataset"; path: string; json: Record<string, unknown> }
  | { format: "hsds-json"; path: string; json: unknown }
  | { format: "hsds-package"; path: string; folder: string };

/**
 * Tells our dataset JSON (an object with `schemaVersion`) from HSDS: a folder or a `datapackage.json`
 * is an HSDS tabular package; any other JSON object or array is taken as HSDS JSON.
 */
export async function detectInput(path: string, read: TextReadOptions = {}): Promise<DetectedInput> {
  let isFolder = false;
  try {
    isFolder = (await stat(path)).isDirectory();
  } catch (error) {
    throw new DatasetFetchError("FETCH_FAILED", path, `Cannot read "${path}": ${fileProblem(error)}.`, {
      cause: error,
    });
  }
  if (isFolder) return { format: "hsds-package", path, folder: path };
  if (basename(path) === "datapackage.json") return { format: "hsds-package", path, folder: dirname(path) };
  const json = await readJsonFile(path, read);
  if (json && typeof json === "object" && !Array.isArray(json) && "schemaVersion" in json) {
    return { format: "dataset", path, json: json as Record<string, unknown> };
  }
  return { format: "hsds-json", path, json };
}

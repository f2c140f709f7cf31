import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { DatasetValidationError } from "@beratungsfinder/core";
import type { TextReadOptions } from "../text-input.js";
import { readTextFile } from "./json-file.js";

/**
 * Reads an HSDS Tabular Data Package folder into `{ "organizations.csv": text, … }` for
 * `fromHsdsTables`. The resources listed in `datapackage.json` are read; when it is missing or not
 * JSON (a checkout may hold a symbolic link as a small text file), every `*.csv` in the folder is.
 * Each table is read in the encoding its bytes show, or in `options.encoding`.
 *
 * @example
 * const { dataset, warnings } = fromHsdsTables(await readHsdsPackage("./hsds"));
 */
export async function readHsdsPackage(
  dir: string,
  options: TextReadOptions = {},
): Promise<Record<string, string>> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new DatasetValidationError(
      "INVALID_HSDS",
      `Cannot read the HSDS package folder "${dir}": ${(error as Error).message}`,
      [],
      {
        cause: error,
      },
    );
  }
  let paths = names.filter((name) => name.toLowerCase().endsWith(".csv"));
  if (names.includes("datapackage.json")) {
    try {
      const datapackage = JSON.parse(await readFile(join(dir, "datapackage.json"), "utf8")) as {
        resources?: { path?: unknown }[];
      };
      const listed = (datapackage.resources ?? [])
        .map((resource) => resource.path)
        .filter((path): path is string => typeof path === "string" && path.endsWith(".csv"));
      if (listed.length > 0) paths = listed.filter((path) => names.includes(path) || path.includes("/"));
    } catch {
      // Not JSON: fall back to every CSV file in the folder.
    }
  }
  if (paths.length === 0) {
    throw new DatasetValidationError(
      "INVALID_HSDS",
      `Expected CSV tables such as "organizations.csv" in the HSDS package folder "${dir}", found none`,
    );
  }
  const tables: Record<string, string> = {};
  // Each table in the encoding its bytes show: a table saved by Excel is Windows-1252.
  for (const path of paths) tables[path] = await readTextFile(join(dir, path), options);
  return tables;
}

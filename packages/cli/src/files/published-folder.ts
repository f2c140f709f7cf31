import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  HASH_LENGTH,
  hashInName,
  MANIFEST_FILE,
  openPublished,
  type PublishedDataset,
} from "@beratungsfinder/core";
import type { Office } from "@beratungsfinder/schemas";

/**
 * The path of a published folder's manifest when `path` is such a folder or its `manifest.json`,
 * else undefined (a dataset file, an HSDS folder…).
 */
export async function publishedManifestPath(path: string): Promise<string | undefined> {
  const candidate = basename(path) === MANIFEST_FILE ? path : join(path, MANIFEST_FILE);
  try {
    if (!(await stat(candidate)).isFile()) return undefined;
  } catch {
    return undefined;
  }
  if (candidate === path) return candidate;
  return (await stat(path)).isDirectory() ? candidate : undefined;
}

/** A fetch over `file:` URLs, so the browser's loader reads a folder on disk unchanged. */
const fileFetch = (async (input: URL | string) => {
  try {
    return new Response(await readFile(fileURLToPath(String(input))));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    return new Response("", {
      status: missing ? 404 : 500,
      statusText: missing ? "Not Found" : "Unreadable",
    });
  }
}) as typeof globalThis.fetch;

/** Opens a published folder on disk (its manifest path) with the same loader the widget uses. */
export function openPublishedFolder(manifestPath: string): Promise<PublishedDataset> {
  return openPublished(pathToFileURL(manifestPath), { fetch: fileFetch });
}

/** One problem of a published folder: the file, and what is wrong with it. */
export interface PublishedFolderIssue {
  code: "missing_file" | "changed_file" | "invalid_file";
  file: string;
  message: string;
}

/**
 * Reads every file of a published folder: content hashes against the manifest, the structure of each
 * index and details file, and returns the complete offices reassembled, for the full dataset rules.
 */
export async function readPublishedFolder(manifestPath: string): Promise<{
  published: PublishedDataset;
  dataset: { [key: string]: unknown; offices: Office[] };
  issues: PublishedFolderIssue[];
}> {
  const published = await openPublishedFolder(manifestPath);
  const folder = fileURLToPath(new URL(".", pathToFileURL(manifestPath)));
  const issues: PublishedFolderIssue[] = [];
  for (const path of published.manifest.regions.flatMap((region) => [region.index, region.details])) {
    let content: Buffer;
    try {
      content = await readFile(join(folder, path));
    } catch {
      issues.push({
        code: "missing_file",
        file: path,
        message: "the manifest lists it, but it is missing from the folder.",
      });
      continue;
    }
    const expected = hashInName(path);
    const hash = createHash("sha256").update(content).digest("hex").slice(0, HASH_LENGTH);
    if (hash !== expected) {
      issues.push({
        code: "changed_file",
        file: path,
        message: `its content changed after publishing: its name says the hash ${expected}, the content has ${hash}.`,
      });
    }
  }
  const view = await published.loadAll();
  const invalidFile = (failure: { file: string; error: Error }) =>
    issues.push({ code: "invalid_file", file: failure.file, message: failure.error.message });
  view.failed.forEach(invalidFile);
  const ids = view.dataset.offices.map((office) => office.id);
  const details = await published.details(ids);
  details.failed.forEach(invalidFile);
  const offices = view.dataset.offices.map((office) => details.offices.get(office.id) ?? office);
  return { published, dataset: { ...view.dataset, offices }, issues };
}

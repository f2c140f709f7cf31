#!/usr/bin/env node
// Fails when a tracked file refers to a path outside the repository: the reference data folder that
// sat beside the first checkouts, or this workplace's absolute paths. The repository must build,
// test and run from a clone alone. Changelogs may mention history. Run by `pnpm check`; prints each
// offending line as `file:line: text`.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

// Written so that this file does not match itself.
export const OUTSIDE_PATHS = [
  /\.\.[\\/]shared(?![\w.-])/,
  /[\\/]shared[\\/]data[\\/]/,
  /(^|[\s"'`(=])\/work[\\/]/,
];

const SKIP = /(^|\/)CHANGELOG\.md$|\.(gz|png|jpg|ico|woff2?)$/;

/** Each line of the given files that names a path outside the repository. */
export function findOutsidePaths(root, files) {
  const found = [];
  for (const file of files) {
    if (SKIP.test(file)) continue;
    let text;
    try {
      text = readFileSync(resolve(root, file), "utf8");
    } catch {
      continue; // deleted in the work tree but still tracked
    }
    text.split("\n").forEach((line, index) => {
      if (OUTSIDE_PATHS.some((pattern) => pattern.test(line))) {
        found.push(`${file}:${index + 1}: ${line.trim().slice(0, 160)}`);
      }
    });
  }
  return found;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = resolve(import.meta.dirname, "..");
  const files = execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" })
    .split("\0")
    .filter(Boolean);
  const found = findOutsidePaths(root, files);
  if (found.length > 0) {
    console.error(
      `${found.length} line(s) in tracked files refer to a path outside the repository; ` +
        "copy what is needed into the repository (with its licence) and refer to the copy:",
    );
    for (const line of found) console.error(`  ${line}`);
    process.exit(1);
  }
  console.log(`self-contained: ${files.length} tracked files refer to no path outside the repository`);
}

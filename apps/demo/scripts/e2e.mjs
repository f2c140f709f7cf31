#!/usr/bin/env node
// Runs the end-to-end checks with node:test, one file after another (each drives its own Chromium),
// and writes reports/e2e.json for `pnpm check`. A plain file list rather than a directory or glob
// argument, because `node --test <dir>` and globs behave differently across Node 20, 22 and 24.
//
//   node scripts/e2e.mjs                  every file in e2e/
//   node scripts/e2e.mjs journey csp      only files whose name contains one of the words
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const app = resolve(fileURLToPath(new URL("..", import.meta.url)));
const filters = process.argv.slice(2);
const files = readdirSync(join(app, "e2e"))
  .filter((file) => file.endsWith(".test.mjs"))
  .filter((file) => filters.length === 0 || filters.some((word) => file.includes(word)))
  .sort()
  .map((file) => join("e2e", file));

if (files.length === 0) {
  console.error(`No end-to-end test files match ${filters.join(", ")}.`);
  process.exit(1);
}
if (!existsSync(join(app, "dist", "index.html"))) {
  console.error(
    "The demo site is not built, so every check will fail. Build it first: " +
      "`pnpm turbo run build --filter=@beratungsfinder/demo...` (or `pnpm start` once).",
  );
}
mkdirSync(join(app, "reports"), { recursive: true });

const result = spawnSync(
  process.execPath,
  [
    "--test",
    "--test-concurrency=1",
    "--test-reporter=spec",
    "--test-reporter-destination=stdout",
    "--test-reporter=./scripts/json-reporter.mjs",
    "--test-reporter-destination=reports/e2e.json",
    ...files,
  ],
  { cwd: app, stdio: "inherit" },
);
process.exit(result.status ?? 1);

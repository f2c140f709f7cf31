#!/usr/bin/env node
// Runs the unit tests of the packages that run on Node (schemas, core, and the CLI package when it
// exists) and a smoke test of the `beratungsfinder` CLI under other Node majors than the one running
// `pnpm check`. Each Node comes from the npm registry's `node` package (`npx -p node@22`), never a
// binary download from elsewhere. Reports go to `<package>/reports/vitest-node<major>.json` and
// `reports/cli-smoke-node<major>.json`, which `pnpm check` adds up.
//
//   node scripts/node-versions.mjs            Node 22 and 24
//   node scripts/node-versions.mjs 22         one major
import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const majors = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["22", "24"];
const TEST_PACKAGES = ["packages/schemas", "packages/core", "packages/cli"].filter((dir) =>
  existsSync(join(root, dir, "vitest.config.ts")),
);

/** The path of the `node` binary of a major from the npm registry (cached by npx after the first call). */
function nodeBinary(major) {
  const result = spawnSync("npx", ["--yes", "-p", `node@${major}`, "node", "-p", "process.execPath"], {
    cwd: tmpdir(),
    encoding: "utf8",
  });
  const path = result.stdout.trim().split("\n").pop();
  if (result.status !== 0 || !path || !existsSync(path)) {
    throw new Error(
      `Could not get Node ${major} from the npm registry (npx -p node@${major}):\n${result.stderr}`,
    );
  }
  return path;
}

/** The package whose package.json declares the `beratungsfinder` bin, and the bin's path. */
function cliBin() {
  for (const dir of readdirSync(join(root, "packages"))) {
    const file = join(root, "packages", dir, "package.json");
    if (!existsSync(file)) continue;
    const bin = JSON.parse(readFileSync(file, "utf8")).bin?.beratungsfinder;
    if (bin) return join(root, "packages", dir, bin);
  }
  throw new Error("No package declares the beratungsfinder bin.");
}

function smokeTest(node, major) {
  const bin = cliBin();
  const scratch = mkdtempSync(join(tmpdir(), `bf-node${major}-`));
  const dataset = join(scratch, "offices.json");
  const run = (...args) => spawnSync(node, [bin, ...args], { cwd: root, encoding: "utf8" });
  const checks = [
    [
      "--help lists the commands",
      () => {
        const r = run("--help");
        return r.status === 0 && /validate/.test(r.stdout) && /search/.test(r.stdout);
      },
    ],
    [
      "geocode 50667 --json finds Köln",
      () => {
        const r = run("geocode", "50667", "--json");
        return r.status === 0 && r.stdout.includes("Köln");
      },
    ],
    [
      "import of the CSV template writes a dataset",
      () => {
        const r = run("import", "docs/examples/offices-template.csv", "--from", "csv", "--out", dataset);
        return r.status === 0 && existsSync(dataset);
      },
    ],
    ["validate accepts the imported dataset", () => run("validate", dataset).status === 0],
    [
      "search finds offices near 50667",
      () => {
        const r = run("search", dataset, "--near", "50667", "--radius", "50", "--json");
        return r.status === 0 && JSON.parse(r.stdout).results?.length > 0;
      },
    ],
    ["a usage error exits 2", () => run("geocode").status === 2],
  ];
  let passed = 0;
  const failures = [];
  for (const [name, check] of checks) {
    let ok = false;
    try {
      ok = check();
    } catch {
      ok = false;
    }
    if (ok) passed++;
    else failures.push(name);
    console.log(`  ${ok ? "ok  " : "FAIL"} node ${major}: beratungsfinder ${name}`);
  }
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(join(root, "reports"), { recursive: true });
  writeFileSync(
    join(root, "reports", `cli-smoke-node${major}.json`),
    JSON.stringify({ passed, failed: failures.length, failures }, null, 2),
  );
  return failures.length === 0;
}

let ok = true;
for (const major of majors) {
  const node = nodeBinary(major);
  const version = spawnSync(node, ["--version"], { encoding: "utf8" }).stdout.trim();
  console.log(`\n## Node ${version} (${node})`);
  for (const dir of TEST_PACKAGES) {
    console.log(`\n# ${dir} unit tests on Node ${version}`);
    const result = spawnSync(
      node,
      ["node_modules/vitest/vitest.mjs", "run", `--outputFile.json=reports/vitest-node${major}.json`],
      { cwd: join(root, dir), stdio: "inherit", env: { ...process.env, FORCE_COLOR: "0" } },
    );
    if (result.status !== 0) ok = false;
  }
  console.log(`\n# CLI smoke test on Node ${version}`);
  if (!smokeTest(node, major)) ok = false;
}
process.exit(ok ? 0 : 1);

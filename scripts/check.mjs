#!/usr/bin/env node
// Runs every check CI runs, in order, and ends with one plain line `N passed, N failed`: the totals
// of every test runner, read from their JSON reports (vitest, @web/test-runner, Storybook's vitest
// project, node:test for the end-to-end checks). A step that fails without writing a report counts
// as one failed test, so a broken build can never end in "0 failed".
//
//   pnpm check            everything
//   pnpm check --no-e2e   skip the browser end-to-end checks (quicker while developing)
//   pnpm check --no-node-versions   skip the runs on Node 22 and 24
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import chromiumLaunch from "../chromium.json" with { type: "json" };

const root = resolve(import.meta.dirname, "..");
const args = new Set(process.argv.slice(2));
const chromium = process.env.CHROME_PATH ?? chromiumLaunch.executablePath;
const env = { ...process.env, CHROME_PATH: chromium, FORCE_COLOR: process.env.CI ? "0" : "1" };

if (!existsSync(chromium)) {
  console.error(
    `Chromium was not found at ${chromium}. The browser tests need Debian's chromium package:\n` +
      "  sudo apt-get update && sudo apt-get install -y chromium\n" +
      "or point CHROME_PATH at another Chromium. (No tool here downloads its own browser.)",
  );
  process.exit(1);
}

// Every workspace package's reports/ folder, and the root's (the CLI smoke tests on other Node majors).
// Stale reports would be counted as if they were this run's.
const reportDirs = [
  join(root, "reports"),
  ...["packages", "apps"].flatMap((parent) =>
    readdirSync(join(root, parent), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(root, parent, entry.name, "reports")),
  ),
];
for (const dir of reportDirs) rmSync(dir, { recursive: true, force: true });

const steps = [
  { name: "lint and format (biome)", cmd: ["pnpm", "lint"] },
  { name: "no path outside the repository", cmd: ["node", "scripts/check-self-contained.mjs"] },
  { name: "build", cmd: ["pnpm", "build"] },
  { name: "typecheck", cmd: ["pnpm", "typecheck"] },
  { name: "unit and browser tests", cmd: ["pnpm", "test"], reports: true },
  {
    name: "unit tests and CLI smoke test on Node 22 and 24 (node from the npm registry)",
    cmd: ["node", "scripts/node-versions.mjs"],
    reports: true,
    skip: args.has("--no-node-versions"),
  },
  { name: "size budgets (size-limit)", cmd: ["pnpm", "size"] },
  { name: "release dry run (pack, publint, attw, scratch install)", cmd: ["pnpm", "release:dry-run"] },
  {
    name: "end-to-end checks (playwright-core, Chromium)",
    cmd: ["pnpm", "e2e"],
    reports: true,
    skip: args.has("--no-e2e"),
  },
];

const failedSteps = [];
for (const step of steps) {
  if (step.skip) {
    console.log(`\n### ${step.name}: skipped`);
    continue;
  }
  console.log(`\n### ${step.name}: ${step.cmd.join(" ")}`);
  const started = Date.now();
  const result = spawnSync(step.cmd[0], step.cmd.slice(1), { cwd: root, stdio: "inherit", env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    failedSteps.push(step);
    console.log(`### ${step.name}: FAILED after ${seconds} s (exit ${result.status ?? result.signal})`);
  } else {
    console.log(`### ${step.name}: ok in ${seconds} s`);
  }
}

// Collect every JSON report. Each runner's format is read by what it is, not by its file name.
let passed = 0;
let failed = 0;
const lines = [];
for (const dir of reportDirs) {
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    const path = join(dir, file);
    const report = JSON.parse(readFileSync(path, "utf8"));
    let p;
    let f;
    if (typeof report.numPassedTests === "number") {
      // vitest (jest-compatible JSON)
      p = report.numPassedTests;
      f = report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
      if (report.success === false && f === 0) f = 1;
    } else if (typeof report.passed === "number" && typeof report.failed === "number") {
      // our @web/test-runner and node:test reporters
      p = report.passed;
      f = report.failed;
    } else {
      console.log(`(report ${relative(root, path)} has an unknown format: not counted)`);
      continue;
    }
    passed += p;
    failed += f;
    lines.push(`  ${relative(root, path)}: ${p} passed, ${f} failed`);
  }
}

console.log("\n### Summary");
for (const line of lines) console.log(line);
if (failedSteps.length > 0) {
  console.log(`  failed steps: ${failedSteps.map((s) => s.name).join("; ")}`);
}
// A failing step counts as one failure unless its own runner reported failing tests: a broken lint,
// build or size budget must show up in the count too, never as "0 failed".
const unexplained = failedSteps.filter((s) => !s.reports || failed === 0).length;
const code = failedSteps.length > 0 || failed > 0 ? 1 : 0;
console.log(`${passed} passed, ${failed + unexplained} failed`);
process.exit(code);

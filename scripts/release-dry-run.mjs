#!/usr/bin/env node
// Proves the packages work as published, not only inside the workspace:
//  1. rehearses `changeset version` in a scratch copy of the repository (versions and changelogs),
//  2. packs every published package with `pnpm pack` (workspace: ranges become real versions),
//  3. runs publint and @arethetypeswrong/cli on each tarball,
//  4. installs the tarballs into a scratch project outside the workspace and imports every public
//     entry point from ESM and (schemas, core) CJS, and runs the CLI from the cli package's `bin`.
// Expects `pnpm build` to have run. Exits non-zero on the first failing step.
import { execFileSync } from "node:child_process";
import {
  cpSync,
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
const packages = [
  { dir: "packages/schemas", name: "@beratungsfinder/schemas", profile: "node16", cjs: true },
  { dir: "packages/core", name: "@beratungsfinder/core", profile: "node16", cjs: true },
  { dir: "packages/cli", name: "@beratungsfinder/cli", profile: "esm-only", cjs: false },
  { dir: "packages/widget", name: "@beratungsfinder/widget", profile: "esm-only", cjs: false },
];

function run(cmd, args, options = {}) {
  console.log(`$ ${cmd} ${args.join(" ")}${options.cwd ? `   (in ${options.cwd})` : ""}`);
  return execFileSync(cmd, args, {
    stdio: options.capture ? "pipe" : "inherit",
    encoding: "utf8",
    ...options,
  });
}

function step(title) {
  console.log(`\n== ${title}`);
}

const scratch = mkdtempSync(join(tmpdir(), "bf-release-"));
try {
  step("Rehearse `changeset version` in a scratch copy (nothing is published)");
  const copy = join(scratch, "repo");
  const tracked = run("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: root,
    capture: true,
  })
    .split("\0")
    .filter(Boolean);
  for (const file of tracked) {
    if (!existsSync(join(root, file))) continue;
    mkdirSync(join(copy, file, ".."), { recursive: true });
    cpSync(join(root, file), join(copy, file));
  }
  const pending = readdirSync(join(copy, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md");
  if (pending.length > 0) {
    run(join(root, "node_modules/.bin/changeset"), ["version"], { cwd: copy });
    for (const pkg of packages) {
      const before = JSON.parse(readFileSync(join(root, pkg.dir, "package.json"), "utf8")).version;
      const after = JSON.parse(readFileSync(join(copy, pkg.dir, "package.json"), "utf8")).version;
      const changelog = join(copy, pkg.dir, "CHANGELOG.md");
      console.log(
        `${pkg.name}: ${before} -> ${after}${existsSync(changelog) ? ", CHANGELOG.md written" : ""}`,
      );
    }
  } else {
    console.log("No pending changesets: nothing to version.");
  }

  step("Pack every published package");
  const tarballs = join(scratch, "tarballs");
  mkdirSync(tarballs);
  for (const pkg of packages) {
    const out = run("pnpm", ["pack", "--pack-destination", tarballs], {
      cwd: join(root, pkg.dir),
      capture: true,
    });
    const file = out.trim().split("\n").pop();
    pkg.tarball = file.startsWith("/") ? file : join(tarballs, file.split("/").pop());
    if (!existsSync(pkg.tarball)) throw new Error(`pnpm pack did not write ${pkg.tarball} for ${pkg.name}`);
    console.log(`${pkg.name} -> ${pkg.tarball}`);
  }

  step("publint and attw on the tarballs");
  for (const pkg of packages) {
    run(join(root, "node_modules/.bin/publint"), ["run", pkg.tarball, "--strict"]);
    run(join(root, "node_modules/.bin/attw"), [
      pkg.tarball,
      "--profile",
      pkg.profile,
      "--format",
      "table-flipped",
    ]);
  }

  step("Install the tarballs into a scratch project outside the workspace");
  const app = join(scratch, "app");
  mkdirSync(app);
  const deps = Object.fromEntries(packages.map((p) => [p.name, `file:${p.tarball}`]));
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify(
      { name: "bf-scratch", private: true, type: "module", dependencies: deps, overrides: deps },
      null,
      2,
    ),
  );
  run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", "--prefer-offline"], { cwd: app });

  writeFileSync(
    join(app, "esm.mjs"),
    `import * as schemas from "@beratungsfinder/schemas";
import * as hsds from "@beratungsfinder/schemas/hsds";
import * as core from "@beratungsfinder/core";
import * as coreNode from "@beratungsfinder/core/node";
import * as convert from "@beratungsfinder/core/convert";
import * as cli from "@beratungsfinder/cli";
import { createRequire } from "node:module";
import { existsSync, readFileSync } from "node:fs";
const require = createRequire(import.meta.url);
const must = (ok, what) => { if (!ok) { console.error("FAILED: " + what); process.exit(1); } };
must(typeof schemas.parseDataset === "function", "schemas.parseDataset is a function (ESM)");
must(Object.keys(hsds).length > 0, "schemas/hsds exports something (ESM)");
for (const f of ["dataset.schema.json", "office.schema.json"]) {
  const schema = JSON.parse(readFileSync(require.resolve("@beratungsfinder/schemas/json-schema/" + f), "utf8"));
  must(schema.$schema && schema.$schema.includes("2020-12"), f + " is a draft 2020-12 JSON Schema");
}
must(typeof core.search === "function" && typeof core.createIndex === "function", "core.search/createIndex (ESM)");
must(typeof core.eligibility === "function", "core.eligibility (ESM)");
must(typeof convert.parseOfficeCsv === "function" && typeof convert.fromHsds === "function", "core/convert (ESM)");
must(typeof cli.runCli === "function" && typeof cli.publish === "function", "cli.runCli/publish (ESM)");
must(typeof cli.generateDemoDataset === "function", "cli.generateDemoDataset (ESM)");
const geocoder = await coreNode.loadGeocoderFromDisk();
const [koeln] = geocoder.geocode("Koeln");
must(koeln && koeln.name === "Köln", "geocoder finds Köln from the shipped geodata, got " + JSON.stringify(koeln));
must(existsSync(require.resolve("@beratungsfinder/core/geodata/manifest.json")), "core ships geodata");
const widgetManifest = JSON.parse(readFileSync(require.resolve("@beratungsfinder/widget/custom-elements.json"), "utf8"));
must(JSON.stringify(widgetManifest).includes("beratungs-finder"), "widget ships its custom-elements manifest");
must(existsSync(require.resolve("@beratungsfinder/widget/cdn/beratungs-finder.js")), "widget ships its CDN bundle");
console.log("ESM imports OK");
`,
  );
  writeFileSync(
    join(app, "cjs.cjs"),
    `const schemas = require("@beratungsfinder/schemas");
const hsds = require("@beratungsfinder/schemas/hsds");
const core = require("@beratungsfinder/core");
const coreNode = require("@beratungsfinder/core/node");
const convert = require("@beratungsfinder/core/convert");
const must = (ok, what) => { if (!ok) { console.error("FAILED: " + what); process.exit(1); } };
must(typeof schemas.parseDataset === "function", "schemas.parseDataset (CJS)");
must(Object.keys(hsds).length > 0, "schemas/hsds (CJS)");
must(typeof core.search === "function", "core.search (CJS)");
must(typeof coreNode.loadGeocoderFromDisk === "function", "core/node (CJS)");
must(typeof convert.toOfficeCsv === "function", "core/convert (CJS)");
console.log("CJS requires OK");
`,
  );
  writeFileSync(
    join(app, "widget.mjs"),
    `// The widget is for browsers; in Node we check that its modules resolve and evaluate with Lit's
// server build, without registering anything (the class export has no side effects).
import { pathToFileURL } from "node:url";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const must = (ok, what) => { if (!ok) { console.error("FAILED: " + what); process.exit(1); } };
for (const entry of ["@beratungsfinder/widget", "@beratungsfinder/widget/element", "@beratungsfinder/widget/react"]) {
  const resolved = import.meta.resolve(entry);
  must(resolved.startsWith("file:"), entry + " resolves");
}
const element = await import("@beratungsfinder/widget/element");
must(typeof element.BeratungsFinder === "function", "widget/element exports BeratungsFinder");
console.log("widget entry points OK");
`,
  );
  step("Import every public entry point");
  run("node", ["esm.mjs"], { cwd: app });
  run("node", ["cjs.cjs"], { cwd: app });
  run("node", ["widget.mjs"], { cwd: app });

  step("Run the CLI from the cli package's bin");
  run("npx", ["--no-install", "beratungsfinder", "--help"], { cwd: app });
  const out = run("npx", ["--no-install", "beratungsfinder", "geocode", "50667", "--json"], {
    cwd: app,
    capture: true,
  });
  const result = JSON.parse(out);
  if (result.matches?.[0]?.name !== "Köln") throw new Error(`CLI geocode 50667 gave ${out.slice(0, 200)}`);
  console.log("CLI geocode 50667 -> Köln");

  console.log("\nrelease dry run: OK (nothing was published)");
} finally {
  if (!process.env.BF_KEEP_SCRATCH) rmSync(scratch, { recursive: true, force: true });
}

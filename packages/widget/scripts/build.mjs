// The widget build: locales → npm ESM (tsup) → CDN bundle (esbuild; Rollup merges its first path) →
// geodata, NOTICE, manifest, and last the locale and glossary checks, which fail the build while a
// locale lacks a translation or a translation does not use its glossary's agreed term.
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { checkGlossaries } from "./check-glossary.mjs";
import { checkLocales, localeSummary } from "./check-locales.mjs";
import { chunkPreloads, staticClosure as staticClosureOf } from "./chunk-preload.mjs";
import { coreExportMap, rewriteDeepImports } from "./deep-imports.mjs";
import { localizeBuild } from "./localize-build.mjs";
import { checkNoDuplicates, mergeChunks } from "./merge-chunks.mjs";
import { sourceTextsOut } from "./strip-source-texts.mjs";
import { createIdMap, shortLocaleIds, templateMinify } from "./template-minify.mjs";
import { bundledPackages, thirdPartyNotices } from "./third-party-notices.mjs";
import { validationInputs } from "./validation-code.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => join(root, "node_modules/.bin", name);
const run = (name, args) => execFileSync(bin(name), args, { cwd: root, stdio: "inherit" });

const started = Date.now();
rmSync(join(root, "dist"), { recursive: true, force: true });

localizeBuild();
console.log("locales: src/generated/");

run("tsup", ["--silent"]);
console.log("npm:     dist/ (ESM + .d.ts)");

const cdn = join(root, "dist/cdn");
// One build with code splitting: the element's entry is dist/cdn/beratungs-finder-code.js; each lazily imported module
// (a locale, the place search, the dataset validation, …) is an entry of its own in chunks/ under a
// stable name, and code that several of them share (Lit, pieces of core) goes into chunks of its own
// once, instead of into each of them. A second pass (below) merges what the first result needs.
const localeModules = readdirSync(join(root, "src/generated/locales")).filter((f) => f.endsWith(".ts"));
/** The lazily loaded entries by their name in chunks/; other code and tests rely on these names. */
const LAZY_ENTRIES = {
  "first-search": "src/first-search-code.ts",
  "dataset-validation": "src/dataset-validation.ts",

  "qr-code": "src/qr-code.ts",

  "office-details": "src/details-code.ts",
};
// The message tables: every src/localization/*-messages.ts (messages.ts merges them).
const messageTables = readdirSync(join(root, "src/localization")).filter((f) => f.endsWith("-messages.ts"));
const idMap = createIdMap(
  messageTables.map((file) => readFileSync(join(root, "src/localization", file), "utf8")).join("\n"),
);
const coreExports = coreExportMap(join(root, "../core/src/index.ts"));
/** The element's file; the page's script tag names the first file (BOOT), which loads it. */
const MAIN = "dist/cdn/beratungs-finder-code.js";
const BOOT = "dist/cdn/beratungs-finder.js";
const chunkPath = (name) => `dist/cdn/chunks/${name}.js`;
/** The lazily loaded file of the first search (results, place search, published reader): its shared chunks start with it. */
const FIRST_SEARCH = "first-search";
const cdnOptions = {
  absWorkingDir: root,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  charset: "utf8",
  // The licence notices go to a .LEGAL.txt file beside each bundle, without a comment pointing at it.
  legalComments: "external",
  sourcemap: "linked",
  conditions: ["source", "browser", "import"],
  metafile: true,
  logLevel: "warning",
  entryPoints: Object.fromEntries([
    ["beratungs-finder-code", "src/index.ts"],
    ...localeModules.map((file) => [
      `chunks/${file.replace(/\.ts$/, "")}`,
      join("src/generated/locales", file),
    ]),
    ...Object.entries(LAZY_ENTRIES).map(([name, path]) => [`chunks/${name}`, path]),
  ]),
  chunkNames: "chunks/shared-[hash]",
  outdir: cdn,
  // The locale modules' keys first (the template plugin would take them otherwise). The messages lose
  // their English texts, which load as chunks/en.js like every other locale (strip-source-texts.mjs).
  plugins: [
    shortLocaleIds(idMap),
    sourceTextsOut(root, idMap),
    templateMinify(idMap, (source, path) =>
      rewriteDeepImports(source, path, "@beratungsfinder/core", coreExports),
    ),
  ],
};
// The files every first visit loads beside the element's: merged into its file with the shared chunks
// they and it import (scripts/merge-chunks.mjs), so that the first result needs two code files, the
// first file and the element's, instead of ten. The lazily loaded files stay files of their own.
const FIRST_PATH = [chunkPath(FIRST_SEARCH)];
const cdnFolder = relative(root, cdn);
/** Esbuild's build, not written, merged: `files` to write, `metafile` in esbuild's shape for them. */
async function cdnBundle(preloads) {
  const result = await build({
    ...cdnOptions,
    write: false,
    define: { __BF_CHUNK_PRELOADS__: JSON.stringify(JSON.stringify(preloads)) },
  });
  const merged = await mergeChunks({ result, root, outdir: cdnFolder, main: MAIN, together: FIRST_PATH });
  return { ...merged, exports: result.metafile.outputs[MAIN].exports };
}
/** The shared chunks a lazily loaded file that preloads them (the first search) needs beyond the main file's. */
const preloadsOf = (metafile) =>
  metafile.outputs[chunkPath(FIRST_SEARCH)] ? chunkPreloads(metafile, MAIN, [FIRST_SEARCH]) : {};
// The list of preloads is written into the main file, so it is known only once the files are named: a
// second build writes it in when there is one (the list is in the main file alone, so no other file
// changes). With the first search merged into the main file there is none.
let cdnBuild = await cdnBundle({});
const preloads = preloadsOf(cdnBuild.metafile);
if (Object.keys(preloads).length) cdnBuild = await cdnBundle(preloads);
for (const file of cdnBuild.files) {
  mkdirSync(dirname(join(root, file.path)), { recursive: true });
  writeFileSync(join(root, file.path), file.contents);
}
checkNoDuplicates(cdnBuild.metafile);
// These read import.meta.url for paths relative to the main file (the preloads, the geodata folder).
for (const input of ["src/chunk-preload.ts", "src/controllers/geocoder-controller.ts"]) {
  if (!Object.hasOwn(cdnBuild.metafile.outputs[MAIN].inputs, input)) {
    throw new Error(`${input} must be bundled into ${MAIN}: it finds files relative to it.`);
  }
}
const mainText = readFileSync(join(root, MAIN), "utf8");
const written = Object.values(preloads).flat();
if (
  JSON.stringify(preloadsOf(cdnBuild.metafile)) !== JSON.stringify(preloads) ||
  written.some((path) => !mainText.includes(path) || !existsSync(join(root, "dist/cdn", path)))
) {
  throw new Error(`${MAIN} would preload shared chunks that are not the ones built: ${written.join(", ")}.`);
}
/** The file of the CDN build that holds one of esbuild's outputs (`merged` in the merged metafile). */
const fileHolding = (esbuildOutput) =>
  Object.keys(cdnBuild.metafile.outputs).find((path) =>
    cdnBuild.metafile.outputs[path].merged.includes(esbuildOutput),
  );
// The first file (src/cdn-boot.ts): a page's one script tag. It imports nothing at once, so it can ask for
// the element's file, its shared chunks, the first search's code and the widgets' data side by side.
const relativeToCdn = (path) => path.slice("dist/cdn/".length);
const bootPlan = {
  element: relativeToCdn(MAIN),
  shared: [...staticClosureOf(cdnBuild.metafile.outputs, MAIN)].map(relativeToCdn).sort(),
  // Nothing when the first search is in the element's file.
  search:
    fileHolding(chunkPath(FIRST_SEARCH)) === MAIN
      ? []
      : [`chunks/${FIRST_SEARCH}.js`, ...(preloads[FIRST_SEARCH] ?? [])],
  validation: [
    "chunks/dataset-validation.js",
    ...(chunkPreloads(cdnBuild.metafile, MAIN, ["dataset-validation"])["dataset-validation"] ?? []),
  ],
  // Each locale's file by its code (chunks/<locale>.js, an entry of its own) and the chunks it adds.
  locales: Object.fromEntries(
    localeModules.map((file) => {
      const locale = file.replace(/\.ts$/, "");
      const adds = chunkPreloads(cdnBuild.metafile, MAIN, [locale])[locale] ?? [];
      return [locale, [`chunks/${locale}.js`, ...adds]];
    }),
  ),
};
// The element's own exports (its file also exports what the lazily loaded files import from it).
const elementExports = cdnBuild.exports;
const lost = elementExports.filter((name) => !cdnBuild.metafile.outputs[MAIN].exports.includes(name));
if (lost.length) throw new Error(`${MAIN} lost exports in the merge: ${lost.join(", ")}.`);
const bootBuild = await build({
  absWorkingDir: root,
  stdin: {
    contents: `import { boot } from "./src/cdn-boot.ts";\nexport const { ${elementExports.join(", ")} } = await boot(${JSON.stringify(bootPlan)}, import.meta.url);\n`,
    resolveDir: root,
    sourcefile: "cdn-entry.js",
    loader: "js",
  },
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  charset: "utf8",
  conditions: ["source", "browser", "import"],
  legalComments: "none",
  sourcemap: "linked",
  metafile: true,
  logLevel: "warning",
  outfile: BOOT,
});
const bootInputs = Object.keys(bootBuild.metafile.outputs[BOOT].inputs);
// Only the first file's own code, the locale choice and the formatters it warms, and core's few modules
// that choose the place data's first pieces.
const BOOT_INPUTS =
  /^(src\/(cdn-boot|early-fetch|source-urls|hash-keys|localization\/(locales|formatting))\.ts|cdn-entry\.js|\.\.\/core\/src\/geo\/(first-pieces|piece-plan|name-keys|ascii-digits|geodata-format)\.ts|\.\.\/core\/src\/index\.ts)$/;
const strayInBoot = bootInputs.filter((input) => !BOOT_INPUTS.test(input));
if (strayInBoot.length) throw new Error(`${BOOT} may not hold ${strayInBoot.join(", ")}: keep it small.`);
const notBuilt = [
  bootPlan.element,
  ...bootPlan.shared,
  ...bootPlan.search,
  ...bootPlan.validation,
  ...Object.values(bootPlan.locales).flat(),
].filter((path) => !existsSync(join(cdn, path)));
if (notBuilt.length) throw new Error(`${BOOT} would load files that were not built: ${notBuilt.join(", ")}.`);
// What the bundle is made of, for size investigations (esbuild's analyzer reads it); not shipped. The
// first file is in it too (with no imports: it names the others by URL at run time).
mkdirSync(join(root, "reports/bundle"), { recursive: true });
const metafile = {
  inputs: { ...cdnBuild.metafile.inputs, ...bootBuild.metafile.inputs },
  outputs: { ...cdnBuild.metafile.outputs, ...bootBuild.metafile.outputs },
};
writeFileSync(join(root, "reports/bundle/cdn-metafile.json"), JSON.stringify(metafile));
const { outputs } = cdnBuild.metafile;
/** The files an output imports statically, and theirs, to the end: what loads with it at once. */
const staticClosure = (output) => staticClosureOf(outputs, output);
const isSharedChunk = (path) => /^dist\/cdn\/chunks\/shared-[a-z0-9]+\.js$/.test(path);
// The entry imports nothing at once but its own shared chunks (no bare module names, no other entry).
const stray = [...staticClosure(MAIN)].filter((path) => !isSharedChunk(path));
if (stray.length) {
  throw new Error(`${MAIN} may import only its shared chunks at once, but imports ${stray.join(", ")}.`);
}
// A published folder needs no validation code: neither its chunk nor a chunk it imports may hold Zod or
// the schemas' main entry.
const searchFile = fileHolding(chunkPath(FIRST_SEARCH));
const publishedFiles = [searchFile, ...staticClosure(searchFile)];
const validationInPublished = publishedFiles.flatMap((file) => validationInputs(cdnBuild.metafile, file));
if (validationInPublished.length) {
  throw new Error(
    `${publishedFiles.join(" + ")} contain validation code (${validationInPublished.join(", ")}): import only core's decoder and the schemas' vocabulary there.`,
  );
}
const lazyImports = Object.entries(outputs).flatMap(([, output]) =>
  output.imports.filter((i) => i.kind === "dynamic-import"),
);
const missing = lazyImports.filter((i) => i.external || !existsSync(join(root, i.path)));
if (missing.length)
  throw new Error(`The bundle imports files that were not built: ${missing.map((i) => i.path).join(", ")}.`);
const shared = Object.keys(outputs).filter(isSharedChunk);
const lazyFiles = Object.keys(LAZY_ENTRIES).filter((name) => outputs[chunkPath(name)]);
console.log(
  `cdn:     ${MAIN}${FIRST_PATH.length ? ` (with ${FIRST_PATH.map(relativeToCdn).join(", ")} merged in)` : ""} + ${localeModules.length} locale files, ${lazyFiles.length} code files (${lazyFiles.join(", ")}) and ${shared.length} shared chunks in dist/cdn/chunks/`,
);
console.log(`preload: ${JSON.stringify(preloads)}`);
console.log(`first:   ${BOOT} loads ${JSON.stringify(bootPlan)}`);

const geodataSource = join(root, "../core/geodata");
const geodataTarget = join(cdn, "geodata");
mkdirSync(geodataTarget, { recursive: true });
const geodataFiles = existsSync(geodataSource)
  ? readdirSync(geodataSource).filter((f) => /\.(json|txt)$/.test(f))
  : [];
for (const file of geodataFiles) copyFileSync(join(geodataSource, file), join(geodataTarget, file));
if (geodataFiles.length === 0) {
  console.warn(
    `geodata: none in ${relative(root, geodataSource)} (build @beratungsfinder/core first); place search will not work from the CDN folder.`,
  );
} else console.log(`geodata: ${geodataFiles.join(", ")} → dist/cdn/geodata/`);
copyFileSync(join(root, "NOTICE"), join(cdn, "NOTICE"));
const bundled = bundledPackages([cdnBuild.metafile], root);
writeFileSync(join(cdn, "THIRD-PARTY-NOTICES.txt"), thirdPartyNotices(bundled));
console.log(`notices: dist/cdn/THIRD-PARTY-NOTICES.txt (${bundled.map((pkg) => pkg.name).join(", ")})`);
copyFileSync(join(root, "NOTICE"), join(geodataTarget, "NOTICE"));

run("cem", [
  "analyze",
  "--litelement",
  "--globs",
  "src/**/*.ts",
  "--exclude",
  "src/**/*.test.ts",
  "--exclude",
  "src/**/*.stories.ts",
  "--exclude",
  "src/generated/**",
]);
// The analyzer also lists events it finds in dispatchEvent() calls without a name; the JSDoc @fires
// entries name them all.
const manifestPath = join(root, "custom-elements.json");
const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
  }
}
writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
console.log("manifest: custom-elements.json");

console.log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);

const problems = checkLocales();
if (problems.length) {
  console.error(
    `\nLocale check failed (the build output is complete, but a locale lacks translations):\n- ${problems
      .map((p) => (p.length > 300 ? `${p.slice(0, 300)}…` : p))
      .join("\n- ")}`,
  );
  process.exit(1);
}
console.log(`locales: ${localeSummary()}`);

const glossaryProblems = checkGlossaries();
if (glossaryProblems.length) {
  console.error(
    `\nGlossary check failed (a translation does not use its glossary's agreed term; see xliff/glossary/):\n- ${glossaryProblems.join("\n- ")}`,
  );
  process.exit(1);
}
console.log("glossary: every translation uses its glossary's terms");

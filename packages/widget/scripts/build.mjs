// The widget build: locales → npm ESM (tsup) → CDN bundle (esbuild) → geodata, NOTICE, manifest, and
// last the locale and glossary checks, which fail the build while a locale lacks a translation or a
// translation does not use its glossary's agreed term.
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
import { localizeBuild } from "./localize-build.mjs";
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
// The entry is one self-contained file; each locale module becomes its own file in chunks/, imported
// lazily by a relative URL. (esbuild's splitting would move shared helpers into a third file.)
const localeModules = readdirSync(join(root, "src/generated/locales")).filter((f) => f.endsWith(".ts"));
const localesExternal = {
  name: "locales-external",
  setup(pluginBuild) {
    pluginBuild.onResolve(
      {
        filter:
          /(generated\/locales\/[^/]+|\/place-search|\/dataset-validation|\/published-loading|\/qr-code)\.js$/,
      },
      (args) => ({
        path: `./chunks/${args.path.split("/").pop()}`,
        external: true,
      }),
    );
  },
};
// The message tables: every src/localization/*-messages.ts (messages.ts merges them).
const messageTables = readdirSync(join(root, "src/localization")).filter((f) => f.endsWith("-messages.ts"));
const idMap = createIdMap(
  messageTables.map((file) => readFileSync(join(root, "src/localization", file), "utf8")).join("\n"),
);
const common = {
  absWorkingDir: root,
  bundle: true,
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
};
const main = await build({
  ...common,
  entryPoints: { "beratungs-finder": "src/index.ts" },
  outdir: cdn,
  plugins: [localesExternal, templateMinify(idMap)],
});
const locales = await build({
  ...common,
  entryPoints: Object.fromEntries([
    ...localeModules.map((file) => [file.replace(/\.ts$/, ""), join("src/generated/locales", file)]),
    ["place-search", "src/place-search.ts"],
    ["dataset-validation", "src/dataset-validation.ts"],
    ["published-loading", "src/published-loading.ts"],
    ["qr-code", "src/qr-code.ts"],
  ]),
  outdir: join(cdn, "chunks"),
  plugins: [shortLocaleIds(idMap)],
});
const entryImports = main.metafile.outputs["dist/cdn/beratungs-finder.js"]?.imports ?? [];
const stray = entryImports.filter((i) => i.kind === "import-statement");
if (stray.length) {
  throw new Error(
    `dist/cdn/beratungs-finder.js must be self-contained but imports ${stray.map((i) => i.path).join(", ")}.`,
  );
}
// A published folder needs no validation code: its chunk must hold neither Zod nor the schemas' main entry.
const validationInPublished = validationInputs(locales.metafile, "dist/cdn/chunks/published-loading.js");
if (validationInPublished.length) {
  throw new Error(
    `dist/cdn/chunks/published-loading.js contains validation code (${validationInPublished.join(", ")}): import only core's decoder and the schemas' vocabulary there.`,
  );
}
const missing = entryImports.filter((i) => i.kind === "dynamic-import" && !existsSync(join(cdn, i.path)));
if (missing.length)
  throw new Error(
    `The bundle imports locale files that were not built: ${missing.map((i) => i.path).join(", ")}.`,
  );
// What the bundle is made of, for size investigations (esbuild's analyzer reads it); not shipped.
mkdirSync(join(root, "reports/bundle"), { recursive: true });
writeFileSync(
  join(root, "reports/bundle/cdn-metafile.json"),
  JSON.stringify({ main: main.metafile, locales: locales.metafile }),
);
console.log(
  `cdn:     dist/cdn/beratungs-finder.js + ${localeModules.length} locale files in dist/cdn/chunks/`,
);

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
const bundled = bundledPackages([main.metafile, locales.metafile], root);
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

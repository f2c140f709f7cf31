import { fileURLToPath } from "node:url";
import { defineConfig } from "tsup";
import { readMessageTables, sourceTextsOut } from "./scripts/strip-source-texts.mjs";
import { createIdMap, shortLocaleIds } from "./scripts/template-minify.mjs";

const root = fileURLToPath(new URL(".", import.meta.url));
const idMap = createIdMap(
  readMessageTables(root)
    .map((table) => table.source)
    .join("\n"),
);

// The npm build: ESM with declarations; Lit, core and schemas stay external (the CDN build bundles them).
// As in the CDN build, the English texts are a locale file of their own (dist/en-<hash>.js), loaded only
// where English is shown (scripts/strip-source-texts.mjs); the locale files' keys are the short ids.
export default defineConfig({
  entry: {
    index: "src/index.ts",
    element: "src/element.ts",
    react: "src/react.ts",
  },
  format: ["esm"],
  platform: "browser",
  target: "es2022",
  dts: true,
  sourcemap: true,
  splitting: true,
  treeshake: true,
  external: [/^lit($|\/)/, /^@lit\//, /^@beratungsfinder\//, /^zod($|\/)/, "react"],
  esbuildPlugins: [shortLocaleIds(idMap), sourceTextsOut(root, idMap)],
});

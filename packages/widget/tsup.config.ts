import { defineConfig } from "tsup";

// The npm build: ESM with declarations; Lit, core and schemas stay external (the CDN build bundles them).
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
});

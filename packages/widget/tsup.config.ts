import { defineConfig } from "tsup";

// The npm build: ESM with declarations; Lit, core and schemas stay external (the CDN build bundles them).
export default defineConfig({
  entry: {
    index: "src/index.ts",
    element: "src/element.ts",
    react: "src/react.ts",
    "strict-csp": "src/strict-csp.ts",
  },
  format: ["esm"],
  platform: "browser",
  target: "es2022",
  dts: true,
  sourcemap: true,
  splitting: true,
  treeshake: true,
  // strict-csp stays its own module so that it is evaluated before core and schemas create Zod schemas.
  external: [/^lit($|\/)/, /^@lit\//, /^@beratungsfinder\//, /^zod($|\/)/, "react", "./strict-csp.js"],
});

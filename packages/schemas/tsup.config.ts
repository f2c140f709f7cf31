import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    compiled: "src/compiled.ts",
    "hsds/index": "src/hsds/index.ts",
    "vocabulary/index": "src/vocabulary/index.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  target: "es2022",
  treeshake: true,
});

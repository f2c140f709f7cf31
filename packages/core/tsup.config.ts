import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", convert: "src/convert.ts", "node/index": "src/node/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  target: "es2022",
  treeshake: true,
});

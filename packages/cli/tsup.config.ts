import { defineConfig } from "tsup";

// ESM only, for Node: the library entry (runCli, publish, the file readers, the demo generator) and
// the bin's bundle. Core and schemas stay external dependencies.
export default defineConfig({
  entry: { index: "src/index.ts", cli: "src/main.ts" },
  format: ["esm"],
  platform: "node",
  target: "node20",
  dts: { entry: { index: "src/index.ts" } },
  sourcemap: true,
  treeshake: true,
});

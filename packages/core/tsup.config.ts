import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts", "node/index": "src/node/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    target: "es2022",
    treeshake: true,
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    sourcemap: true,
  },
]);

import { defineConfig } from "vitest/config";

// "source" points workspace imports at TypeScript sources, so tests need no build step in between
// (only core's geodata files, which core's build writes, are read from disk).
const conditions = ["source", "module", "node", "import", "default"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ["source"] } },
  test: {
    // Generous: CI machines have 2 cores, shared with the other packages' tests.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    include: ["src/**/*.test.ts"],
    reporters: ["default", "json"],
    // Set here rather than in the reporter's options so that `--outputFile.json=…` can redirect a run.
    outputFile: { json: "reports/vitest.json" },
  },
});

import { defineConfig } from "vitest/config";

// "source" points workspace imports at TypeScript sources, so tests need no build step in between.
const conditions = ["source", "module", "node", "import", "default"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ["source"] } },
  test: {
    // Generous: CI machines have 2 cores, and property tests and in-memory geodata builds share them.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts", "test/**/*.test.ts"],
    reporters: ["default", "json"],
    // Set here rather than in the reporter's options so that `--outputFile.json=…` can redirect a run
    // (the Node 22 and 24 runs of scripts/node-versions.mjs), as in core.
    outputFile: { json: "reports/vitest.json" },
    typecheck: { enabled: true, include: ["src/**/*.test-d.ts"] },
  },
});

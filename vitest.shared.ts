// What every package's vitest config shares; each package spreads it in a few lines (as changesets'
// packages spread one build base), so timeouts, reports and source resolution are set once.
import { defineConfig } from "vitest/config";

/** "source" points workspace imports at TypeScript sources, so tests need no build step in between. */
export const SOURCE_CONDITIONS = ["source", "module", "node", "import", "default"];

/**
 * The config of a package whose tests run in Node (schemas, core, cli): tests beside the code and in
 * `scripts/` and `test/`, type tests in `*.test-d.ts`, and a JSON report that `pnpm check` adds up.
 */
export const nodeTestConfig = defineConfig({
  resolve: { conditions: SOURCE_CONDITIONS },
  ssr: { resolve: { conditions: SOURCE_CONDITIONS, externalConditions: ["source"] } },
  test: {
    // Generous: CI machines have 2 cores, and property tests and in-memory geodata builds share them.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts", "test/**/*.test.ts"],
    reporters: ["default", "json"],
    // Set here rather than in the reporter's options so that `--outputFile.json=…` can redirect a run
    // (core's test:tz, the Node 22 and 24 runs of scripts/node-versions.mjs).
    outputFile: { json: "reports/vitest.json" },
    typecheck: { enabled: true, include: ["src/**/*.test-d.ts"] },
  },
});

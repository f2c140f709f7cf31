// Writes reports/wtr.json with passed/failed/skipped counts and the failed tests by file, so CI can
// print one summary line for every runner.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, relative } from "node:path";

function collect(suite, path, out) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    const name = [...path, test.name].join(" › ");
    if (test.skipped) out.skipped += 1;
    else if (test.passed) out.passed += 1;
    else {
      out.failed += 1;
      out.failures.push({ name, message: test.error?.message ?? "" });
    }
  }
  for (const child of suite.suites ?? []) collect(child, [...path, child.name], out);
}

export function jsonReporter({ outputFile = "reports/wtr.json" } = {}) {
  return {
    stop({ sessions }) {
      const summary = { passed: 0, failed: 0, skipped: 0, files: [] };
      for (const session of sessions) {
        const file = {
          file: relative(process.cwd(), session.testFile),
          browser: session.browser?.name,
          passed: 0,
          failed: 0,
          skipped: 0,
          failures: [],
        };
        collect(session.testResults, [], file);
        // A file that failed to load has no test results but session errors: count it as one failure.
        if (!session.passed && file.failed === 0) {
          file.failed = 1;
          file.failures.push({ name: "(file)", message: session.errors.map((e) => e.message).join("\n") });
        }
        summary.passed += file.passed;
        summary.failed += file.failed;
        summary.skipped += file.skipped;
        summary.files.push(file);
      }
      mkdirSync(dirname(outputFile), { recursive: true });
      writeFileSync(outputFile, `${JSON.stringify(summary, null, 2)}\n`);
    },
  };
}

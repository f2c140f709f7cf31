// A node:test reporter that writes `{ "passed": n, "failed": n, "skipped": n, "failures": [...] }`, the
// shape the root `pnpm check` reads. Only leaf tests count: a suite (describe) or a test with subtests
// passes or fails because of its children, which are counted themselves. A test file that cannot even be
// loaded shows up as one failing top-level test, so it is counted too.
//
//   node --test --test-reporter=./scripts/json-reporter.mjs --test-reporter-destination=reports/e2e.json

/** @param {AsyncIterable<{ type: string, data: any }>} source */
export default async function* jsonReporter(source) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const failures = [];
  // Per file: the nesting levels at which a finished child is waiting for its parent's event.
  // Events of one file arrive children first, parent last.
  const childSeen = new Map();
  const countedFiles = new Set();

  for await (const event of source) {
    if (event.type !== "test:pass" && event.type !== "test:fail") continue;
    const { data } = event;
    const fileKey = data.file ?? "";
    const levels = childSeen.get(fileKey) ?? new Set();
    childSeen.set(fileKey, levels);
    const hasChildren = levels.has(data.nesting + 1);
    levels.delete(data.nesting + 1);
    levels.add(data.nesting);

    const details = data.details ?? {};
    if (details.error?.failureType === "hookFailed") {
      // A failed before/after hook cancels the suite's tests, which are counted; keep the reason.
      failures.push({ name: `${data.name} (hook)`, file: data.file, message: messageOf(details) });
    }
    if (details.type === "suite" || hasChildren || details.error?.failureType === "subtestsFailed") continue;
    // Some Node versions report a whole test file as a test of its own: count it only when it failed
    // without any test of that file being counted (e.g. it could not be loaded).
    const fileLevel = data.file && (data.name === data.file || data.file.endsWith(data.name));
    if (fileLevel && (event.type === "test:pass" || countedFiles.has(data.file))) continue;
    if (data.file) countedFiles.add(data.file);
    if (data.skip !== undefined || data.todo !== undefined) {
      skipped += 1;
    } else if (event.type === "test:pass") {
      passed += 1;
    } else {
      failed += 1;
      failures.push({
        name: data.name,
        file: data.file,
        message: messageOf(details),
      });
    }
  }

  yield `${JSON.stringify({ passed, failed, skipped, failures }, null, 2)}\n`;
}

function messageOf(details) {
  return String(details.error?.cause?.message ?? details.error?.message ?? "failed").slice(0, 500);
}

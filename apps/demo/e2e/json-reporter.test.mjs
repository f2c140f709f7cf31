// The reporter that turns node:test events into reports/e2e.json for `pnpm check`: leaf tests only,
// and a test file that cannot be loaded counts as a failure.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import jsonReporter from "../scripts/json-reporter.mjs";

async function report(events) {
  async function* source() {
    yield* events;
  }
  let text = "";
  for await (const chunk of jsonReporter(source())) text += chunk;
  return JSON.parse(text);
}

const event = (type, name, nesting, details = {}, file = "/e2e/a.test.mjs") => ({
  type,
  data: { name, nesting, file, details },
});

describe("json-reporter", () => {
  it("counts leaf tests, not the suites or tests that contain them", async () => {
    const result = await report([
      event("test:pass", "a", 1),
      event("test:fail", "b", 1, { error: { failureType: "testCodeFailure", cause: { message: "boom" } } }),
      event("test:fail", "suite", 0, { type: "suite", error: { failureType: "subtestsFailed" } }),
      event("test:pass", "sub", 1),
      event("test:pass", "parent", 0),
      event("test:diagnostic", "ignored", 0),
    ]);
    assert.equal(result.passed, 2);
    assert.equal(result.failed, 1);
    assert.deepEqual(
      result.failures.map((failure) => [failure.name, failure.message]),
      [["b", "boom"]],
    );
  });

  it("counts a test file that fails to load as one failure, and a passing file entry not at all", async () => {
    const result = await report([
      event(
        "test:fail",
        "/e2e/b.test.mjs",
        0,
        { error: { failureType: "testCodeFailure" } },
        "/e2e/b.test.mjs",
      ),
      event("test:pass", "x", 0, {}, "/e2e/c.test.mjs"),
      event("test:pass", "/e2e/c.test.mjs", 0, {}, "/e2e/c.test.mjs"),
    ]);
    assert.deepEqual([result.passed, result.failed], [1, 1]);
  });

  it("counts skipped tests apart", async () => {
    const skipped = event("test:pass", "later", 0);
    skipped.data.skip = true;
    const result = await report([skipped]);
    assert.deepEqual([result.passed, result.failed, result.skipped], [0, 0, 1]);
  });
});

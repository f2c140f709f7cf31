// A CSP without 'unsafe-eval' reports every `new Function`. zod/mini builds no parsers at runtime (only
// classic Zod's objects do, unless `jitless` is set), so our schemas are safe under such a CSP whatever
// the host configures, and the widget never calls `z.config()` (widget/src/beratungs-finder.csp.test.ts).
import { afterAll, describe, expect, it } from "vitest";
import * as classic from "zod";
import { invalidFixtures, validFixtures } from "./fixtures/load-fixtures.js";
import { parseDataset } from "./parse-dataset.js";

const RealFunction = globalThis.Function;
let compiled = 0;
globalThis.Function = new Proxy(RealFunction, {
  construct(target, args) {
    compiled++;
    return Reflect.construct(target, args);
  },
});
afterAll(() => {
  globalThis.Function = RealFunction;
});

describe("parsing under a strict CSP", () => {
  it("never calls new Function", () => {
    compiled = 0;
    for (const fixture of [...validFixtures(), ...invalidFixtures()]) parseDataset(fixture.dataset);
    expect(compiled).toBe(0);
  });

  it("would notice a schema library that compiles code", () => {
    compiled = 0;
    classic.parse(classic.object({ a: classic.string() }), { a: "x" });
    expect(compiled).toBeGreaterThan(0);
  });
});

// The widget runs under CSPs without 'unsafe-eval' and sets `z.config({ jitless: true })` first. This
// file runs in its own module graph, so the config is set before any schema exists, as in the widget.
import { afterAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";

z.config({ jitless: true });
const { parseDataset } = await import("./parse-dataset.js");
const { invalidFixtures, validFixtures } = await import("./fixtures/load-fixtures.js");

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

describe("schemas with z.config({ jitless: true })", () => {
  it("parse every fixture without compiling code", () => {
    for (const fixture of validFixtures()) expect(parseDataset(fixture.dataset).invalid).toEqual([]);
    for (const fixture of invalidFixtures()) {
      expect(
        parseDataset(fixture.dataset)
          .invalid[0]?.issues.map((issue) => issue.path)
          .sort(),
      ).toEqual([...fixture.expectedPaths].sort());
    }
    expect(compiled).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { facetMask } from "./facet-mask.js";

describe("facetMask", () => {
  const facet = facetMask(["a", "b", "c"]);

  it("gives each value its own bit and overlapping lists a common bit", () => {
    expect(facet.mask(["a", "c"]) & facet.mask(["c"])).not.toBe(0);
    expect(facet.mask(["a"]) & facet.mask(["b", "c"])).toBe(0);
  });

  it("ignores values outside the list", () => {
    expect(facet.mask(["z"])).toBe(0);
    expect(facet.mask(undefined)).toBe(0);
  });

  it("turns a mask back into values in list order", () => {
    expect(facet.values(facet.mask(["c", "a"]))).toEqual(["a", "c"]);
  });

  it("refuses lists longer than 31 values", () => {
    expect(() => facetMask(Array.from({ length: 32 }, (_, i) => `v${i}`))).toThrow(RangeError);
  });
});

import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { distanceKm } from "./distance.js";

const point = fc.record({
  lat: fc.double({ min: 47.2, max: 55.1, noNaN: true }),
  lon: fc.double({ min: 5.8, max: 15.1, noNaN: true }),
});

describe("distanceKm", () => {
  it("measures Berlin to München as about 504 km", () => {
    expect(distanceKm({ lat: 52.517, lon: 13.387 }, { lat: 48.135, lon: 11.571 })).toBeCloseTo(504, 0);
  });

  it("is zero for the same point", () => {
    expect(distanceKm({ lat: 50.9, lon: 6.9 }, { lat: 50.9, lon: 6.9 })).toBe(0);
  });

  test.prop([point, point])("is symmetric and non-negative", (a, b) => {
    expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 9);
    expect(distanceKm(a, b)).toBeGreaterThanOrEqual(0);
  });

  test.prop([point, point, point])("satisfies the triangle inequality", (a, b, c) => {
    expect(distanceKm(a, c)).toBeLessThanOrEqual(distanceKm(a, b) + distanceKm(b, c) + 1e-9);
  });
});

import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { boundingBox } from "./bounding-box.js";

/** Haversine on the same sphere as geo/distance.ts, to test the box independently of it. */
function haversine(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

describe("boundingBox", () => {
  it("spans about 2 × radius / 111 degrees of latitude", () => {
    const box = boundingBox({ lat: 50, lon: 7 }, 11.119);
    expect(box.maxLat - box.minLat).toBeCloseTo(0.2, 2);
    expect(box.maxLon - box.minLon).toBeGreaterThan(0.3);
  });

  test.prop([
    fc.double({ min: 47.2, max: 55.1, noNaN: true }),
    fc.double({ min: 5.8, max: 15.1, noNaN: true }),
    fc.double({ min: 0, max: 300, noNaN: true }),
    fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  ])("contains every point within the radius", (lat, lon, radiusKm, angle, fraction) => {
    const km = radiusKm * fraction;
    const point = {
      lat: lat + (km * Math.cos(angle)) / 111.2,
      lon: lon + (km * Math.sin(angle)) / (111.2 * Math.cos((lat * Math.PI) / 180)),
    };
    const box = boundingBox({ lat, lon }, radiusKm);
    if (haversine({ lat, lon }, point) <= radiusKm) {
      expect(point.lat).toBeGreaterThanOrEqual(box.minLat);
      expect(point.lat).toBeLessThanOrEqual(box.maxLat);
      expect(point.lon).toBeGreaterThanOrEqual(box.minLon);
      expect(point.lon).toBeLessThanOrEqual(box.maxLon);
    }
  });
});

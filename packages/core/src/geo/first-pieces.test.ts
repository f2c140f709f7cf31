import { describe, expect, it } from "vitest";
import { firstPieces } from "./first-pieces.js";
import { createPiecewiseGeocoder } from "./geocoder.js";
import type { GeodataManifest } from "./geodata-format.js";

/** A manifest of a few pieces, the shape the geodata build writes. */
const manifest = {
  postcodes: [
    ["10", "aaaaaaaaaa", 40],
    ["501", "bbbbbbbbbb", 12],
    ["502", "cccccccccc", 9],
    ["53", "dddddddddd", 30],
  ],
  names: [
    ["a", "1111111111"],
    ["ko", "2222222222"],
    ["kp", "3333333333"],
    ["z", "4444444444"],
  ],
} as unknown as GeodataManifest;

describe("firstPieces", () => {
  it("names the postcode piece of a postcode, also in other digits and inside other text", () => {
    expect(firstPieces(manifest, "50123")).toEqual(["postcodes-501.bbbbbbbbbb.json"]);
    expect(firstPieces(manifest, "٥٠٢٣٣")).toEqual(["postcodes-502.cccccccccc.json"]);
    expect(firstPieces(manifest, "10115 Berlin")).toEqual(["postcodes-10.aaaaaaaaaa.json"]);
  });

  it("names the pieces of every piece a few digits start, up to the limit", () => {
    expect(firstPieces(manifest, "50")).toEqual([
      "postcodes-501.bbbbbbbbbb.json",
      "postcodes-502.cccccccccc.json",
    ]);
    expect(firstPieces(manifest, "50", 5)).toEqual(["postcodes-501.bbbbbbbbbb.json"]);
  });

  it("names the name pieces of both keys of a name, once", () => {
    expect(firstPieces(manifest, "Köln")).toEqual(["names-ko.2222222222.json"]);
    expect(firstPieces(manifest, "  KOELN, Deutschland")).toEqual(["names-ko.2222222222.json"]);
  });

  it("names nothing for nothing to look up", () => {
    expect(firstPieces(manifest, "")).toEqual([]);
    expect(firstPieces(manifest, "  ")).toEqual([]);
    expect(firstPieces(manifest, "x".repeat(201))).toEqual([]);
  });

  it("names what the geocoder's lookup then fetches first", async () => {
    const fetched: string[] = [];
    const geocoder = createPiecewiseGeocoder({
      manifest,
      fetch: async (file: string) => {
        fetched.push(file);
        throw new Error(`no ${file} here`);
      },
    });
    for (const query of ["Köln", "50123", "50"]) {
      fetched.length = 0;
      await geocoder.lookup(query).catch(() => undefined);
      const first = firstPieces(manifest, query);
      expect(first.length).toBeGreaterThan(0);
      expect(fetched.slice(0, first.length)).toEqual(first);
    }
  });
});

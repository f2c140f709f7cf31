import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { nearestFirst } from "./nearest-first.js";

describe("nearestFirst", () => {
  it("returns the positions of the smallest distances, nearest first", () => {
    expect(nearestFirst([3, 1, 2, 0.5], [0, 1, 2, 3], 4, 2)).toEqual([3, 1]);
  });

  it("breaks ties by order", () => {
    expect(nearestFirst([1, 1, 1], [2, 0, 1], 3, 3)).toEqual([1, 2, 0]);
  });

  it("returns nothing for a count of zero", () => {
    expect(nearestFirst([1], [0], 1, 0)).toEqual([]);
  });

  test.prop([
    fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }),
    fc.integer({ min: 0, max: 250 }),
  ])("equals the head of a full sort", (distances, count) => {
    const orders = distances.map((_, i) => i);
    const sorted = orders.slice().sort((a, b) => distances[a]! - distances[b]! || a - b);
    expect(nearestFirst(distances, orders, distances.length, count)).toEqual(sorted.slice(0, count));
  });
});

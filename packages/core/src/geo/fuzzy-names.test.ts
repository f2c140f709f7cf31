import { describe, expect, it } from "vitest";
import { firstLetterNeighbours, nearKeys } from "./fuzzy-names.js";
import { lowerBound } from "./geocode-label.js";

const keys = ["frankfurt am main", "frankfurt oder", "frankfurter", "koeln", "koln"];
const near = (query: string, max?: number) =>
  nearKeys(keys, query, (value) => lowerBound(keys, value, (key) => key), max).map((at) => keys[at]);

describe("nearKeys", () => {
  it("compares a key of more words by its first words", () => {
    expect(near("frankfrut")).toEqual(["frankfurt am main", "frankfurt oder"]);
  });

  it("takes an explicit bound, 0 meaning the key itself", () => {
    expect(near("koln", 0)).toEqual(["koln"]);
    expect(near("kolen", 0)).toEqual([]);
    expect(near("kolen")).toEqual(["koeln", "koln"]);
  });
});

describe("firstLetterNeighbours", () => {
  it("gives the keys next to a letter on a QWERTZ keyboard and the letters alike in sound", () => {
    expect(firstLetterNeighbours("l")).toEqual(["k"]);
    expect(firstLetterNeighbours("n")).toEqual(["b", "m"]);
    expect(firstLetterNeighbours("v")).toEqual(["b", "c", "f", "w"]);
    expect(firstLetterNeighbours("к")).toEqual([]);
  });
});

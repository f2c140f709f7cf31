import { describe, expect, it } from "vitest";
import { STATE_BY_AGS_PREFIX, STATE_CODES, STATE_NAMES, stateOfKey } from "./states.js";

describe("stateOfKey", () => {
  it("names the state of a municipality key by its first two digits", () => {
    expect(stateOfKey("05315000")).toEqual({ code: "DE-NW", name: "Nordrhein-Westfalen" });
    expect(stateOfKey("11")).toEqual({ code: "DE-BE", name: "Berlin" });
  });

  it("gives undefined for a key outside the 16 states", () => {
    expect(stateOfKey("17000000")).toBeUndefined();
    expect(stateOfKey("")).toBeUndefined();
  });
});

describe("STATE_BY_AGS_PREFIX", () => {
  it("covers every state exactly once, and every state has a name", () => {
    expect(Object.values(STATE_BY_AGS_PREFIX).sort()).toEqual([...STATE_CODES].sort());
    for (const code of STATE_CODES) expect(STATE_NAMES[code]).toMatch(/^\p{Lu}/u);
  });
});

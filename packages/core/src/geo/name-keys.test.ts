import { describe, expect, it } from "vitest";
import { nameKeys, spaced } from "./name-keys.js";

describe("nameKeys", () => {
  it.each([
    ["Köln", ["koeln", "koln"]],
    ["Koeln", ["koeln"]],
    ["Gießen", ["giessen"]],
    ["Frankfurt (Oder)", ["frankfurt oder"]],
    ["Frankfurt/Oder", ["frankfurt oder"]],
    ["St. Ingbert", ["sankt ingbert"]],
    ["Frankfurt a. M.", ["frankfurt am main"]],
    ["Neuenkirchen-Vörden", ["neuenkirchen-voerden", "neuenkirchen-vorden"]],
    ["Neuenkirchen", ["neuenkirchen"]],
    ["  -- ", []],
  ])("folds %j", (text, keys) => {
    expect(nameKeys(text)).toEqual(keys);
  });

  it("keeps Neuenkirchen apart from Neunkirchen", () => {
    expect(nameKeys("Neuenkirchen")).not.toContain(nameKeys("Neunkirchen")[0]);
  });

  it("turns hyphens into spaces for comparison", () => {
    expect(spaced("neuenkirchen-vorden")).toBe("neuenkirchen vorden");
  });
});

describe("nameKeys abbreviations", () => {
  it.each([
    ["Bad Homburg v.d. Höhe", "bad homburg vor der hoehe"],
    ["Weiden i.d.OPf.", "weiden in der opf"],
    ["Neustadt a.d.Waldnaab", "neustadt an der waldnaab"],
    ["Neuenhagen b. Berlin", "neuenhagen bei berlin"],
    ["St.-Ingbert", "sankt-ingbert"],
    ["Frankfurt a. Main", "frankfurt am main"],
    ["Stade", "stade"],
    ["Amberg", "amberg"],
  ])("expands %j", (text, key) => {
    expect(nameKeys(text)[0]).toBe(key);
  });
});

import { describe, expect, it } from "vitest";
import { MACROLANGUAGES, relatedLanguages } from "./language-relations.js";
import { LANGUAGE_CODES } from "./languages.js";

describe("relatedLanguages", () => {
  it("finds nothing for names of Object.prototype", () => {
    for (const code of ["__proto__", "constructor", "toString", "hasOwnProperty"])
      expect(relatedLanguages(code)).toEqual([]);
  });

  it("relates Dari and Persian, Kurmanji, Sorani and Kurdish, Arabic and its varieties", () => {
    expect(relatedLanguages("prs")).toEqual(["fa", "pes"]);
    expect(relatedLanguages("fa")).toContain("prs");
    expect(relatedLanguages("kmr").slice(0, 1)).toEqual(["ku"]);
    expect(relatedLanguages("ku")).toEqual(["kmr", "ckb", "sdh"]);
    expect(relatedLanguages("apc")[0]).toBe("ar");
    expect(relatedLanguages("ar")).toEqual(expect.arrayContaining(["apc", "arz", "acm", "ajp", "ary"]));
    expect(relatedLanguages("yue")[0]).toBe("zh");
  });

  it("is symmetric and never relates a language to itself", () => {
    const all = new Set(Object.entries(MACROLANGUAGES).flatMap(([macro, members]) => [macro, ...members]));
    for (const code of all) {
      expect(relatedLanguages(code)).not.toContain(code);
      for (const other of relatedLanguages(code)) expect(relatedLanguages(other), other).toContain(code);
    }
  });

  it("relates nothing to a language without a macrolanguage", () => {
    expect(relatedLanguages("ti")).toEqual([]);
    expect(relatedLanguages("de")).toEqual([]);
  });

  it("names macrolanguages by a code the model accepts", () => {
    for (const macro of Object.keys(MACROLANGUAGES)) expect(LANGUAGE_CODES, macro).toContain(macro);
  });
});

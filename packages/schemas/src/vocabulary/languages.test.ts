import { describe, expect, it } from "vitest";
import { isLanguageCode, LANGUAGE_CODES, toLanguageCode } from "./languages.js";

describe("LANGUAGE_CODES", () => {
  it("has every code once, lowercase, with 2 or 3 letters", () => {
    expect(new Set(LANGUAGE_CODES).size).toBe(LANGUAGE_CODES.length);
    for (const code of LANGUAGE_CODES) expect(code).toMatch(/^[a-z]{2,3}$/);
    expect(LANGUAGE_CODES.filter((code) => code.length === 2)).toHaveLength(183);
  });

  it("agrees with isLanguageCode", () => {
    expect(isLanguageCode("prs")).toBe(true);
    expect(isLanguageCode("deu")).toBe(false);
  });
});

describe("toLanguageCode", () => {
  it.each([
    ["de", "de"],
    ["DE", "de"],
    ["de-AT", "de"],
    ["ger", "de"],
    ["deu", "de"],
    [" ara ", "ar"],
    ["prs", "prs"],
  ])("reads %s as %s", (raw, code) => {
    expect(toLanguageCode(raw)).toBe(code);
  });

  it("gives undefined for a code the model does not know", () => {
    expect(toLanguageCode("xyz")).toBeUndefined();
    expect(toLanguageCode("")).toBeUndefined();
  });
});

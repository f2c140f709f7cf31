import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { isLanguageCode, LANGUAGE_CODES, LanguageCodeSchema } from "./language.js";

describe("LanguageCodeSchema", () => {
  it.each([
    "de",
    "en",
    "ar",
    "uk",
    "ru",
    "tr",
    "fa",
    "ps",
    "ti",
    "so",
    "fr",
    "ro",
    "bg",
    "pl",
    "sq",
    "ur",
    "am",
  ])("accepts the ISO 639-1 code %s", (code) => {
    expect(z.safeParse(LanguageCodeSchema, code).success).toBe(true);
  });

  it.each(["prs", "kmr", "ckb", "gsg", "apc"])(
    "accepts the ISO 639-3 code %s, which has no 639-1 code",
    (code) => {
      expect(z.safeParse(LanguageCodeSchema, code).success).toBe(true);
    },
  );

  it.each(["DE", "deu", "ger", "de-DE", "xx", "german", "", "d"])("refuses %s", (code) => {
    expect(z.safeParse(LanguageCodeSchema, code).success).toBe(false);
  });
});

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

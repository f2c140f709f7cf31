import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { LanguageCodeSchema } from "./language.js";

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

import * as z from "zod/mini";
import { LANGUAGE_CODES, LANGUAGE_MODES } from "./vocabulary/languages.js";

// One alternation, so the rule is a plain `pattern` in the JSON Schema as well.
export const LanguageCodeSchema = z.string().check(
  z.regex(new RegExp(`^(?:${LANGUAGE_CODES.join("|")})$`), {
    error:
      'expected a lowercase ISO 639-1 language code such as "de" or "ar", or ISO 639-3 where none exists such as "prs" or "kmr"',
  }),
);

// Marked pure so a bundle that only needs the constant drops the schema.
export const LanguageModeSchema = /* @__PURE__ */ z.enum(LANGUAGE_MODES);

/** Since 1.1: a language with how it is offered, `{ "code": "ar", "mode": "interpreter", "note": "Tuesdays" }`. */
export const LanguageOfferSchema = z.object({
  code: LanguageCodeSchema,
  mode: LanguageModeSchema,
  note: z.optional(z.string()),
});
export type LanguageOffer = z.infer<typeof LanguageOfferSchema>;

/** One entry of `languages`: a plain code (1.0, a counsellor speaks it) or, since 1.1, a `LanguageOffer`. */
export const LanguageEntrySchema = z.union([LanguageCodeSchema, LanguageOfferSchema]);
export type LanguageEntryValue = z.infer<typeof LanguageEntrySchema>;

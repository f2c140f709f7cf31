import * as z from "zod/mini";
import { LANGUAGE_CODES } from "./vocabulary/languages.js";

// One alternation, so the rule is a plain `pattern` in the JSON Schema as well.
export const LanguageCodeSchema = z.string().check(
  z.regex(new RegExp(`^(?:${LANGUAGE_CODES.join("|")})$`), {
    error:
      'expected a lowercase ISO 639-1 language code such as "de" or "ar", or ISO 639-3 where none exists such as "prs" or "kmr"',
  }),
);

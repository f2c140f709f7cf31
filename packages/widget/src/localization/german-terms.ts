import { html, type TemplateResult } from "lit";
import type { Locale } from "./locales.js";

/**
 * The German terms that translations keep beside their own words, so that a visitor can match what an
 * office's sign or letter says (the glossary's `keepGerman` concepts in xliff/glossary/concepts.json; a
 * test keeps the two lists the same).
 */
export const GERMAN_TERMS = ["Migrationsberatung", "Jugendmigrationsdienst", "offene Sprechstunde"] as const;

const TERMS = new RegExp(`(${GERMAN_TERMS.join("|")})`);

/**
 * `text` with each kept German term marked `lang="de"`, so that a screen reader reads it with a German
 * voice inside an Arabic or Ukrainian sentence (WCAG 3.1.2, language of parts). German text is returned
 * as it is.
 */
export function markGerman(text: string, locale: Locale): string | Array<string | TemplateResult> {
  if (locale === "de" || locale.startsWith("de-")) return text;
  const parts = text.split(TERMS);
  if (parts.length === 1) return text;
  return parts.map((part, index) => (index % 2 === 1 ? html`<span lang="de">${part}</span>` : part));
}

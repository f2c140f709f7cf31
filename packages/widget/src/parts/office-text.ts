import type { Office } from "@beratungsfinder/schemas";
import { html, nothing, type TemplateResult } from "lit";

/**
 * The language of an office's free text when the data does not say otherwise: datasets describe
 * offices in Germany, so names, addresses and notes are German. Marking them lets screen readers
 * pronounce them with a German voice inside an Arabic or Ukrainian interface.
 */
export const DATA_LANGUAGE = "de";

/**
 * German data text inside any interface: `lang` for pronunciation, `<bdi>` so that in a right-to-left
 * interface its own direction decides where its punctuation goes.
 */
export function dataText(text: string): TemplateResult {
  return html`<bdi lang=${DATA_LANGUAGE}>${text}</bdi>`;
}

/**
 * The description in the visitor's language where the data has it, else English, else German, else any
 * language the data has, with the language of the text that is shown.
 */
export function pickDescription(office: Office, locale: string): { lang: string; text: string } | undefined {
  const texts = office.description;
  if (!texts) return undefined;
  const language = locale.split("-")[0] ?? locale;
  for (const lang of [locale, language, "en", DATA_LANGUAGE, ...Object.keys(texts)]) {
    const text = Object.hasOwn(texts, lang) ? texts[lang as keyof typeof texts] : undefined;
    if (text) return { lang, text };
  }
  return undefined;
}

/**
 * The description as a paragraph marked with its language; `dir="auto"` takes the direction from the
 * text, so a German sentence in an Arabic interface reads left to right and ends with its full stop.
 */
export function renderDescription(office: Office, locale: string): TemplateResult | typeof nothing {
  const about = pickDescription(office, locale);
  if (!about) return nothing;
  return html`<p class="description" lang=${about.lang} dir="auto">${about.text}</p>`;
}

import type { LanguageEntry, Office } from "@beratungsfinder/schemas";
import { languageCodeOf, languageModeOf } from "@beratungsfinder/schemas/vocabulary";
import { html, nothing, type TemplateResult } from "lit";
import type { Formatting } from "../localization/formatting.js";
import type { Translator } from "../localization/translator.js";

/** "Arabic", "Arabic (via interpreter)", "Persian (on request)", "Arabic — Tuesdays" with the office's note. */
export function languageOfferText(entry: LanguageEntry, t: Translator, format: Formatting): string {
  const language = format.language(languageCodeOf(entry));
  const mode = languageModeOf(entry);
  const named =
    mode === "interpreter"
      ? t("language.interpreter", { language })
      : mode === "on-request"
        ? t("language.onRequest", { language })
        : language;
  return typeof entry !== "string" && entry.note ? `${named} — ${entry.note}` : named;
}

/** The office's languages with their modes, for the details: "Languages: Arabic (via interpreter), …". */
export function renderLanguageOffers(
  office: Pick<Office, "languages">,
  t: Translator,
  format: Formatting,
): TemplateResult | typeof nothing {
  if (!office.languages.length) return nothing;
  const texts = office.languages.map((entry) => languageOfferText(entry, t, format));
  return html`<p class="languages"><span class="label">${t("results.languages")}</span> ${format.list(texts)}</p>`;
}

import { html, type TemplateResult } from "lit";
import { ENDONYMS, LOCALES, type Locale } from "../localization/locales.js";
import type { Translator } from "../localization/translator.js";

/** Every locale by its endonym, marked up in its own language so screen readers pronounce it right. */
export function renderLanguageMenu(
  t: Translator,
  locale: Locale,
  onChange: (locale: Locale) => void,
): TemplateResult {
  return html`
    <div class="language-menu" part="language-menu">
      <label for="bf-locale">${t("language.label")}</label>
      <select id="bf-locale" @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value as Locale)}>
        ${LOCALES.map(
          (code) =>
            html`<option value=${code} lang=${code} ?selected=${code === locale}>${ENDONYMS[code]}</option>`,
        )}
      </select>
    </div>
  `;
}

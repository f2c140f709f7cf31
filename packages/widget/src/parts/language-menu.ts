import { html, nothing, type TemplateResult } from "lit";
import type { InstanceController } from "../controllers/instance-controller.js";
import { createFormatting } from "../localization/formatting.js";
import { ENDONYMS, LOCALES, type Locale } from "../localization/locales.js";
import type { Translator } from "../localization/translator.js";

/** A globe drawn inline (no request, no font): the sign for "language" that needs no reading. */
const GLOBE = html`<svg class="globe" aria-hidden="true" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"
  ><circle cx="12" cy="12" r="9" /><path d="M3 12h18M12 3c5 5 5 13 0 18M12 3c-5 5-5 13 0 18"
/></svg>`;

/**
 * Every locale by its endonym, marked up in its own language so screen readers pronounce it right. It
 * comes first in the frame (the top of a phone's first screen) with a globe, and its label also says
 * "Language" in English, for someone who cannot read the language the widget is in.
 */
export function renderLanguageMenu(
  t: Translator,
  locale: Locale,
  onChange: (locale: Locale) => void,
): TemplateResult {
  const english =
    locale === "en" ? nothing : html` <span aria-hidden="true">·</span> <span lang="en">Language</span>`;
  return html`
    <div class="language-menu" part="language-menu">
      <label for="bf-locale">${GLOBE}<span>${t("language.label")}${english}</span></label>
      <select id="bf-locale" @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value as Locale)}>
        ${LOCALES.map(
          (code) =>
            html`<option value=${code} lang=${code} ?selected=${code === locale}>${ENDONYMS[code]}</option>`,
        )}
      </select>
    </div>
  `;
}

/**
 * The top of the frame: the language menu, then the heading and introduction (or the `header` slot).
 * Also the names the landmarks take (hidden): the widget's title for its search, and "1 of 2" after
 * every landmark's own name when several widgets share the page (`#bf-instance`, empty when alone).
 */
export function renderTop(
  t: Translator,
  instance: InstanceController,
  onChange: (locale: Locale) => void,
): TemplateResult {
  const position = instance.position;
  const number = position && createFormatting(t.locale).number;
  return html`<div class="top">
    ${renderLanguageMenu(t, t.locale, onChange)}
    <div class="intro">
      <slot name="header"><h2 part="title">${t("app.title")}</h2><p>${t("app.intro")}</p></slot>
    </div>
    <span id="bf-name" hidden>${t("app.title")}</span>
    <span id="bf-instance" hidden
      >${position && number ? t("instance.position", { index: number(position.index), count: number(position.count) }) : nothing}</span
    >
  </div>`;
}

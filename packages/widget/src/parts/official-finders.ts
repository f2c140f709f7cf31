import { html, nothing, type TemplateResult } from "lit";
import type { Translator } from "../localization/translator.js";

/** The official finders and online services, linked where the widget has nothing (better) to offer. */
export const OFFICIAL_FINDERS = {
  bamf: "https://bamf-navi.bamf.de/",
  jmd: "https://www.jugendmigrationsdienste.de/",
  mbeon: "https://www.mbeon.de/",
  jmd4you: "https://www.jmd4you.de/",
} as const;

/** A link that opens in a new tab and says so to screen readers; `part` adds `action <part>`. */
export function newTabLink(href: string, text: string, t: Translator, part?: string): TemplateResult {
  return html`<a part=${part ? `action ${part}` : nothing} href=${href} target="_blank" rel="noopener noreferrer"
    >${text}<span class="visually-hidden"> ${t("link.newTab")}</span></a
  >`;
}

/** `newTabLink` in a list item. */
export function link(href: string, text: string, t: Translator, part?: string): TemplateResult {
  return html`<li>${newTabLink(href, text, t, part)}</li>`;
}

export function renderOnlineServices(t: Translator): TemplateResult {
  return html`<ul class="link-list">
    ${link(OFFICIAL_FINDERS.mbeon, t("online.mbeon"), t)} ${link(OFFICIAL_FINDERS.jmd4you, t("online.jmd4you"), t)}
  </ul>`;
}

export function renderOfficialFinders(t: Translator): TemplateResult {
  return html`<ul class="link-list">
    ${link(OFFICIAL_FINDERS.bamf, t("finder.bamf"), t)} ${link(OFFICIAL_FINDERS.jmd, t("finder.jmd"), t)}
  </ul>`;
}

import type { SearchResult } from "@beratungsfinder/core";
import { html, nothing, type TemplateResult } from "lit";
import type { Formatting } from "../localization/formatting.js";
import type { Translator } from "../localization/translator.js";
import { safeHref } from "../safe-href.js";
import { newTabLink, renderOfficialFinders, renderOnlineServices } from "./official-finders.js";

export interface EmptyStateProps {
  /** The next larger radius to offer, if any. */
  widerRadiusKm?: number;
  /** Filters narrow the search: say that they may be why. */
  filtered: boolean;
  /** Online services that fit, offered instead. */
  online: SearchResult[];
  t: Translator;
  format: Formatting;
  onWiden(radiusKm: number): void;
}

/** Nothing within the radius: a wider radius, the filters, online services and the official finders. */
export function renderEmptyState(props: EmptyStateProps): TemplateResult {
  const { widerRadiusKm: wider, filtered, online, t, format } = props;
  return html`<section class="state empty" part="empty" aria-labelledby="bf-empty-heading">
    <h3 id="bf-empty-heading">${t("empty.heading")}</h3>
    ${
      wider
        ? html`<button class="primary" part="button widen-button" type="button" @click=${() => props.onWiden(wider)}>
          ${t("empty.widen", { distance: format.distance(wider) })}
        </button>`
        : nothing
    }
    ${filtered ? html`<p>${t("empty.filters")}</p>` : nothing}
    <p>${t("empty.online")}</p>
    ${
      online.length
        ? html`<ul class="link-list">
          ${online.map((result) => {
            const href = safeHref(result.office.contact.website);
            return html`<li>${href ? newTabLink(href, result.office.name, t) : result.office.name}</li>`;
          })}
        </ul>`
        : renderOnlineServices(t)
    }
    <p>${t("error.official")}</p>
    ${renderOfficialFinders(t)}
  </section>`;
}

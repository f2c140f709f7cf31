import type { SearchResult } from "@beratungsfinder/core";
import { html, nothing, type TemplateResult } from "lit";
import type { Formatting } from "../localization/formatting.js";
import type { Translator } from "../localization/translator.js";
import { safeHref } from "../safe-href.js";
import { clearFilters, type SearchFilters } from "../search-state.js";
import { newTabLink, renderOfficialFinders, renderOnlineServices } from "./official-finders.js";

export interface EmptyStateProps {
  /** The filters of the search that found nothing. */
  filters: SearchFilters;
  /** The next larger radius to offer, if any. */
  widerRadiusKm?: number;
  /** Filters narrow the search: say that they may be why, and offer to reset them. */
  filtered: boolean;
  /** Online services that fit, offered instead. */
  online: SearchResult[];
  t: Translator;
  format: Formatting;
  /** Search again with these filters (a wider radius, or the filters reset). */
  onFilters(filters: SearchFilters): void;
}

/**
 * Nothing within the radius: a wider radius, the filters reset, the online services that fit (saying
 * that they are the only matches) or else the national ones, and the official finders.
 */
export function renderEmptyState(props: EmptyStateProps): TemplateResult {
  const { filters, widerRadiusKm: wider, filtered, online, t, format } = props;
  return html`<section class="state empty" part="empty" aria-labelledby="bf-empty-heading bf-instance">
    <h3 id="bf-empty-heading" tabindex="-1">${t("empty.heading")}</h3>
    ${filtered ? html`<p>${t("empty.filters")}</p>` : nothing}
    ${
      wider || filtered
        ? html`<div class="empty-actions">
          ${
            wider
              ? html`<button class="primary" part="button widen-button" type="button"
                  @click=${() => props.onFilters({ ...filters, radiusKm: wider })}>
                  ${t("empty.widen", { distance: format.distance(wider) })}
                </button>`
              : nothing
          }
          ${
            filtered
              ? html`<button class="secondary" part="button reset-button" type="button"
                  @click=${() => props.onFilters(clearFilters(filters))}>${t("empty.reset")}</button>`
              : nothing
          }
        </div>`
        : nothing
    }
    ${
      online.length
        ? html`<p>${t("empty.onlineOnly", { distance: format.distance(filters.radiusKm) })}</p>
          <ul class="link-list">
            ${online.map((result) => {
              const href = safeHref(result.office.contact.website);
              return html`<li>${href ? newTabLink(href, result.office.name, t) : result.office.name}</li>`;
            })}
          </ul>`
        : html`<p>${t("empty.online")}</p>${renderOnlineServices(t)}`
    }
    <p>${t("error.official")}</p>
    ${renderOfficialFinders(t)}
  </section>`;
}

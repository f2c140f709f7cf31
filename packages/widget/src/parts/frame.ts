import { html, nothing, type TemplateResult } from "lit";
import type { DatasetController } from "../controllers/dataset-controller.js";
import type { GeolocationController } from "../controllers/geolocation-controller.js";
import type { InstanceController } from "../controllers/instance-controller.js";
import type { LazyCodeController } from "../controllers/lazy-code-controller.js";
import type { SearchController } from "../controllers/search-controller.js";
import { createFormatting } from "../localization/formatting.js";
import type { LocaleController } from "../localization/locale-controller.js";
import type { Locale } from "../localization/locales.js";
import type { Translator } from "../localization/translator.js";
import type { ViewState } from "../search-model.js";
import type { AreaActions } from "./area.js";
import { renderLoadingState, renderLocaleFailure, renderPartFailure } from "./error-state.js";
import { renderFilterPanel } from "./filter-panel.js";
import { renderFooter } from "./footer.js";
import { renderTop } from "./language-menu.js";
import { renderOfficialFinders } from "./official-finders.js";
import { renderSearchForm } from "./search-form.js";

/** What the frame renders from: the element's controllers and its handlers, handed over once. */
export interface FrameParts {
  instance: InstanceController;
  locales: LocaleController;
  datasets: DatasetController;
  search: SearchController;
  geolocation: GeolocationController;
  /** The results area (results, details, empty and error states), from the lazily loaded code. */
  code: LazyCodeController;
  areaActions: Omit<AreaActions, "details" | "card">;
  filtersOpen(): boolean;
  onToggleFilters(open: boolean): void;
  onLocale(locale: Locale): void;
  onRetryParts(): void;
  onSubmit(event: Event): void;
}

/**
 * The widget inside its shadow root: language menu and heading, notes on the data (fictional, skipped
 * offices, parts that failed to load), search form, filters,
 * the live region, the results area and the footer.
 */
export function renderFrame(
  parts: FrameParts,
  t: Translator,
  dir: "ltr" | "rtl",
  view: ViewState,
): TemplateResult {
  const { locale } = t;
  const { locales, search } = parts;
  // The built code has no texts of its own: until a locale's file is there, only the skeleton
  // (and, if that file failed, its note in English, one of the few texts kept in the code).
  if (!locales.hasTexts)
    return html`<div class="frame" part="base" lang=${locale} dir=${dir}>
      ${locales.failed ? renderLocaleFailure(t, () => locales.retry()) : nothing}
      <div class="area" aria-busy="true">${renderLoadingState()}</div>
    </div>`;
  return html`<div class="frame" part="base" lang=${locale} dir=${dir}>
      ${renderTop(t, parts.instance, parts.onLocale)}
      ${locales.failed ? renderLocaleFailure(t, () => locales.retry()) : nothing}
      ${
        view.fictional
          ? html`<div class="banner" part="banner" role="note"><p>${t("banner.fictional")}</p>${renderOfficialFinders(t)}</div>`
          : nothing
      }
      ${view.skipped > 0 ? html`<p class="notice" part="notice" role="note">${t.count("data.skipped", view.skipped)}</p>` : nothing}
      ${renderPartFailure(t, parts.datasets.failedRegions, parts.onRetryParts)}
      ${renderSearchForm({
        t,
        search,
        locating: parts.geolocation.locating,
        onSubmit: parts.onSubmit,
        onLocate: () => void search.locate(parts.geolocation),
      })}
      ${renderFilterPanel({
        t,
        format: createFormatting(locale),
        filters: search.filters,
        languages: parts.datasets.data?.languages ?? [],
        open: parts.filtersOpen(),
        onToggle: parts.onToggleFilters,
        onChange: search.changeFilters,
      })}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${search.announcement}</div>
      <div class="area" aria-busy=${view.busy ? "true" : "false"}>
        ${locales.ready ? parts.code.renderArea(view, t, parts.areaActions) : renderLoadingState()}
      </div>
      ${renderFooter(t, view.dataset)}
    </div>`;
}

/** The error state of a render that threw: the frame stays, with one line. */
export function renderUnexpected(t: Translator, dir: "ltr" | "rtl"): TemplateResult {
  return html`<div class="frame" part="base" lang=${t.locale} dir=${dir}>
    <div class="state error" role="alert" part="error"><p>${t("error.unexpected")}</p></div>
  </div>`;
}

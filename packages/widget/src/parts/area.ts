import type { SearchResult } from "@beratungsfinder/core";
import { html, nothing, type TemplateResult } from "lit";
import { createFormatting, type Formatting } from "../localization/formatting.js";
import type { Translator } from "../localization/translator.js";
import type { AreaView, ViewState } from "../search-model.js";
import type { SearchFilters } from "../search-state.js";
import { renderEligibilityNote } from "./eligibility-note.js";
import { renderEmptyState } from "./empty-state.js";
import { renderErrorState, renderLoadingState } from "./error-state.js";
import { type ResultListProps, renderResultList } from "./result-list.js";

export interface AreaActions {
  onRetry(): void;
  onBack(): void;
  /** New filters to search with: a wider radius, or the filters reset. */
  onFilters(filters: SearchFilters): void;
  onDetails(result: SearchResult, index: number): void;
  onShowMore(): void;
  /** The details view of one office (its code loads apart from the results'). */
  details(area: Extract<AreaView, { kind: "details" }>, format: Formatting): TemplateResult;
  /** Copyable contact, the directions app and the clock ("next consultation day") of each card. */
  card: ResultListProps["card"];
}

/** The main area for the view state: loading, error, start, results, nothing found, or one office. */
export function renderArea(view: ViewState, t: Translator, actions: AreaActions): TemplateResult {
  const format = createFormatting(t.locale);
  const { area } = view;
  const note = view.eligibility ? renderEligibilityNote(view.eligibility, t, format) : nothing;
  switch (area.kind) {
    case "error":
      return renderErrorState(area.failure, area.retry, t, actions.onRetry);
    case "loading":
      return renderLoadingState(t, area.message);
    case "details":
      return actions.details(area, format);
    case "start":
      return html`${note}<p class="state start">${t("start.hint")}</p>`;
    case "empty":
      return html`${note}${renderEmptyState({ ...area, t, format, onFilters: actions.onFilters })}`;
    case "results":
      return html`${note}${renderResultList({
        results: area.results,
        // Without a label the place is the person's location, named in the widget's language.
        placeLabel: area.placeLabel ?? t("locate.here"),
        radiusKm: area.radiusKm,
        partial: area.partial,
        t,
        format,
        onDetails: actions.onDetails,
        onShowMore: actions.onShowMore,
        ...(actions.card ? { card: actions.card } : {}),
      })}`;
  }
}

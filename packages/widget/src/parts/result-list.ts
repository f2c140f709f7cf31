import type { SearchResult, SearchResults } from "@beratungsfinder/core";
import { html, nothing, type TemplateResult } from "lit";
import type { Formatting } from "../localization/formatting.js";
import type { Translator } from "../localization/translator.js";
import { type ResultCardProps, renderResultCard } from "./result-card.js";

export interface ResultListProps {
  results: SearchResults;
  placeLabel: string;
  radiusKm: number;
  /** The total may still grow (farther offices load): the count line says that more are looked for. */
  partial?: boolean;
  t: Translator;
  format: Formatting;
  onDetails(result: SearchResult, index: number): void;
  onShowMore(): void;
  /** Copyable contact, the directions app and the clock ("next consultation day") of each card. */
  card?: Pick<ResultCardProps, "platform" | "onCopy" | "now">;
}

/** The count, the nearest offices page by page, and the online services that fit the filters. */
export function renderResultList(props: ResultListProps): TemplateResult {
  const { results, placeLabel, radiusKm, t, format, onDetails, onShowMore, card } = props;
  const all = results.results;
  const more = results.total > all.length;
  const distance = format.distance(radiusKm);
  // One text node: Chromium's accessible name drops a space standing alone between two template parts.
  const count = props.partial
    ? t("results.countPending", { distance })
    : `${t.count("results.count", results.total)} ${t("results.within", { distance })}`;
  // Focused after a search: its name carries the count, so that a screen reader says what was found.
  return html`<section class="results" part="results" aria-labelledby="bf-results-heading bf-instance">
    <h3 id="bf-results-heading" tabindex="-1" aria-labelledby="bf-results-heading bf-results-count">${t("results.heading", { place: placeLabel })}</h3>
    <p class="count" id="bf-results-count">${count}</p>
    <ol class="result-list" part="result-list" role="list">
      ${all.map((result, index) =>
        renderResultCard({ ...card, result, index, t, format, onDetails: (i) => onDetails(result, i) }),
      )}
    </ol>
    ${
      more
        ? html`<button class="secondary more" part="button show-more" type="button" @click=${onShowMore}>
          ${t("results.showMore")}
        </button>`
        : nothing
    }
    ${
      results.online.length
        ? html`<section class="online" aria-labelledby="bf-online-heading bf-instance">
          <h3 id="bf-online-heading">${t("results.online")}</h3>
          <ul class="result-list" role="list">
            ${results.online.map((result, index) =>
              renderResultCard({
                ...card,
                result,
                index: all.length + index,
                t,
                format,
                onDetails: (i) => onDetails(result, i),
              }),
            )}
          </ul>
        </section>`
        : nothing
    }
  </section>`;
}

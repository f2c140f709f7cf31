import { html, nothing, type TemplateResult } from "lit";
import type { Failure } from "../failure.js";
import type { Translator } from "../localization/translator.js";
import { renderOfficialFinders } from "./official-finders.js";

/** What failed in words, a retry where one can help, and the official finders meanwhile. */
export function renderErrorState(
  failure: Failure,
  retry: boolean,
  t: Translator,
  onRetry: () => void,
): TemplateResult {
  return html`<section class="state error" part="error" role="alert" aria-labelledby="bf-error-heading">
    <h3 id="bf-error-heading">${t("error.heading")}</h3>
    <p>${t(failure.message)}</p>
    ${
      retry
        ? html`<button class="primary" part="button retry-button" type="button" @click=${onRetry}>
          ${t("error.retry")}
        </button>`
        : nothing
    }
    <p>${t("error.official")}</p>
    ${renderOfficialFinders(t)}
  </section>`;
}

/** The visitor's language could not be loaded: said in English, the language on screen, with a retry. */
export function renderLocaleFailure(t: Translator, onRetry: () => void): TemplateResult {
  return html`<div class="notice" part="notice" role="alert">
    <p>${t("error.locale")}</p>
    <button part="button retry-button" type="button" @click=${onRetry}>${t("error.retry")}</button>
  </div>`;
}

/** The skeleton while the dataset, the locale or the place data load. */
export function renderLoadingState(
  t?: Translator,
  message?: "loading.data" | "loading.search",
): TemplateResult {
  return html`<div class="skeleton" part="loading">
    ${t && message ? html`<p class="state">${t(message)}</p>` : nothing}
    <div class="skeleton-card" aria-hidden="true"></div>
    <div class="skeleton-card" aria-hidden="true"></div>
  </div>`;
}

/**
 * A note that some parts of a published folder (postcode areas, online services) could not be loaded,
 * while every other office is shown, with a retry.
 */
export function renderPartFailure(
  t: Translator,
  regions: readonly string[],
  onRetry: () => void,
): TemplateResult | typeof nothing {
  if (regions.length === 0) return nothing;
  return html`<div class="notice part-failure" part="notice" role="alert">
    <p>${t("data.partFailed", { areas: regions.join(", ") })}</p>
    <button class="secondary" part="button retry-button" type="button" @click=${onRetry}>${t("error.retry")}</button>
  </div>`;
}

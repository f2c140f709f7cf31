import type { EligibilityResult } from "@beratungsfinder/core";
import { html, nothing, type TemplateResult } from "lit";
import type { Formatting } from "../localization/formatting.js";
import { codeLabel, describeReason } from "../localization/reasons.js";
import type { Translator } from "../localization/translator.js";

/**
 * Which programme fits the age and why, the neighbour programme and the online services: the widget
 * routes, it never hides an option.
 */
export function renderEligibilityNote(
  result: EligibilityResult,
  t: Translator,
  format: Formatting,
): TemplateResult | typeof nothing {
  if (!result.primary && result.alternatives.length === 0) return nothing;
  const reasons = result.reasons
    .map((reason) => describeReason(reason, t, format))
    .filter((text): text is string => Boolean(text));
  return html`<section class="eligibility" part="eligibility" aria-labelledby="bf-eligibility-heading bf-instance">
    <h3 id="bf-eligibility-heading">${t("eligibility.heading")}</h3>
    ${
      result.primary
        ? html`<p class="primary">${t("eligibility.primary", { programme: codeLabel(t, "programme", result.primary) })}</p>`
        : nothing
    }
    ${reasons.map((text) => html`<p>${text}</p>`)}
    ${
      result.alternatives.length
        ? html`<p>
          ${t("eligibility.alternatives")}
          ${format.list(result.alternatives.map((code) => codeLabel(t, "programme", code)))}
        </p>`
        : nothing
    }
  </section>`;
}

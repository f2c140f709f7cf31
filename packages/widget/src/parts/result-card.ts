import type { SearchResult } from "@beratungsfinder/core";
import { html, nothing, type TemplateResult } from "lit";
import type { MapsPlatform } from "../directions.js";
import type { Formatting } from "../localization/formatting.js";
import { markGerman } from "../localization/german-terms.js";
import { codeLabel, describeReason } from "../localization/reasons.js";
import type { Translator } from "../localization/translator.js";
import { type CopyHandler, renderContactList } from "./contact-list.js";
import { languageOfferText } from "./language-offers.js";
import { renderFitLabel, renderIntake, renderOfficeBadges } from "./office-badges.js";
import { renderOfficeLinks } from "./office-links.js";
import { dataText } from "./office-text.js";
import { renderOpeningStatus } from "./opening-status.js";
import { renderNextOutreach } from "./outreach.js";

export interface ResultCardProps {
  result: SearchResult;
  /** Position in the list; used for element ids, which must not depend on dataset ids. */
  index: number;
  t: Translator;
  format: Formatting;
  onDetails(index: number): void;
  platform?: MapsPlatform;
  /** Shows phone, e-mail and website as copyable text above the links. */
  onCopy?: CopyHandler;
  /** The instant the next outreach date is counted from; default: now. */
  now?: Date;
}

export function addressLine(result: SearchResult): string | undefined {
  const address = result.office.address;
  if (!address) return undefined;
  return [address.addition, address.street, `${address.postalCode} ${address.city}`]
    .filter(Boolean)
    .join(", ");
}

/** One office in the list: what it is, where, whether it is open, why it matched, how to reach it. */
export function renderResultCard(props: ResultCardProps): TemplateResult {
  const { result, index, t, format, onDetails, platform, onCopy, now = new Date() } = props;
  const { office, provider } = result;
  const address = addressLine(result);
  const reasons = result.reasons
    .filter((reason) => reason.key !== "match.distance")
    .map((reason) => describeReason(reason, t, format))
    .filter((text): text is string => Boolean(text));
  const languages = office.languages.map((entry) => languageOfferText(entry, t, format));
  const headingId = `bf-result-${index}`;
  return html`<li class="result" part="result">
    <article aria-labelledby=${headingId}>
      <h4 id=${headingId} tabindex="-1">${dataText(office.name)}</h4>
      ${renderFitLabel(result, t)}
      <p class="programmes">${markGerman(office.programmes.map((code) => codeLabel(t, "programme", code)).join(" · "), t.locale)}</p>
      ${provider ? html`<p class="provider">${dataText(provider.name)}</p>` : nothing}
      ${
        result.distanceKm !== undefined
          ? html`<p class="distance">${t("results.distance", { distance: format.distance(result.distanceKm) })}</p>`
          : nothing
      }
      ${address ? html`<p class="address">${dataText(address)}</p>` : nothing}
      ${renderIntake(result, t)}
      ${renderOpeningStatus(result, t, format)}
      ${renderNextOutreach(result, t, format, now)}
      ${renderOfficeBadges(result, t)}
      ${
        languages.length
          ? html`<p class="languages"><span class="label">${t("results.languages")}</span> ${format.list(languages)}</p>`
          : nothing
      }
      ${
        reasons.length
          ? html`<div class="why">
            <span class="label">${t("results.why")}</span>
            <ul>
              ${reasons.map((text) => html`<li>${text}</li>`)}
            </ul>
          </div>`
          : nothing
      }
      ${onCopy ? renderContactList({ result, t, onCopy, idPrefix: `bf-contact-${index}` }) : nothing}
      ${renderOfficeLinks(office, t, platform)}
      <button id=${`bf-details-${index}`} class="secondary" part="button details-button" type="button"
        @click=${() => onDetails(index)}>${t("action.details")}</button>
    </article>
  </li>`;
}

import type { DayView, SearchResult } from "@beratungsfinder/core";
import type { Office } from "@beratungsfinder/schemas";
import { html, nothing, type TemplateResult } from "lit";
import type { MapsPlatform } from "../directions.js";
import type { Formatting } from "../localization/formatting.js";
import { markGerman } from "../localization/german-terms.js";
import { codeLabel } from "../localization/reasons.js";
import type { Translator } from "../localization/translator.js";
import { type CopyHandler, renderContactList, renderCopyButton } from "./contact-list.js";
import { type HoursLanguage, isComingWeek, renderHoursTable } from "./hours-table.js";
import { renderLanguageOffers } from "./language-offers.js";
import { renderIntake, renderOfficeBadges } from "./office-badges.js";
import { renderOfficeLinks } from "./office-links.js";
import { dataText, renderDescription } from "./office-text.js";
import { renderOpeningStatus } from "./opening-status.js";
import { renderOutreachPlaces } from "./outreach.js";
import { type PrintSheetProps, renderPrintSheet } from "./print-sheet.js";
import { addressLine } from "./result-card.js";
import { renderTakeAway, type TakeAwayProps } from "./take-away.js";

export interface OfficeDetailsProps {
  result: SearchResult;
  /** From core's `weekView`, today and tomorrow marked; on weekends the coming week. */
  week: DayView[];
  locale: string;
  t: Translator;
  format: Formatting;
  onBack(): void;
  platform?: MapsPlatform;
  onCopy?: CopyHandler;
  /** The contact card, calendar, share and print buttons; absent, they are not shown. */
  takeAway?: Omit<TakeAwayProps, "t">;
  /** The printed sheet: German beside the visitor's language, the link back and its QR code. */
  print?: Pick<PrintSheetProps, "original" | "link" | "qr">;
}

function renderAccessibility(office: Office, t: Translator): TemplateResult | typeof nothing {
  const a = office.accessibility;
  if (!a) return nothing;
  const items = [
    a.stepFree === true ? t("details.stepFree") : a.stepFree === false ? t("details.notStepFree") : undefined,
    a.accessibleToilet === true ? t("details.toilet") : undefined,
    a.hearingLoop === true ? t("details.hearingLoop") : undefined,
  ].filter((text): text is string => Boolean(text));
  if (!items.length && !a.note) return nothing;
  return html`<h4>${t("details.accessibility")}</h4>
    <ul>
      ${items.map((text) => html`<li>${text}</li>`)}
      ${a.note ? html`<li>${dataText(a.note)}</li>` : nothing}
    </ul>`;
}

/** The whole week of one office, its description, accessibility and contact. */
export function renderOfficeDetails(props: OfficeDetailsProps): TemplateResult {
  const { result, week, locale, t, format, onBack, platform, onCopy, takeAway, print } = props;
  const language: HoursLanguage = { t, format };
  const { office, provider } = result;
  const address = addressLine(result);
  // Escape closes the details, as the back button does; focus is inside them (their heading) once open.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || event.defaultPrevented) return;
    event.preventDefault();
    onBack();
  };
  return html`<section class="details" part="details" aria-labelledby="bf-details-heading bf-instance" @keydown=${onKeyDown}>
    <button class="secondary back" part="button back-button" type="button" @click=${onBack}>${t("action.back")}</button>
    <h3 id="bf-details-heading" tabindex="-1">${dataText(office.name)}</h3>
    <p class="programmes">${markGerman(office.programmes.map((code) => codeLabel(t, "programme", code)).join(" · "), t.locale)}</p>
    ${provider ? html`<p class="provider">${dataText(provider.name)}</p>` : nothing}
    ${
      address
        ? html`<p class="address">
          <span id="bf-details-address">${dataText(address)}</span>
          ${onCopy ? renderCopyButton(onCopy, address, "bf-details-address", t("contact.copyAddress")) : nothing}
        </p>`
        : nothing
    }
    ${renderIntake(result, t)}
    ${renderOfficeBadges(result, t)}
    ${renderDescription(office, locale)}
    ${
      office.openingHours
        ? html`<h4 id="bf-hours-heading">${isComingWeek(week) ? t("details.hoursNext") : t("details.hours")}</h4>
          ${renderOpeningStatus(result, t, format)}
          ${renderHoursTable(week, language, "bf-hours-heading")}
          ${office.openingHours.note ? html`<p class="note">${dataText(office.openingHours.note)}</p>` : nothing}`
        : nothing
    }
    ${renderOutreachPlaces(result, t, format)}
    ${renderAccessibility(office, t)}
    <h4>${t("details.contact")}</h4>
    ${renderLanguageOffers(office, t, format)}
    ${office.languageNote ? html`<p class="note">${dataText(office.languageNote)}</p>` : nothing}
    ${onCopy ? renderContactList({ result, t, onCopy, idPrefix: "bf-details-contact" }) : nothing}
    ${renderOfficeLinks(office, t, platform)}
    ${takeAway ? renderTakeAway({ t, ...takeAway }) : nothing}
    ${office.lastVerified ? html`<p class="verified">${t("details.verified", { date: format.date(office.lastVerified) })}</p>` : nothing}
    ${print ? renderPrintSheet({ result, week, language, ...print }) : nothing}
  </section>`;
}

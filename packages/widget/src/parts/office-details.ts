import type { DayView, SearchResult } from "@beratungsfinder/core";
import type { Office, TimeSlot } from "@beratungsfinder/schemas";
import { html, nothing, type TemplateResult } from "lit";
import type { Formatting } from "../localization/formatting.js";
import { codeLabel } from "../localization/reasons.js";
import type { Translator } from "../localization/translator.js";
import { renderOfficeLinks } from "./office-links.js";
import { dataText, renderDescription } from "./office-text.js";
import { renderOpeningStatus } from "./opening-status.js";
import { addressLine } from "./result-card.js";

export interface OfficeDetailsProps {
  result: SearchResult;
  week: DayView[];
  /** Today's Berlin calendar date, "YYYY-MM-DD". */
  today: string;
  locale: string;
  t: Translator;
  format: Formatting;
  onBack(): void;
}

function slotText(slot: TimeSlot, t: Translator, format: Formatting): string {
  const range = format.clockRange(slot.from, slot.to);
  if (slot.kind === "consultation") return `${range} (${t("details.consultation")})`;
  if (slot.kind === "appointment") return `${range} (${t("details.appointment")})`;
  if (slot.kind === "phone") return `${range} (${t("channel.phone")})`;
  return range;
}

function renderDay(day: DayView, today: string, t: Translator, format: Formatting): TemplateResult {
  const isToday = day.date === today;
  const slots =
    day.closed || day.slots.length === 0
      ? [t("details.closed")]
      : day.slots.map((s) => slotText(s, t, format));
  return html`<tr class=${isToday ? "today" : ""}>
    <th scope="row">
      ${format.weekday(day.date)}${isToday ? html` <span class="today-mark">(${t("details.today")})</span>` : nothing}
      <span class="date">${format.date(day.date)}</span>
    </th>
    <td>
      ${slots.map((text) => html`<span class="slot">${text}</span>`)}
      ${day.holiday ? html`<span class="holiday">${t("details.holiday", { name: day.holiday })}</span>` : nothing}
      ${day.exception?.note ? html`<span class="note">${day.exception.note}</span>` : nothing}
    </td>
  </tr>`;
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
  const { result, week, today, locale, t, format, onBack } = props;
  const { office, provider } = result;
  const address = addressLine(result);
  return html`<section class="details" part="details" aria-labelledby="bf-details-heading">
    <button class="secondary back" part="button back-button" type="button" @click=${onBack}>${t("action.back")}</button>
    <h3 id="bf-details-heading" tabindex="-1">${dataText(office.name)}</h3>
    <p class="programmes">${office.programmes.map((code) => codeLabel(t, "programme", code)).join(" · ")}</p>
    ${provider ? html`<p class="provider">${dataText(provider.name)}</p>` : nothing}
    ${address ? html`<p class="address">${dataText(address)}</p>` : nothing}
    ${renderDescription(office, locale)}
    ${
      office.openingHours
        ? html`<h4 id="bf-hours-heading">${t("details.hours")}</h4>
          ${renderOpeningStatus(result, t, format)}
          <table class="week" aria-labelledby="bf-hours-heading">
            <tbody>
              ${week.map((day) => renderDay(day, today, t, format))}
            </tbody>
          </table>
          ${office.openingHours.note ? html`<p class="note">${dataText(office.openingHours.note)}</p>` : nothing}`
        : nothing
    }
    ${renderAccessibility(office, t)}
    <h4>${t("details.contact")}</h4>
    ${office.languageNote ? html`<p class="note">${dataText(office.languageNote)}</p>` : nothing}
    ${renderOfficeLinks(office, t)}
    ${office.lastVerified ? html`<p class="verified">${t("details.verified", { date: format.date(office.lastVerified) })}</p>` : nothing}
  </section>`;
}

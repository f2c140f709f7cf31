import { nextOutreachVisit, type SearchResult } from "@beratungsfinder/core";
import type { OutreachPlace, OutreachSlot } from "@beratungsfinder/schemas";
import { WEEKDAYS } from "@beratungsfinder/schemas/vocabulary";
import { html, nothing, type TemplateResult } from "lit";
import type { Formatting } from "../localization/formatting.js";
import type { Translator } from "../localization/translator.js";
import { dataText } from "./office-text.js";

/** A Monday (5 January 2026) and the six days after it: the weekday names come from the locale. */
function weekdayName(day: OutreachSlot["day"], format: Formatting): string {
  return format.weekday(`2026-01-${String(5 + WEEKDAYS.indexOf(day)).padStart(2, "0")}`);
}

function placeLine(place: OutreachPlace): string {
  const { street, postalCode, city } = place.address;
  return [place.name, street, [postalCode, city].filter(Boolean).join(" ")].filter(Boolean).join(", ");
}

/** "every first Tuesday of the month, 10:00–12:00", "every Tuesday, …", "every second Tuesday, …". */
export function outreachRule(slot: OutreachSlot, t: Translator, format: Formatting): string {
  const weekday = weekdayName(slot.day, format);
  const time = format.clockRange(slot.from, slot.to);
  if (slot.repeat === "weekly") return t("outreach.weekly", { weekday, time });
  if (slot.repeat === "every-2-weeks") return t("outreach.biweekly", { weekday, time });
  switch (slot.week) {
    case 1:
      return t("outreach.monthly.1", { weekday, time });
    case 2:
      return t("outreach.monthly.2", { weekday, time });
    case 3:
      return t("outreach.monthly.3", { weekday, time });
    case 4:
      return t("outreach.monthly.4", { weekday, time });
    case 5:
      return t("outreach.monthly.5", { weekday, time });
    default:
      return t("outreach.monthly.last", { weekday, time });
  }
}

/**
 * "Next consultation day: Tue, 5 May, 10:00–12:00, Rathaus Frechen": the office's next visit at any of its
 * outreach places after `now` (core's `nextOutreachVisit`, Berlin time, holidays skipped).
 */
export function renderNextOutreach(
  result: SearchResult,
  t: Translator,
  format: Formatting,
  now: Date,
): TemplateResult | typeof nothing {
  if (result.outreach) return renderOutreachMatch(result, t, format);
  const visit = nextOutreachVisit(result.office, now);
  if (!visit) return nothing;
  const text = t("outreach.next", {
    date: format.dayMonth(visit.date),
    time: format.clockRange(visit.slot.from, visit.slot.to),
    place: visit.place.name,
  });
  return html`<p class="outreach-next" part="outreach-next">${text}</p>`;
}

/**
 * "Consultation hours in Frechen (Rathaus): Tue, 5 Jan, 10:00–12:00": the card of an office found by an
 * outreach place nearer than the office (core's `result.outreach`; the card's distance is the place's),
 * with that place's next date as of the search's `now`.
 */
function renderOutreachMatch(result: SearchResult, t: Translator, format: Formatting): TemplateResult {
  const { place, next: visit } = result.outreach!;
  const where = { city: place.address.city, place: place.name };
  const text = visit
    ? t("outreach.matched", {
        ...where,
        date: format.dayMonth(visit.date),
        time: format.clockRange(visit.slot.from, visit.slot.to),
      })
    : t("outreach.matchedUndated", where);
  return html`<p class="outreach-next outreach-match" part="outreach-next outreach-match">${text}</p>`;
}

/** Every outreach place of the office with its address and each slot's rule in words. */
export function renderOutreachPlaces(
  result: SearchResult,
  t: Translator,
  format: Formatting,
): TemplateResult | typeof nothing {
  const places = result.office.outreach;
  if (!places?.length) return nothing;
  return html`<h4 id="bf-outreach-heading">${t("outreach.heading")}</h4>
    <ul class="outreach" aria-labelledby="bf-outreach-heading">
      ${places.map(
        (place) => html`<li>
          <span class="place">${dataText(placeLine(place))}</span>
          <ul>
            ${place.slots.map(
              (slot) =>
                html`<li>${outreachRule(slot, t, format)}${slot.note ? html` · ${dataText(slot.note)}` : nothing}</li>`,
            )}
          </ul>
          ${place.note ? html`<p class="note">${dataText(place.note)}</p>` : nothing}
        </li>`,
      )}
    </ul>`;
}

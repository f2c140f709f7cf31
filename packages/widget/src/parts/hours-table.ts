import type { DayView } from "@beratungsfinder/core";
import type { TimeSlot } from "@beratungsfinder/schemas";
import { html, nothing, type TemplateResult } from "lit";
import type { Formatting } from "../localization/formatting.js";
import { markGerman } from "../localization/german-terms.js";
import type { Translator } from "../localization/translator.js";

/** The words of one language for the hours table: the visitor's, or German beside it on paper. */
export interface HoursLanguage {
  t: Translator;
  format: Formatting;
}

export function slotText(slot: TimeSlot, { t, format }: HoursLanguage): string {
  const range = format.clockRange(slot.from, slot.to);
  if (slot.kind === "consultation") return `${range} (${t("details.consultation")})`;
  if (slot.kind === "appointment") return `${range} (${t("details.appointment")})`;
  if (slot.kind === "phone") return `${range} (${t("channel.phone")})`;
  return range;
}

/** "Today" and "Tomorrow" where they apply (core's `relative`), else the weekday's name. */
export function dayName(day: DayView, { t, format }: HoursLanguage): string {
  if (day.relative === "today") return t("hours.today");
  if (day.relative === "tomorrow") return t("hours.tomorrow");
  return format.weekday(day.date);
}

function dayTexts(day: DayView, language: HoursLanguage): string[] {
  const texts =
    day.closed || day.slots.length === 0
      ? [language.t("details.closed")]
      : day.slots.map((slot) => slotText(slot, language));
  if (day.holiday) texts.push(language.t("details.holiday", { name: day.holiday }));
  return texts;
}

function renderDay(day: DayView, language: HoursLanguage, original?: HoursLanguage): TemplateResult {
  const [slots, holiday] = [dayTexts(day, language), day.holiday];
  return html`<tr class=${day.relative === "today" ? "today" : nothing}>
    <th scope="row">
      <span class="day">${dayName(day, language)}</span>
      ${original ? html`<span class="day original" lang="de">${dayName(day, original)}</span>` : nothing}
      <span class="date">${language.format.date(day.date)}</span>
    </th>
    <td>
      ${slots.map(
        (text, index) =>
          html`<span class=${holiday && index === slots.length - 1 ? "holiday" : "slot"}>${markGerman(text, language.t.locale)}</span>`,
      )}
      ${original ? dayTexts(day, original).map((text) => html`<span class="original" lang="de">${text}</span>`) : nothing}
      ${day.exception?.note ? html`<span class="note">${day.exception.note}</span>` : nothing}
    </td>
  </tr>`;
}

/**
 * The week of an office as a table that fits 320 px without breaking a word: day names and times wrap only
 * between words. `original` (German) adds the German text under each line, for the printed sheet.
 */
export function renderHoursTable(
  week: readonly DayView[],
  language: HoursLanguage,
  labelledBy: string,
  original?: HoursLanguage,
): TemplateResult {
  return html`<table class="week" aria-labelledby=${labelledBy}>
    <tbody>
      ${week.map((day) => renderDay(day, language, original))}
    </tbody>
  </table>`;
}

/** Whether the week shown is the coming one (core shows it on weekends), for the heading above it. */
export function isComingWeek(week: readonly DayView[]): boolean {
  return week.length > 0 && !week.some((day) => day.relative === "today");
}

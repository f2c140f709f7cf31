import type { SearchResult } from "@beratungsfinder/core";
import { isOnlineOffice } from "@beratungsfinder/schemas/vocabulary";
import { html, nothing, type TemplateResult } from "lit";
import type { Formatting } from "../localization/formatting.js";
import type { Translator } from "../localization/translator.js";

export interface OpeningStatus {
  text: string;
  open: boolean;
  notes: string[];
}

/** "Open now, until 16:00" / "Opens Monday 09:00" in Berlin time, plus appointment-only notes. */
function openingStatus(result: SearchResult, t: Translator, format: Formatting): OpeningStatus | undefined {
  const hours = result.office.openingHours;
  if (!hours) {
    return isOnlineOffice(result.office) ? undefined : { text: t("results.noHours"), open: false, notes: [] };
  }
  const notes = hours.appointmentOnly ? [t("results.appointmentOnly")] : [];
  if (hours.temporarilyClosed) return { text: t("results.temporarilyClosed"), open: false, notes };
  const next = result.nextOpening;
  if (result.openNow) {
    return next
      ? { text: t("results.openUntil", { time: format.time(next.end) }), open: true, notes }
      : { text: t("results.openNow"), open: true, notes };
  }
  if (next) return { text: t("results.opens", { when: format.weekdayTime(next.start) }), open: false, notes };
  return { text: t("results.closedNow"), open: false, notes };
}

/** The status line of an office, in the list and in the details alike. */
export function renderOpeningStatus(
  result: SearchResult,
  t: Translator,
  format: Formatting,
): TemplateResult | typeof nothing {
  const status = openingStatus(result, t, format);
  if (!status) return nothing;
  return html`<p class=${status.open ? "status open" : "status"}>${[status.text, ...status.notes].join(" · ")}</p>`;
}

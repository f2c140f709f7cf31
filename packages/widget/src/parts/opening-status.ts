import type { SearchResult } from "@beratungsfinder/core";
import { berlinParts } from "@beratungsfinder/core";
import { isOnlineOffice } from "@beratungsfinder/schemas/vocabulary";
import { html, nothing, type TemplateResult } from "lit";
import type { Formatting } from "../localization/formatting.js";
import type { Translator } from "../localization/translator.js";

export interface OpeningStatus {
  text: string;
  open: boolean;
  notes: string[];
}

/**
 * "Open now, until 16:00" (walk in), "09:00–12:00 (by appointment) · Opens Tuesday 14:00", "Opens Monday
 * 09:00" in Berlin time, plus appointment-only notes. Never "open" during appointment or phone hours.
 */
function openingStatus(result: SearchResult, t: Translator, format: Formatting): OpeningStatus | undefined {
  const hours = result.office.openingHours;
  if (!hours) {
    return isOnlineOffice(result.office) ? undefined : { text: t("results.noHours"), open: false, notes: [] };
  }
  const notes = hours.appointmentOnly ? [t("results.appointmentOnly")] : [];
  if (hours.temporarilyClosed) return { text: t("results.temporarilyClosed"), open: false, notes };
  // Core's status: only open hours and open consultation are "open"; appointment and phone hours are not.
  const { state, current, next, nextWalkIn } = result.status;
  if (state === "open" && current) {
    return { text: t("results.openUntil", { time: format.time(current.end) }), open: true, notes };
  }
  if (current) {
    // "09:00–12:00 (by appointment)", as the week view writes the slot, then when a person can walk in.
    const range = format.clockRange(clockOf(current.start), clockOf(current.end));
    const kind = state === "by-phone" ? t("channel.phone") : t("details.appointment");
    const walkIn = nextWalkIn ? [t("results.opens", { when: format.weekdayTime(nextWalkIn.start) })] : [];
    return { text: `${range} (${kind})`, open: false, notes: [...walkIn, ...notes] };
  }
  if (next) {
    const when = t("results.opens", { when: format.weekdayTime(next.start) });
    const kind =
      next.kind === "appointment"
        ? t("details.appointment")
        : next.kind === "phone"
          ? t("channel.phone")
          : "";
    return { text: kind ? `${when} (${kind})` : when, open: false, notes };
  }
  return { text: t("results.closedNow"), open: false, notes };
}

/** "HH:MM" in Berlin, as the data writes times, so the status uses the week view's time style. */
function clockOf(instant: Date): string {
  const { hour, minute } = berlinParts(instant);
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
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

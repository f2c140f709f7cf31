import { html, nothing, type TemplateResult } from "lit";
import type { Translator } from "../localization/translator.js";

export interface TakeAwayProps {
  t: Translator;
  onSaveContact(): void;
  /** Absent when the office has no next opening to put in a calendar. */
  onAddToCalendar?: () => void;
  onShare(): void;
  onPrint(): void;
}

/** What a person takes with them from the details: a contact card, a calendar entry, a link, a printout. */
export function renderTakeAway(props: TakeAwayProps): TemplateResult {
  const { t } = props;
  return html`<div class="take-away" part="take-away">
    <button class="secondary" part="button contact-button" type="button" @click=${props.onSaveContact}>
      ${t("takeaway.contacts")}
    </button>
    ${
      props.onAddToCalendar
        ? html`<button class="secondary" part="button calendar-button" type="button" @click=${props.onAddToCalendar}>
          ${t("takeaway.calendar")}
        </button>`
        : nothing
    }
    <button class="secondary" part="button share-button" type="button" @click=${props.onShare}>
      ${t("takeaway.share")}
    </button>
    <button class="secondary" part="button print-button" type="button" @click=${props.onPrint}>
      ${t("takeaway.print")}
    </button>
  </div>`;
}

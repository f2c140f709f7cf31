import type { DayView, SearchResult } from "@beratungsfinder/core";
import { html, nothing, svg, type TemplateResult } from "lit";
import type { QrCode } from "../qr-code.js";
import { mailtoHref, telHref } from "../safe-href.js";
import { type HoursLanguage, renderHoursTable } from "./hours-table.js";
import { addressLine } from "./result-card.js";

export interface PrintSheetProps {
  result: SearchResult;
  week: readonly DayView[];
  /** The visitor's language. */
  language: HoursLanguage;
  /** German, printed beside the visitor's language so the sheet can be shown at the counter; absent in German. */
  original?: HoursLanguage;
  /** The link back to this office, printed as text and, once the encoder has loaded, as a QR code. */
  link: string;
  qr?: QrCode;
}

/** A heading in the visitor's language with the German original beside it. */
function both(text: string, original: string | undefined): TemplateResult {
  return original && original !== text
    ? html`${text} <span class="original" lang="de">/ ${original}</span>`
    : html`${text}`;
}

function renderQr(qr: QrCode): TemplateResult {
  const size = qr.size + 8;
  return html`<svg class="qr" viewBox="-4 -4 ${size} ${size}" role="img" aria-hidden="true" shape-rendering="crispEdges">
    ${svg`<rect x="-4" y="-4" width=${size} height=${size} fill="#fff"></rect><path d=${qr.path} fill="#000"></path>`}
  </svg>`;
}

/**
 * One office on one sheet of paper: name, address, the week's hours, contact and a QR code back to it.
 * Hidden on screen; the print styles show it alone, on a page of its own.
 */
export function renderPrintSheet(props: PrintSheetProps): TemplateResult {
  const { result, week, language, original, link, qr } = props;
  const { t } = language;
  const { office, provider } = result;
  const address = addressLine(result);
  const phones = office.contact.phones.filter((phone) => telHref(phone.number));
  const email = office.contact.emails.find((value) => mailtoHref(value));
  return html`<section class="print-sheet" part="print-sheet" aria-hidden="true">
    <h3><bdi>${office.name}</bdi></h3>
    ${provider ? html`<p><bdi>${provider.name}</bdi></p>` : nothing}
    ${address ? html`<p class="address" lang="de">${address}</p>` : nothing}
    ${
      week.length
        ? html`<h4 id="bf-print-hours">${both(t("details.hours"), original?.t("details.hours"))}</h4>
          ${renderHoursTable(week, language, "bf-print-hours", original)}`
        : nothing
    }
    <h4>${both(t("details.contact"), original?.t("details.contact"))}</h4>
    <ul class="print-contact">
      ${phones.map((phone) => html`<li><span dir="ltr">${phone.number}</span></li>`)}
      ${email ? html`<li><span dir="ltr">${email}</span></li>` : nothing}
      ${office.contact.website ? html`<li><span dir="ltr">${office.contact.website}</span></li>` : nothing}
    </ul>
    <div class="print-link">
      ${qr ? renderQr(qr) : nothing}
      <p>${both(t("print.scan"), original?.t("print.scan"))}</p>
      <p class="link" dir="ltr">${link}</p>
    </div>
  </section>`;
}

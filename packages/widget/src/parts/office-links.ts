import type { Office } from "@beratungsfinder/schemas";
import { html, nothing, type TemplateResult } from "lit";
import { directionsHref, type MapsPlatform } from "../directions.js";
import type { Translator } from "../localization/translator.js";
import { mailtoHref, safeHref, telHref } from "../safe-href.js";
import { link } from "./official-finders.js";

function external(
  href: string | undefined,
  text: string,
  t: Translator,
  part: string,
): TemplateResult | typeof nothing {
  return href ? link(href, text, t, part) : nothing;
}

/**
 * Call, e-mail, website, booking and directions. Every href passes `safeHref` (directions are built from
 * numbers); phone numbers and addresses from the data become text, never markup. Directions open the
 * phone's own maps app on Android and iOS, in the same tab (the system hands the link to the app).
 */
export function renderOfficeLinks(
  office: Office,
  t: Translator,
  platform: MapsPlatform = "other",
): TemplateResult {
  const phones = office.contact.phones
    .filter((phone) => phone.type === "voice" || phone.type === "mobile")
    .slice(0, 2);
  const email = office.contact.emails[0];
  const mail = email ? mailtoHref(email) : undefined;
  const route = office.geo ? directionsHref({ ...office.geo, label: office.name }, platform) : undefined;
  return html`<ul class="actions" role="list">
    ${phones.map((phone) => {
      const href = telHref(phone.number);
      // Isolated left to right: in right-to-left text the digit groups would otherwise be reversed.
      const number = `\u2066${phone.number}\u2069`;
      return href
        ? html`<li><a part="action call" href=${href}>${t("action.call", { number })}</a></li>`
        : nothing;
    })}
    ${mail ? html`<li><a part="action email" href=${mail}>${t("action.email")}</a></li>` : nothing}
    ${external(safeHref(office.contact.website), t("action.website"), t, "website")}
    ${external(safeHref(office.contact.bookingUrl), t("action.booking"), t, "booking")}
    ${
      route && platform !== "other"
        ? html`<li><a part="action directions" href=${route}>${t("action.directionsApp")}</a></li>`
        : external(route, t("action.directions"), t, "directions")
    }
  </ul>`;
}

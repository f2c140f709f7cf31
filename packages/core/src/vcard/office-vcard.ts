import type { Office, Phone, Provider } from "@beratungsfinder/schemas";
import { contentLines, escapeText, uriValue } from "../internal/content-line.js";

export interface OfficeVCardOptions {
  /** The provider (Träger) running the office: becomes the organisation, with the office as its unit. */
  provider?: Provider;
  /** A link back to the office (for example the widget's shared link); else the office's website. */
  url?: string;
  /** Free text for the contact's note, such as the opening hours in the visitor's language. */
  note?: string;
}

// vCard 3.0 types per phone kind: Android's and Apple's address books read these; "messenger" is MSG.
const PHONE_TYPES: Record<Phone["type"], string> = {
  voice: "WORK,VOICE",
  mobile: "WORK,CELL",
  fax: "WORK,FAX",
  messenger: "WORK,MSG",
};

/** Escapes each component of a structured value (N, ADR, ORG) and joins them with `;`. */
function structured(components: readonly (string | undefined)[]): string {
  return components.map((component) => escapeText(component ?? "")).join(";");
}

/**
 * The office as a vCard 3.0 (RFC 2426) contact card, which phones' address books import (Android's
 * contacts app reads 2.1 and 3.0, not 4.0). UTF-8, CRLF line ends, lines folded at 75 octets.
 *
 * @example
 * const card = officeVCard(result.office, { provider: result.provider, url: location.href });
 * new Blob([card], { type: "text/vcard;charset=utf-8" });
 */
export function officeVCard(office: Office, options: OfficeVCardOptions = {}): string {
  const { provider, url = office.contact.website, note } = options;
  const lines = ["BEGIN:VCARD", "VERSION:3.0", `FN:${escapeText(office.name)}`];
  // N is required in 3.0; an office has no family name, so the whole name goes in the first component.
  lines.push(`N:${structured([office.name, "", "", "", ""])}`);
  lines.push(`ORG:${structured(provider ? [provider.name, office.name] : [office.name])}`);
  // Apple's contacts show the card as a company rather than a person.
  lines.push("X-ABSHOWAS:COMPANY");
  const address = office.address;
  if (address) {
    const adr = ["", address.addition, address.street, address.city, "", address.postalCode, "Deutschland"];
    lines.push(`ADR;TYPE=WORK:${structured(adr)}`);
  }
  for (const phone of office.contact.phones) {
    lines.push(`TEL;TYPE=${PHONE_TYPES[phone.type]}:${escapeText(phone.number)}`);
  }
  for (const email of office.contact.emails) lines.push(`EMAIL;TYPE=INTERNET,WORK:${escapeText(email)}`);
  // URIs are not TEXT: a comma or semicolon in them is literal and must not get a backslash.
  if (url) lines.push(`URL:${uriValue(url)}`);
  if (office.geo) lines.push(`GEO:${office.geo.lat.toFixed(6)};${office.geo.lon.toFixed(6)}`);
  if (note) lines.push(`NOTE:${escapeText(note)}`);
  lines.push("END:VCARD");
  return contentLines(lines);
}

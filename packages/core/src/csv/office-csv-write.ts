/** Writing offices as the office template (`toOfficeCsv`). */
import type { Dataset } from "@beratungsfinder/schemas";
import { languageCodeOf, languageModeOf, STATE_NAMES } from "@beratungsfinder/schemas/vocabulary";
import { writeCsv } from "./csv-text.js";
import {
  INTAKE_CELL,
  OFFICE_CSV_COLUMNS,
  type OfficeCsvColumn,
  type ToOfficeCsvOptions,
} from "./office-csv-columns.js";
import { formatOpeningHoursText } from "./opening-hours-text.js";
import { formatOutreachText } from "./outreach-text.js";

/** An accessibility answer in German, as the template and the HSDS export write it; "" when not given. */
export const yesNo = (value: boolean | "unknown" | undefined) =>
  value === true ? "ja" : value === false ? "nein" : value === "unknown" ? "unbekannt" : "";

/**
 * Writes a dataset as the office spreadsheet template, one row per office. What the template has no
 * column for (opening exceptions, phone notes, accessible toilet, hearing loop, sources, notes of single
 * languages, address additions of outreach places) is left out.
 */
export function toOfficeCsv(
  dataset: Pick<Dataset, "offices" | "providers">,
  options: ToOfficeCsvOptions = {},
): string {
  const providers = new Map(dataset.providers.map((provider) => [provider.id, provider]));
  const rows: string[][] = [[...OFFICE_CSV_COLUMNS]];
  for (const office of dataset.offices) {
    const provider = providers.get(office.providerId);
    const values: Record<OfficeCsvColumn, string> = {
      id: office.id,
      provider_id: office.providerId,
      provider_name: provider?.name ?? "",
      umbrella: provider?.umbrella ?? "",
      name: office.name,
      programmes: office.programmes.join(", "),
      street: office.address?.street ?? "",
      postal_code: office.address?.postalCode ?? "",
      city: office.address?.city ?? "",
      state: office.address ? STATE_NAMES[office.address.state] : "",
      lat: office.geo ? String(office.geo.lat) : "",
      lon: office.geo ? String(office.geo.lon) : "",
      phone: office.contact.phones.map((phone) => phone.number).join("; "),
      phone_type: office.contact.phones.every((phone) => phone.type === "voice")
        ? ""
        : office.contact.phones.map((phone) => phone.type).join(", "),
      email: office.contact.emails.join(", "),
      website: office.contact.website ?? "",
      booking_url: office.contact.bookingUrl ?? "",
      opening_hours: office.openingHours ? formatOpeningHoursText(office.openingHours.weekly) : "",
      appointment_only: office.openingHours?.appointmentOnly ? "ja" : "",
      languages: office.languages
        .map((entry) =>
          languageModeOf(entry) === "counsellor"
            ? languageCodeOf(entry)
            : `${languageCodeOf(entry)}:${languageModeOf(entry)}`,
        )
        .join(", "),
      language_note: office.languageNote ?? "",
      topics: office.topics.join(", "),
      target_groups: office.targetGroups.join(", "),
      channels: office.channels.join(", "),
      age_min: office.ageRange?.min === undefined ? "" : String(office.ageRange.min),
      age_max: office.ageRange?.max === undefined ? "" : String(office.ageRange.max),
      step_free: yesNo(office.accessibility?.stepFree),
      service_area: office.serviceArea.join(", "),
      last_verified: office.lastVerified ?? "",
      description_de: office.description?.de ?? "",
      description_en: office.description?.en ?? "",
      note: office.openingHours?.note ?? "",
      municipality_key: office.address?.municipalityKey ?? "",
      woman_counsellor: office.womanCounsellor === undefined ? "" : yesNo(office.womanCounsellor),
      free_of_charge: office.freeOfCharge === undefined ? "" : office.freeOfCharge ? "ja" : "nein",
      intake: office.intake ? INTAKE_CELL[office.intake.status] : "",
      intake_note: office.intake?.note ?? "",
      outreach: office.outreach ? formatOutreachText(office.outreach, office.address?.state) : "",
    };
    rows.push(OFFICE_CSV_COLUMNS.map((column) => values[column]));
  }
  return `${options.bom ? "\uFEFF" : ""}${writeCsv(rows, options.delimiter ?? ",")}`;
}

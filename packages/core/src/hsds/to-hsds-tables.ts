import type { Dataset } from "@beratungsfinder/schemas";
import { writeCsv } from "../csv/csv-text.js";
import type { HsdsRecord } from "./hsds-record.js";
import { records } from "./hsds-record.js";
import type { HsdsTableName } from "./hsds-tables.js";
import { NUMERIC_COLUMNS } from "./hsds-tables.js";
import { toHsds } from "./to-hsds.js";

/** Column order of the official tabular package (schema/compiled/tabular.json). */
export const HSDS_TABLE_COLUMNS: Partial<Record<HsdsTableName, readonly string[]>> = {
  organizations: [
    "id",
    "name",
    "alternate_name",
    "description",
    "email",
    "website",
    "tax_status",
    "tax_id",
    "year_incorporated",
    "legal_status",
    "logo",
    "uri",
    "parent_organization_id",
  ],
  organization_identifiers: ["id", "organization_id", "identifier_scheme", "identifier_type", "identifier"],
  programs: ["id", "organization_id", "name", "alternate_name", "description"],
  services: [
    "id",
    "organization_id",
    "program_id",
    "name",
    "alternate_name",
    "description",
    "url",
    "email",
    "status",
    "interpretation_services",
    "application_process",
    "fees_description",
    "wait_time",
    "fees",
    "accreditations",
    "eligibility_description",
    "minimum_age",
    "maximum_age",
    "assured_date",
    "assurer_email",
    "licenses",
    "alert",
    "last_modified",
  ],
  service_at_location: ["id", "service_id", "location_id", "description"],
  locations: [
    "id",
    "location_type",
    "url",
    "organization_id",
    "name",
    "alternate_name",
    "description",
    "transportation",
    "latitude",
    "longitude",
    "external_identifier",
    "external_identifier_type",
  ],
  addresses: [
    "id",
    "location_id",
    "attention",
    "address_1",
    "address_2",
    "city",
    "region",
    "state_province",
    "postal_code",
    "country",
    "address_type",
  ],
  phones: [
    "id",
    "location_id",
    "service_id",
    "organization_id",
    "contact_id",
    "service_at_location_id",
    "number",
    "extension",
    "type",
    "description",
  ],
  schedules: [
    "id",
    "service_id",
    "location_id",
    "service_at_location_id",
    "valid_from",
    "valid_to",
    "dtstart",
    "timezone",
    "until",
    "count",
    "wkst",
    "freq",
    "interval",
    "byday",
    "byweekno",
    "bymonthday",
    "byyearday",
    "description",
    "opens_at",
    "closes_at",
    "schedule_link",
    "attending_type",
    "notes",
  ],
  languages: ["id", "service_id", "location_id", "phone_id", "name", "code", "note"],
  accessibility: ["id", "location_id", "description", "details", "url"],
  service_areas: ["id", "service_id", "name", "description", "extent", "extent_type", "uri"],
  contacts: [
    "id",
    "organization_id",
    "service_id",
    "service_at_location_id",
    "location_id",
    "name",
    "title",
    "department",
    "email",
  ],
  attributes: ["id", "link_id", "taxonomy_term_id", "link_type", "link_entity", "value"],
  taxonomy_terms: [
    "id",
    "code",
    "name",
    "description",
    "parent_id",
    "taxonomy",
    "language",
    "taxonomy_id",
    "term_uri",
  ],
};

// Numbers as in the tabular schema: plain decimal text.
const cell = (value: unknown) =>
  value === undefined || value === null
    ? ""
    : typeof value === "object"
      ? JSON.stringify(value)
      : String(value);

/**
 * Exports our dataset as an HSDS 3.0 Tabular Data Package: CSV text by file name ("organizations.csv",
 * "services.csv" …) plus "datapackage.json" listing the resources. Same content as `toHsds`.
 *
 * @example
 * for (const [file, content] of Object.entries(toHsdsTables(dataset))) await writeFile(join(dir, file), content);
 */
export function toHsdsTables(
  dataset: Pick<Dataset, "providers" | "offices"> & Partial<Pick<Dataset, "name" | "license">>,
): Record<string, string> {
  const rows = new Map<HsdsTableName, HsdsRecord[]>();
  const push = (table: HsdsTableName, row: HsdsRecord) => {
    const list = rows.get(table);
    if (list) list.push(row);
    else rows.set(table, [row]);
  };
  const terms = new Map<string, HsdsRecord>();
  const pushAttributes = (record: HsdsRecord) => {
    for (const attr of records(record, "attributes")) {
      const { taxonomy_term: term, ...flat } = attr;
      push("attributes", flat);
      if (term && typeof term === "object") terms.set(String((term as HsdsRecord).id), term as HsdsRecord);
    }
  };
  for (const organization of toHsds(dataset)) {
    push("organizations", organization);
    pushAttributes(organization);
    for (const identifier of records(organization, "organization_identifiers"))
      push("organization_identifiers", identifier);
    for (const program of records(organization, "programs")) push("programs", program);
    for (const location of records(organization, "locations")) {
      push("locations", location);
      pushAttributes(location);
      for (const address of records(location, "addresses")) push("addresses", address);
      for (const entry of records(location, "accessibility")) push("accessibility", entry);
    }
    for (const service of records(organization, "services")) {
      push("services", service);
      pushAttributes(service);
      for (const language of records(service, "languages")) push("languages", language);
      for (const area of records(service, "service_areas")) push("service_areas", area);
      for (const sal of records(service, "service_at_locations")) {
        push("service_at_location", sal);
        for (const phone of records(sal, "phones")) push("phones", phone);
        for (const schedule of records(sal, "schedules")) push("schedules", schedule);
        for (const contact of records(sal, "contacts")) push("contacts", contact);
      }
    }
  }
  for (const term of terms.values()) push("taxonomy_terms", term);

  const files: Record<string, string> = {};
  const resources: HsdsRecord[] = [];
  for (const [table, columns] of Object.entries(HSDS_TABLE_COLUMNS) as [HsdsTableName, readonly string[]][]) {
    const tableRows = rows.get(table) ?? [];
    files[`${table}.csv`] = writeCsv([
      [...columns],
      ...tableRows.map((row) => columns.map((column) => cell(row[column]))),
    ]);
    resources.push({
      name: table,
      path: `${table}.csv`,
      profile: "tabular-data-resource",
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      schema: {
        fields: columns.map((name) => ({ name, type: NUMERIC_COLUMNS.has(name) ? "number" : "string" })),
      },
    });
  }
  files["datapackage.json"] = `${JSON.stringify(
    {
      name: "beratungsfinder-hsds",
      title: dataset.name ?? "Beratungsfinder offices",
      profile: "tabular-data-package",
      ...(dataset.license ? { licenses: [{ name: dataset.license }] } : {}),
      resources,
    },
    null,
    2,
  )}\n`;
  return files;
}

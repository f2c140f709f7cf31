import { readCsvObjects } from "../csv/csv-text.js";
import type { DataIssue } from "../errors.js";
import type { HsdsRecord } from "./hsds-record.js";
import { isRecord, SOURCE, text } from "./hsds-record.js";

/** The tables of the HSDS 3.0 Tabular Data Package, by file name without ".csv". */
export const HSDS_TABLES = [
  "organizations",
  "organization_identifiers",
  "programs",
  "services",
  "service_at_location",
  "locations",
  "addresses",
  "phones",
  "schedules",
  "languages",
  "accessibility",
  "service_areas",
  "contacts",
  "funding",
  "cost_options",
  "required_documents",
  "attributes",
  "taxonomy_terms",
  "taxonomies",
  "metadata",
  "meta_table_descriptions",
] as const;
export type HsdsTableName = (typeof HSDS_TABLES)[number];

// Resource names in datapackage.json are singular ("organization"); the files are plural.
const RESOURCE_NAMES: Record<string, HsdsTableName> = {
  organization: "organizations",
  organization_identifier: "organization_identifiers",
  program: "programs",
  service: "services",
  location: "locations",
  address: "addresses",
  phone: "phones",
  schedule: "schedules",
  language: "languages",
  service_area: "service_areas",
  contact: "contacts",
  cost_option: "cost_options",
  required_document: "required_documents",
  attribute: "attributes",
  taxonomy_term: "taxonomy_terms",
  taxonomy: "taxonomies",
  meta_table_description: "meta_table_descriptions",
};

/** Tables whose content our model has no place for. */
const UNMAPPED: Partial<Record<HsdsTableName, string>> = {
  funding: "funding is not part of the office model",
  cost_options: "counselling in MBE and JMD is free; costs are not part of the office model",
  required_documents: "required documents are not part of the office model",
  metadata: "change history is not part of the office model",
  meta_table_descriptions: "table descriptions are not part of the office model",
  taxonomies: "only our own taxonomy terms are read",
};

/** Numeric columns of the tabular schema: read as numbers from CSV text, declared `number` in an exported datapackage.json. */
export const NUMERIC_COLUMNS: ReadonlySet<string> = new Set([
  "latitude",
  "longitude",
  "minimum_age",
  "maximum_age",
  "extension",
  "timezone",
  "count",
  "interval",
  "year_incorporated",
  "amount",
]);

/** Any table name ("organizations", "organization", "csv/organizations.csv") as the canonical file stem. */
function tableName(key: string): HsdsTableName | undefined {
  const stem = key
    .replace(/^.*[\\/]/, "")
    .replace(/\.csv$/i, "")
    .toLowerCase();
  if ((HSDS_TABLES as readonly string[]).includes(stem)) return stem as HsdsTableName;
  return Object.hasOwn(RESOURCE_NAMES, stem) ? RESOURCE_NAMES[stem] : undefined;
}

function rowsOf(
  name: string,
  content: string | unknown[],
  warnings: string[],
  unread: DataIssue[],
): HsdsRecord[] {
  if (typeof content !== "string") {
    return content.filter(isRecord).map((row, index) => {
      const copy: HsdsRecord = { ...row };
      Object.defineProperty(copy, SOURCE, { value: `${name}.csv[${index}]`, enumerable: false });
      return copy;
    });
  }
  const { rows, errors } = readCsvObjects(content);
  for (const { code, line, message } of errors) {
    warnings.push(`${name}.csv line ${line}: ${message}`);
    unread.push({ code, path: `${name}.csv`, line, message });
  }
  return rows.map(({ line, values }) => {
    const row: HsdsRecord = {};
    for (const [key, value] of Object.entries(values)) {
      if (value === "") continue;
      row[key] = NUMERIC_COLUMNS.has(key) && Number.isFinite(Number(value)) ? Number(value) : value;
    }
    Object.defineProperty(row, SOURCE, { value: `${name}.csv line ${line}`, enumerable: false });
    return row;
  });
}

function groupBy(rows: HsdsRecord[], key: string): Map<string, HsdsRecord[]> {
  const groups = new Map<string, HsdsRecord[]>();
  for (const row of rows) {
    const id = text(row, key);
    if (!id) continue;
    const list = groups.get(id) ?? [];
    list.push(row);
    groups.set(id, list);
  }
  return groups;
}

/**
 * Joins the flat tables of an HSDS Tabular Data Package into the nested JSON form (organizations with
 * services, service_at_locations with their location, phones, schedules …), which the JSON import then
 * reads. Rows remember their file and line for warnings.
 */
export function nestTables(tables: Record<string, string | unknown[]>): {
  items: HsdsRecord[];
  warnings: string[];
  /** CSV rows that could not be read (extra cells, an unclosed quote), each also with its warning. */
  issues: DataIssue[];
} {
  const warnings: string[] = [];
  const issues: DataIssue[] = [];
  const data = new Map<HsdsTableName, HsdsRecord[]>();
  for (const [key, content] of Object.entries(tables)) {
    if (/datapackage\.json$/i.test(key)) continue;
    const name = tableName(key);
    if (!name) {
      warnings.push(`${key}: not a table of HSDS 3.0; left out`);
      continue;
    }
    if (typeof content !== "string" && !Array.isArray(content)) {
      warnings.push(`${key}: expected CSV text or a list of rows; left out`);
      continue;
    }
    data.set(name, [...(data.get(name) ?? []), ...rowsOf(name, content, warnings, issues)]);
  }
  const table = (name: HsdsTableName) => data.get(name) ?? [];
  // Contacts without a person's name carry role mailboxes of a service at a location; named ones are personal data.
  const named = table("contacts").filter((contact) => text(contact, "name") !== undefined).length;
  if (named > 0) {
    warnings.push(
      `contacts.csv: ${named} row${named === 1 ? "" : "s"} not mapped (named contact persons are personal data and not part of the office model)`,
    );
  }
  for (const [name, reason] of Object.entries(UNMAPPED) as [HsdsTableName, string][]) {
    const count = table(name).length;
    if (count > 0) warnings.push(`${name}.csv: ${count} row${count === 1 ? "" : "s"} not mapped (${reason})`);
  }

  const terms = new Map(table("taxonomy_terms").map((term) => [text(term, "id") ?? "", term]));
  const attributes = groupBy(
    table("attributes").map((attribute) => {
      const term = terms.get(text(attribute, "taxonomy_term_id") ?? "");
      return term ? Object.assign(attribute, { taxonomy_term: term }) : attribute;
    }),
    "link_id",
  );
  const withAttributes = (row: HsdsRecord) => {
    const linked = attributes.get(text(row, "id") ?? "");
    if (linked) row.attributes = linked;
    return row;
  };

  const addresses = groupBy(table("addresses"), "location_id");
  const accessibility = groupBy(table("accessibility"), "location_id");
  const phonesBy = (key: string) => groupBy(table("phones"), key);
  const locationPhones = phonesBy("location_id");
  const servicePhones = phonesBy("service_id");
  const salPhones = phonesBy("service_at_location_id");
  const languagesByLocation = groupBy(table("languages"), "location_id");
  const languagesByService = groupBy(table("languages"), "service_id");
  const serviceAreas = groupBy(table("service_areas"), "service_id");
  const identifiers = groupBy(table("organization_identifiers"), "organization_id");

  const serviceIds = new Set(table("services").map((row) => text(row, "id")));
  const salIds = new Set(table("service_at_location").map((row) => text(row, "id")));
  // A schedule belongs to the most specific owner it names, so it is read once.
  const schedules = {
    sal: new Map<string, HsdsRecord[]>(),
    service: new Map<string, HsdsRecord[]>(),
    location: new Map<string, HsdsRecord[]>(),
  };
  for (const schedule of table("schedules")) {
    const sal = text(schedule, "service_at_location_id");
    const service = text(schedule, "service_id");
    const location = text(schedule, "location_id");
    const [map, id] =
      sal && salIds.has(sal)
        ? [schedules.sal, sal]
        : service && serviceIds.has(service)
          ? [schedules.service, service]
          : [schedules.location, location ?? ""];
    map.set(id, [...(map.get(id) ?? []), schedule]);
  }

  const locations = new Map<string, HsdsRecord>();
  for (const location of table("locations")) {
    const id = text(location, "id") ?? "";
    withAttributes(location);
    location.addresses = addresses.get(id) ?? [];
    location.accessibility = accessibility.get(id) ?? [];
    location.phones = locationPhones.get(id) ?? [];
    location.languages = languagesByLocation.get(id) ?? [];
    location.schedules = schedules.location.get(id) ?? [];
    locations.set(id, location);
  }
  const linkedLocations = new Set<string>();
  const salsByService = groupBy(table("service_at_location"), "service_id");
  const salContacts = groupBy(
    table("contacts").filter((contact) => text(contact, "name") === undefined),
    "service_at_location_id",
  );
  for (const sal of table("service_at_location")) {
    const id = text(sal, "id") ?? "";
    const locationId = text(sal, "location_id") ?? "";
    const location = locations.get(locationId);
    if (location) {
      sal.location = location;
      linkedLocations.add(locationId);
    }
    sal.phones = salPhones.get(id) ?? [];
    sal.contacts = salContacts.get(id) ?? [];
    sal.schedules = schedules.sal.get(id) ?? [];
  }
  const programs = new Map(
    table("programs").map((program) => [text(program, "id") ?? "", withAttributes(program)]),
  );
  const organizations = new Map(
    table("organizations").map((organization) => [text(organization, "id") ?? "", organization]),
  );
  const orphans: HsdsRecord[] = [];
  for (const service of table("services")) {
    const id = text(service, "id") ?? "";
    withAttributes(service);
    service.phones = servicePhones.get(id) ?? [];
    service.languages = languagesByService.get(id) ?? [];
    service.service_areas = serviceAreas.get(id) ?? [];
    service.schedules = schedules.service.get(id) ?? [];
    service.service_at_locations = salsByService.get(id) ?? [];
    const program = programs.get(text(service, "program_id") ?? "");
    if (program) service.program = program;
    const organization = organizations.get(text(service, "organization_id") ?? "");
    if (organization) {
      organization.services = [...((organization.services as HsdsRecord[] | undefined) ?? []), service];
    } else orphans.push(service);
  }
  for (const organization of organizations.values()) {
    const id = text(organization, "id") ?? "";
    withAttributes(organization);
    organization.organization_identifiers = identifiers.get(id) ?? [];
    organization.services ??= [];
  }
  for (const [id, location] of locations) {
    if (!linkedLocations.has(id)) {
      warnings.push(
        `${String((location as { [SOURCE]?: string })[SOURCE])}: location "${text(location, "name") ?? id}" is linked to no service in service_at_location.csv; left out`,
      );
    }
  }
  return { items: [...organizations.values(), ...orphans], warnings, issues };
}

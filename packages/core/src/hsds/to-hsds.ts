import type { Dataset, Office, Programme, Provider } from "@beratungsfinder/schemas";
import type { HsdsOrganization } from "@beratungsfinder/schemas/hsds";
import { languageCodeOf, STATE_NAMES } from "@beratungsfinder/schemas/vocabulary";
import { writeCsv } from "../csv/csv-text.js";
import { yesNo } from "../csv/office-csv.js";
import type { AttributeCode } from "./beratungsfinder-attributes.js";
import { attribute } from "./beratungsfinder-attributes.js";
import { OFFICE_ID_TYPE, PROVIDER_ID_SCHEME } from "./from-hsds.js";
import { hsdsId, isUuid } from "./hsds-id.js";
import type { HsdsRecord } from "./hsds-record.js";
import { records } from "./hsds-record.js";
import { exportOutreachSchedules, exportSchedules } from "./hsds-schedule.js";
import type { HsdsTableName } from "./hsds-tables.js";
import { NUMERIC_COLUMNS } from "./hsds-tables.js";

/** Programme names for HSDS `program` records, which consumers abroad read. */
const PROGRAMME_NAMES: Record<Programme, { name: string; description: string }> = {
  MBE: {
    name: "Migrationsberatung für erwachsene Zugewanderte (MBE)",
    description: "Federal migration counselling for adult immigrants aged 27 and over (BAMF).",
  },
  JMD: {
    name: "Jugendmigrationsdienste (JMD)",
    description:
      "Youth migration services for young people with a migration background aged 12 to 26 (BMFSFJ).",
  },
  MBEON: {
    name: "mbeon – Migrationsberatung online",
    description: "Online migration counselling for adults.",
  },
  JMD4YOU: {
    name: "jmd4you – Online-Beratung der Jugendmigrationsdienste",
    description: "Online counselling of the youth migration services.",
  },
  AVB: { name: "Asylverfahrensberatung", description: "Counselling on the asylum procedure." },
  FAIRE_INTEGRATION: {
    name: "Faire Integration",
    description: "Counselling on labour and social rights for refugees and third-country nationals.",
  },
  FAIRE_MOBILITAET: {
    name: "Faire Mobilität",
    description:
      "Counselling on labour rights for workers from EU countries: wages, contracts, posted work, accommodation (DGB).",
  },
  IQ: {
    name: "IQ Anerkennungs- und Qualifizierungsberatung",
    description:
      "Counselling on the recognition of foreign qualifications (Integration durch Qualifizierung).",
  },
  ADB: {
    name: "Antidiskriminierungsberatung",
    description: "Counselling for people who experience discrimination.",
  },
  OTHER: { name: "Weitere Beratung", description: "Other counselling for immigrants." },
};

function organizationId(provider: Pick<Provider, "id">): string {
  return isUuid(provider.id) ? provider.id : hsdsId("organization", provider.id);
}

function officeRecords(
  office: Office,
  provider: Pick<Provider, "id">,
  programIds: Map<Programme, string>,
): { service: HsdsRecord; location: HsdsRecord } {
  const key = office.id;
  const organization_id = organizationId(provider);
  const serviceId = hsdsId("service", key);
  const locationId = hsdsId("location", key);
  const salId = hsdsId("service_at_location", key);
  const serviceAttributes: HsdsRecord[] = [];
  const add = (code: AttributeCode, value: string) =>
    serviceAttributes.push(attribute(serviceId, "service", code, value));
  for (const programme of office.programmes) add("programme", programme);
  for (const topic of office.topics) add("topic", topic);
  for (const group of office.targetGroups) add("target-group", group);
  for (const channel of office.channels) add("channel", channel);
  if (office.contact.bookingUrl) add("booking-url", office.contact.bookingUrl);
  if (office.openingHours?.appointmentOnly) add("appointment-only", "true");
  if (office.openingHours?.note) add("opening-note", office.openingHours.note);
  for (const exception of office.openingHours?.exceptions ?? [])
    add("opening-exception", JSON.stringify(exception));
  if (office.languageNote) add("language-note", office.languageNote);
  for (const entry of office.languages)
    if (typeof entry !== "string") add("language-offer", JSON.stringify(entry));
  for (const place of office.outreach ?? []) add("outreach", JSON.stringify(place));
  if (office.womanCounsellor !== undefined) add("woman-counsellor", String(office.womanCounsellor));
  if (office.freeOfCharge !== undefined) add("free-of-charge", String(office.freeOfCharge));
  if (office.intake) add("intake", JSON.stringify(office.intake));
  if (office.description) add("description", JSON.stringify(office.description));
  if (office.source) add("source", office.source);
  if (office.fictional) add("fictional", "true");

  const locationAttributes: HsdsRecord[] = [];
  const accessibility: HsdsRecord[] = [];
  if (office.accessibility) {
    const a = office.accessibility;
    locationAttributes.push(
      attribute(locationId, "location", "step-free", String(a.stepFree)),
      attribute(locationId, "location", "accessible-toilet", String(a.accessibleToilet)),
      attribute(locationId, "location", "hearing-loop", String(a.hearingLoop)),
    );
    accessibility.push({
      id: hsdsId("accessibility", key),
      location_id: locationId,
      description: `Stufenloser Zugang: ${yesNo(a.stepFree)}; barrierefreies WC: ${yesNo(a.accessibleToilet)}; Induktionsschleife: ${yesNo(a.hearingLoop)}`,
      ...(a.note ? { details: a.note } : {}),
    });
  }

  const address = office.address;
  const location: HsdsRecord = {
    id: locationId,
    // An online service has no place to visit: HSDS calls that a virtual location.
    location_type: address ? "physical" : "virtual",
    organization_id,
    name: office.name,
    ...(office.geo ? { latitude: office.geo.lat, longitude: office.geo.lon } : {}),
    external_identifier: office.id,
    external_identifier_type: OFFICE_ID_TYPE,
    addresses: address
      ? [
          {
            id: hsdsId("address", key),
            location_id: locationId,
            address_1: address.street,
            ...(address.addition ? { address_2: address.addition } : {}),
            city: address.city,
            state_province: STATE_NAMES[address.state],
            postal_code: address.postalCode,
            country: "DE",
            address_type: "physical",
          },
        ]
      : [],
    accessibility,
    ...(locationAttributes.length > 0 ? { attributes: locationAttributes } : {}),
  };

  const phones = office.contact.phones.map((phone, index) => ({
    id: hsdsId("phone", key, String(index)),
    service_at_location_id: salId,
    number: phone.number,
    type: phone.type,
    ...(phone.note ? { description: phone.note } : {}),
  }));
  // HSDS gives a service one e-mail; further role mailboxes travel as contacts without a person's name.
  const [email, ...moreEmails] = office.contact.emails;
  const contacts = moreEmails.map((address, index) => ({
    id: hsdsId("contact", key, String(index)),
    service_at_location_id: salId,
    email: address,
  }));
  const serviceAtLocation: HsdsRecord = {
    id: salId,
    service_id: serviceId,
    location_id: locationId,
    phones,
    schedules: [
      ...(office.openingHours
        ? exportSchedules(office.openingHours, { key, serviceId, locationId, serviceAtLocationId: salId })
        : []),
      ...exportOutreachSchedules(office.outreach ?? [], {
        key,
        serviceId,
        locationId,
        serviceAtLocationId: salId,
      }),
    ],
    ...(contacts.length > 0 ? { contacts } : {}),
    location,
  };

  const description =
    office.description?.de ?? office.description?.en ?? Object.values(office.description ?? {})[0];
  const age = office.ageRange;
  const service: HsdsRecord = {
    id: serviceId,
    organization_id,
    program_id: programIds.get(office.programmes[0]!),
    name: office.name,
    ...(description ? { description } : {}),
    ...(office.contact.website ? { url: office.contact.website } : {}),
    ...(email ? { email } : {}),
    status: office.openingHours?.temporarilyClosed ? "temporarily closed" : "active",
    ...(age?.min !== undefined ? { minimum_age: age.min } : {}),
    ...(age?.max !== undefined ? { maximum_age: age.max } : {}),
    ...(age && (age.min !== undefined || age.max !== undefined)
      ? {
          eligibility_description: `Alter ${age.min ?? 0}${age.max === undefined ? "+" : `–${age.max}`} Jahre`,
        }
      : {}),
    ...(office.lastVerified ? { assured_date: office.lastVerified } : {}),
    languages: office.languages.map((entry) => {
      const code = languageCodeOf(entry);
      const note = typeof entry === "string" ? office.languageNote : (entry.note ?? office.languageNote);
      return { id: hsdsId("language", key, code), service_id: serviceId, code, ...(note ? { note } : {}) };
    }),
    service_areas: office.serviceArea.map((region) => ({
      id: hsdsId("service_area", key, region),
      service_id: serviceId,
      name: `Amtlicher Regionalschlüssel ${region}`,
      extent: region,
      extent_type: "ags",
    })),
    attributes: serviceAttributes,
    service_at_locations: [serviceAtLocation],
  };
  return { service, location };
}

/**
 * Exports our dataset as HSDS 3.0 JSON: one organization per provider with its programs (MBE, JMD …),
 * locations and services; each office is a service with one service_at_location and its location.
 * Ids become stable UUIDs; our own ids, umbrellas, topics, channels, target groups and other fields
 * HSDS has no place for travel as attributes of the "beratungsfinder" taxonomy, so `fromHsds` reads
 * the export back without loss. Schedules hold Europe/Berlin wall-clock times stamped "+01:00"; their
 * description says they hold in summer time (+02:00) too.
 *
 * @example
 * const organizations = toHsds(dataset);
 * await writeFile("hsds.json", JSON.stringify(organizations, null, 2));
 */
export function toHsds(dataset: Pick<Dataset, "providers" | "offices">): HsdsOrganization[] {
  const byProvider = new Map<string, Office[]>();
  // Appended in place: spreading the list per office made a large provider's export quadratic.
  for (const office of dataset.offices) {
    const list = byProvider.get(office.providerId);
    if (list) list.push(office);
    else byProvider.set(office.providerId, [office]);
  }
  const providers: Provider[] = [...dataset.providers];
  const known = new Set(providers.map((provider) => provider.id));
  // Offices whose provider is missing still export, under a provider named by its id.
  for (const id of byProvider.keys()) {
    if (!known.has(id)) providers.push({ id, name: id, umbrella: "other" });
  }
  return providers.map((provider): HsdsOrganization => {
    const id = organizationId(provider);
    const offices = byProvider.get(provider.id) ?? [];
    const programmes = [...new Set(offices.flatMap((office) => office.programmes))];
    const programIds = new Map(
      programmes.map((programme) => [programme, hsdsId("program", provider.id, programme)]),
    );
    const built = offices.map((office) => officeRecords(office, provider, programIds));
    return {
      id,
      name: provider.name,
      description: `${provider.name}: Träger von ${offices.length} Beratungsstelle${offices.length === 1 ? "" : "n"}${programmes.length > 0 ? ` (${programmes.join(", ")})` : ""}.`,
      ...(provider.website ? { website: provider.website } : {}),
      organization_identifiers: [
        {
          id: hsdsId("organization_identifier", provider.id),
          organization_id: id,
          identifier_scheme: PROVIDER_ID_SCHEME,
          identifier_type: "provider id",
          identifier: provider.id,
        },
      ],
      // Built as plain records; the tests hold them to the official JSON Schemas and our Zod schemas.
      attributes: [
        attribute(id, "organization", "umbrella", provider.umbrella),
      ] as HsdsOrganization["attributes"],
      programs: programmes.map((programme) => ({
        id: programIds.get(programme)!,
        organization_id: id,
        name: PROGRAMME_NAMES[programme].name,
        alternate_name: programme,
        description: PROGRAMME_NAMES[programme].description,
      })),
      locations: built.map((entry) => entry.location) as HsdsOrganization["locations"],
      services: built.map((entry) => entry.service),
    };
  });
}

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

import type { Dataset, Office, Programme, Provider } from "@beratungsfinder/schemas";
import type { HsdsOrganization } from "@beratungsfinder/schemas/hsds";
import { languageCodeOf, STATE_NAMES } from "@beratungsfinder/schemas/vocabulary";
import { yesNo } from "../csv/office-csv.js";
import type { AttributeCode } from "./beratungsfinder-attributes.js";
import { attribute } from "./beratungsfinder-attributes.js";
import { OFFICE_ID_TYPE, PROVIDER_ID_SCHEME } from "./from-hsds.js";
import { hsdsId, isUuid } from "./hsds-id.js";
import type { HsdsRecord } from "./hsds-record.js";
import { exportOutreachSchedules, exportSchedules } from "./to-hsds-schedules.js";

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
  if (office.address?.municipalityKey) {
    locationAttributes.push(
      attribute(locationId, "location", "municipality-key", office.address.municipalityKey),
    );
  }
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

import type {
  Accessibility,
  Channel,
  Dataset,
  Office,
  OfficeInput,
  OpeningException,
  OpeningHours,
  Phone,
  Programme,
  Provider,
  Publisher,
  StateCode,
  TargetGroup,
  Topic,
  Umbrella,
} from "@beratungsfinder/schemas";
import {
  CHANNELS,
  PROGRAMMES,
  parseOffice,
  parseProvider,
  SCHEMA_VERSION,
  TARGET_GROUPS,
  TOPICS,
  UMBRELLAS,
} from "@beratungsfinder/schemas";
import { toLanguageCode } from "@beratungsfinder/schemas/vocabulary";
import { stateFromText } from "../csv/state-name.js";
import { jsonErrorPosition } from "../dataset/json-position.js";
import { DatasetParseError, DatasetValidationError } from "../errors.js";
import type { AttributeCode } from "./beratungsfinder-attributes.js";
import { readAttributes } from "./beratungsfinder-attributes.js";
import type { HsdsRecord } from "./hsds-record.js";
import { child, isRecord, numeric, records, text, where } from "./hsds-record.js";
import { importSchedules } from "./hsds-schedule.js";
import { nestTables } from "./hsds-tables.js";
import { detectProgrammes, detectUmbrella } from "./provider-umbrella.js";

/** The identifier scheme and external identifier type our export uses to carry our own ids. */
export const PROVIDER_ID_SCHEME = "beratungsfinder";
export const OFFICE_ID_TYPE = "beratungsfinder-office-id";

export interface FromHsdsOptions {
  /** Dataset name; default "Imported from HSDS". */
  name?: string;
  /** Default: the first organisation's name. */
  publisher?: Publisher;
  /** Default "unknown": HSDS data carries no licence, say which one applies. */
  license?: string;
  /** Language of HSDS `description` texts when no attribute says otherwise; default "de". */
  language?: string;
  /** The state for a German address without `state_province`, e.g. from the geocoder's PLZ lookup. */
  resolveState?: (postalCode: string) => StateCode | undefined;
  /** Clock for `generatedAt`. */
  now?: () => Date;
}

export interface FromHsdsResult {
  dataset: Dataset;
  /** What could not be mapped, each beginning with the HSDS path (or CSV file and line) it concerns. */
  warnings: string[];
  /**
   * Records left out whole because of a problem, each also in `warnings`: an office with an invalid
   * required field or an id already imported, a service_at_location without its service, a record that
   * is no HSDS object or of no kind we import, a CSV row that cannot be read (extra cells, an unclosed
   * quote). Like a CSV row left out, this is invalid data: the CLI exits with 1. What is left out of an
   * office that is kept (an address outside Germany, an unknown language) is a warning only.
   */
  invalid: number;
}

interface Context {
  options: FromHsdsOptions;
  warnings: string[];
  invalid: number;
  providers: Map<string, Provider>;
  offices: Office[];
  officeIds: Set<string>;
}

function phoneType(raw: string | undefined): Phone["type"] {
  if (!raw) return "voice";
  if (/fax/i.test(raw)) return "fax";
  if (/cell|mobile|mobil/i.test(raw)) return "mobile";
  if (/text|sms|messenger|whatsapp|signal|telegram/i.test(raw)) return "messenger";
  return "voice";
}

// An attribute holding JSON; a value that is not a JSON object is reported and left out.
function parseJsonAttribute(
  raw: string,
  what: string,
  path: string,
  ctx: Context,
): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value === "object" && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  ctx.warnings.push(`${path}.attributes: ${what} "${raw.slice(0, 60)}" is not a JSON object; left out`);
  return undefined;
}

function flag(value: string | undefined): boolean | "unknown" | undefined {
  if (value === undefined) return undefined;
  if (/^(true|yes|ja|1)$/i.test(value)) return true;
  if (/^(false|no|nein|0)$/i.test(value)) return false;
  return "unknown";
}

function values<T extends string>(
  attrs: Map<AttributeCode, string[]>,
  code: AttributeCode,
  allowed: readonly T[],
): T[] {
  return (attrs.get(code) ?? []).filter((value): value is T =>
    (allowed as readonly string[]).includes(value),
  );
}

function readProvider(
  organization: HsdsRecord | undefined,
  path: string,
  ctx: Context,
  service?: HsdsRecord,
): Provider {
  if (!organization) {
    const id = "hsds-unknown-provider";
    // Say per service what is missing: an organization_id that matches nothing, or no organization at all.
    const serviceId = text(service, "id");
    const organizationId = text(service, "organization_id");
    const missing = organizationId
      ? `names organization_id "${organizationId.slice(0, 80)}", which matches no organization in the input`
      : 'has no organization (neither an embedded "organization" nor an "organization_id")';
    ctx.warnings.push(
      `${path}: service${serviceId ? ` "${serviceId.slice(0, 80)}"` : ""} ${missing}; its offices are assigned to the provider "${id}"`,
    );
    if (!ctx.providers.has(id)) ctx.providers.set(id, { id, name: "Unbekannter Träger", umbrella: "other" });
    return ctx.providers.get(id)!;
  }
  const ours = records(organization, "organization_identifiers").find(
    (identifier) => text(identifier, "identifier_scheme") === PROVIDER_ID_SCHEME,
  );
  const id = text(ours, "identifier") ?? text(organization, "id") ?? "hsds-unknown-provider";
  const known = ctx.providers.get(id);
  if (known) return known;
  const name = text(organization, "name") ?? text(organization, "alternate_name") ?? id;
  const attrs = readAttributes(organization);
  const umbrella =
    values<Umbrella>(attrs, "umbrella", UMBRELLAS)[0] ??
    detectUmbrella(`${name} ${text(organization, "alternate_name") ?? ""}`);
  const websiteKey = text(organization, "website") === undefined ? "url" : "website";
  const website = text(organization, websiteKey);
  const draft: Provider = { id, name, umbrella, ...(website ? { website } : {}) };
  // A bad website is left out with a warning at its HSDS path; it never becomes the dataset's publisher.url.
  const checked = parseProvider(draft);
  const provider = checked.success ? checked.provider : draft;
  if (checked.success) {
    for (const issue of checked.dropped)
      ctx.warnings.push(`${path}.${websiteKey}: ${issue.message}; left out`);
  }
  ctx.providers.set(id, provider);
  return provider;
}

function readProgrammes(service: HsdsRecord, program: HsdsRecord | undefined): Programme[] {
  const fromAttributes = values<Programme>(readAttributes(service), "programme", PROGRAMMES);
  if (fromAttributes.length > 0) return fromAttributes;
  const programText = ["name", "alternate_name", "description"]
    .map((key) => text(program, key) ?? "")
    .join(" ");
  const fromProgram = detectProgrammes(programText);
  if (fromProgram.length > 0) return fromProgram;
  const fromService = detectProgrammes(
    `${text(service, "name") ?? ""} ${text(service, "alternate_name") ?? ""}`,
  );
  return fromService.length > 0 ? fromService : ["OTHER"];
}

function readAddress(
  location: HsdsRecord,
  path: string,
  ctx: Context,
): { address?: OfficeInput["address"]; german: boolean } {
  const addresses = records(location, "addresses");
  const chosen =
    addresses.find((address) => text(address, "address_type") === "physical") ??
    addresses.find((address) => text(address, "address_type") !== "virtual");
  if (!chosen) return { german: true };
  const index = addresses.indexOf(chosen);
  const addressPath = where(chosen, `${path}.addresses[${index}]`);
  const country = text(chosen, "country")?.toUpperCase();
  const postalCode = text(chosen, "postal_code")?.replace(/\s/g, "");
  const parts = ["address_1", "address_2", "city", "postal_code", "state_province", "country"]
    .map((key) => text(chosen, key))
    .filter(Boolean)
    .join(", ");
  // Our model holds German addresses only (PLZ, state); anything else is reported, not guessed.
  if (country && !["DE", "DEU", "GERMANY", "DEUTSCHLAND"].includes(country)) {
    ctx.warnings.push(
      `${addressPath}: the address is in "${country}", outside Germany; address and coordinates left out (${parts})`,
    );
    return { german: false };
  }
  if (!postalCode || !/^\d{5}$/.test(postalCode)) {
    ctx.warnings.push(
      `${addressPath}.postal_code: expected a 5-digit German postcode, received "${postalCode ?? ""}"; address left out (${parts})`,
    );
    return { german: false };
  }
  const stateText = text(chosen, "state_province") ?? text(chosen, "region");
  const state = (stateText && stateFromText(stateText)) || ctx.options.resolveState?.(postalCode);
  if (!state) {
    ctx.warnings.push(
      `${addressPath}.state_province: expected a German state such as "Nordrhein-Westfalen", received "${stateText ?? ""}"; address left out (${parts})`,
    );
    return { german: true };
  }
  const street = text(chosen, "address_1") ?? "";
  const addition = text(chosen, "address_2");
  return {
    address: {
      street,
      postalCode,
      city: text(chosen, "city") ?? "",
      state,
      ...(addition ? { addition } : {}),
    },
    german: true,
  };
}

function readAccessibility(location: HsdsRecord | undefined): Accessibility | undefined {
  const entries = records(location, "accessibility");
  const attrs = readAttributes(location);
  const stepFree = flag(attrs.get("step-free")?.[0]);
  const toilet = flag(attrs.get("accessible-toilet")?.[0]);
  const loop = flag(attrs.get("hearing-loop")?.[0]);
  if (entries.length === 0 && stepFree === undefined && toilet === undefined && loop === undefined)
    return undefined;
  const ours = stepFree !== undefined || toilet !== undefined || loop !== undefined;
  const descriptions = entries.map((entry) => text(entry, "description") ?? "").join(" ");
  const details = entries.map((entry) => text(entry, "details")).filter(Boolean) as string[];
  // Without our attributes, the words of the description are the only evidence.
  const says = (pattern: RegExp) => (pattern.test(descriptions) ? true : "unknown");
  const note = ours ? details.join(" ") : [descriptions.trim(), ...details].filter(Boolean).join(" ");
  return {
    stepFree: stepFree ?? says(/wheelchair|step-?free|stufenlos|rollstuhl|barrierefrei(er)? zugang/i),
    accessibleToilet:
      toilet ??
      says(/accessible (toilet|restroom|wc)|barrierefreies (wc|toilette)|rollstuhlgerechte? (wc|toilette)/i),
    hearingLoop: loop ?? says(/(induction|hearing) loop|induktionsschleife|höranlage/i),
    ...(note ? { note } : {}),
  };
}

function readPhones(sources: { list: HsdsRecord[]; path: string }[]): Phone[] {
  const phones: Phone[] = [];
  for (const { list } of sources) {
    for (const entry of list) {
      // The official examples quote numbers ("\"+44 1234 234567\""): the quotes are not part of it.
      const number = text(entry, "number")
        ?.replace(/^["']+|["']+$/g, "")
        .trim();
      if (!number || phones.some((phone) => phone.number === number)) continue;
      const extension = text(entry, "extension");
      const description = text(entry, "description");
      const note = [extension ? `Durchwahl ${extension}` : undefined, description]
        .filter(Boolean)
        .join(" – ");
      phones.push({ number, type: phoneType(text(entry, "type")), ...(note ? { note } : {}) });
    }
  }
  return phones;
}

const REGION_KEY = /^(?:\d{2}|\d{3}|\d{5}|\d{8}|\d{9}|\d{12})$/;

function readServiceAreas(service: HsdsRecord, path: string, ctx: Context): string[] {
  const keys: string[] = [];
  records(service, "service_areas").forEach((area, index) => {
    const candidates = [text(area, "extent"), text(area, "name")].filter(Boolean) as string[];
    const key = candidates.find((candidate) => REGION_KEY.test(candidate));
    if (key) {
      if (!keys.includes(key)) keys.push(key);
      return;
    }
    ctx.warnings.push(
      `${where(area, `${path}.service_areas[${index}]`)}: expected an official regional key (AGS/ARS) in extent or name, received ${text(area, "extent_type") ?? "text"} "${(text(area, "name") ?? text(area, "extent") ?? "").slice(0, 80)}"; left out`,
    );
  });
  return keys;
}

function readLanguages(sources: { list: HsdsRecord[]; path: string }[], ctx: Context) {
  const codes: string[] = [];
  const notes: string[] = [];
  for (const { list, path } of sources) {
    list.forEach((entry, index) => {
      const raw = text(entry, "code");
      const code = raw ? toLanguageCode(raw) : undefined;
      if (!code) {
        ctx.warnings.push(
          `${where(entry, `${path}[${index}]`)}.code: expected an ISO 639 language code, received "${raw ?? ""}"${text(entry, "name") ? ` (${text(entry, "name")})` : ""}; left out`,
        );
        return;
      }
      if (!codes.includes(code)) codes.push(code);
      const note = text(entry, "note");
      if (note && !notes.includes(note)) notes.push(note);
    });
  }
  return { codes, notes };
}

interface OfficeParts {
  service: HsdsRecord;
  servicePath: string;
  program?: HsdsRecord;
  serviceAtLocation?: HsdsRecord;
  salPath?: string;
  location?: HsdsRecord;
  locationPath?: string;
  provider: Provider;
}

// The id our export wrote, else the HSDS id of the service at location, else of the service.
function officeId(parts: OfficeParts): string {
  if (parts.location && text(parts.location, "external_identifier_type") === OFFICE_ID_TYPE) {
    const ours = text(parts.location, "external_identifier");
    if (ours) return ours;
  }
  return (
    text(parts.serviceAtLocation, "id") ??
    ([text(parts.service, "id"), text(parts.location, "id")].filter(Boolean).join("@") || "hsds-office")
  );
}

function officeName(service: HsdsRecord, location: HsdsRecord | undefined): string {
  const serviceName = text(service, "name");
  const locationName = text(location, "name");
  if (!serviceName) return locationName ?? "";
  if (!locationName || locationName === serviceName) return serviceName;
  return `${serviceName} (${locationName})`;
}

function buildOffice(parts: OfficeParts, ctx: Context): void {
  const { service, location, serviceAtLocation: sal, provider } = parts;
  const path = parts.salPath ?? parts.servicePath;
  const serviceAttrs = readAttributes(service);
  const office: OfficeInput = {
    id: officeId(parts),
    providerId: provider.id,
    name: officeName(service, location),
    programmes: readProgrammes(service, parts.program),
  };

  let german = true;
  if (location) {
    const locationPath = parts.locationPath ?? `${path}.location`;
    const read = readAddress(location, locationPath, ctx);
    german = read.german;
    if (read.address) office.address = read.address;
    const lat = numeric(location, "latitude");
    const lon = numeric(location, "longitude");
    // Coordinates of an address abroad are left out with it (already reported).
    if (lat !== undefined && lon !== undefined && german) office.geo = { lat, lon };
    const accessibility = readAccessibility(location);
    if (accessibility) office.accessibility = accessibility;
  }

  const phones = readPhones([
    { list: records(sal, "phones"), path: `${path}.phones` },
    { list: records(service, "phones"), path: `${parts.servicePath}.phones` },
    { list: records(location, "phones"), path: `${parts.locationPath}.phones` },
  ]);
  // Further role mailboxes come as contacts without a person's name; named contacts are personal data.
  const emails = [
    text(service, "email"),
    ...records(sal, "contacts")
      .filter((contact) => !text(contact, "name"))
      .map((contact) => text(contact, "email")),
  ]
    .filter((address): address is string => address !== undefined)
    .filter((address, index, all) => all.indexOf(address) === index);
  const website = text(service, "url") ?? text(location, "url");
  const bookingUrl = serviceAttrs.get("booking-url")?.[0];
  office.contact = {
    phones,
    emails,
    ...(website ? { website } : {}),
    ...(bookingUrl ? { bookingUrl } : {}),
  };

  // The most specific schedules win: service at location, then service, then location.
  const scheduleSource = [
    { list: records(sal, "schedules"), path: `${path}.schedules` },
    { list: records(service, "schedules"), path: `${parts.servicePath}.schedules` },
    { list: records(location, "schedules"), path: `${parts.locationPath}.schedules` },
  ].find((source) => source.list.length > 0);
  const schedules = scheduleSource
    ? importSchedules(scheduleSource.list, scheduleSource.path, ctx.warnings)
    : undefined;
  const exceptions: OpeningException[] = [];
  for (const raw of serviceAttrs.get("opening-exception") ?? []) {
    try {
      exceptions.push(JSON.parse(raw) as OpeningException);
    } catch {
      ctx.warnings.push(
        `${parts.servicePath}.attributes: opening exception "${raw.slice(0, 60)}" is not JSON; left out`,
      );
    }
  }
  const appointmentOnly = flag(serviceAttrs.get("appointment-only")?.[0]) === true;
  const temporarilyClosed = text(service, "status") === "temporarily closed";
  // Schedules that were all outreach hours give no opening hours of the office itself.
  const weeklySchedules =
    schedules && !(schedules.recurring.length > 0 && Object.keys(schedules.weekly).length === 0);
  if (
    weeklySchedules ||
    exceptions.length > 0 ||
    appointmentOnly ||
    temporarilyClosed ||
    serviceAttrs.has("opening-note")
  ) {
    const note = serviceAttrs.get("opening-note")?.[0] ?? schedules?.notes.join(" ");
    const hours: OpeningHours = {
      weekly: schedules?.weekly ?? {},
      exceptions,
      appointmentOnly,
      temporarilyClosed,
      ...(note ? { note } : {}),
    };
    office.openingHours = hours;
  }
  if (text(service, "status") === "inactive" || text(service, "status") === "defunct") {
    ctx.warnings.push(
      `${parts.servicePath}.status: the service is "${text(service, "status")}"; imported, check whether to keep it`,
    );
  }

  const languages = readLanguages(
    [
      { list: records(service, "languages"), path: `${parts.servicePath}.languages` },
      { list: records(location, "languages"), path: `${parts.locationPath}.languages` },
    ],
    ctx,
  );
  // Language offers (mode, note) travel in our attribute; HSDS languages carry only the code and a note.
  const offers = new Map<string, Record<string, unknown>>();
  for (const raw of serviceAttrs.get("language-offer") ?? []) {
    const offer = parseJsonAttribute(raw, "language offer", parts.servicePath, ctx);
    if (offer && typeof offer.code === "string") offers.set(offer.code, offer);
  }
  office.languages = languages.codes.map((code) => (offers.get(code) ?? code) as string);
  const offerNotes = new Set([...offers.values()].map((offer) => offer.note));
  const languageNote =
    serviceAttrs.get("language-note")?.[0] ??
    (languages.notes.filter((note) => !offerNotes.has(note)).join(" ") || undefined);
  if (languageNote) office.languageNote = languageNote;

  const places = (serviceAttrs.get("outreach") ?? [])
    .map((raw) => parseJsonAttribute(raw, "outreach place", parts.servicePath, ctx))
    .filter((place) => place !== undefined);
  if (places.length > 0) office.outreach = places as unknown as OfficeInput["outreach"];
  else if (schedules && schedules.recurring.length > 0) {
    // Monthly or two-weekly hours of another HSDS publisher: outreach hours at the service's own location.
    if (office.address) {
      office.outreach = [
        {
          name: text(location, "name") ?? office.name,
          address: office.address,
          ...(office.geo ? { geo: office.geo } : {}),
          slots: schedules.recurring,
        },
      ];
    } else {
      ctx.warnings.push(
        `${scheduleSource?.path}: monthly or two-weekly schedules need the location's address to be held as outreach hours; left out`,
      );
    }
  }
  const woman = flag(serviceAttrs.get("woman-counsellor")?.[0]);
  if (woman !== undefined) office.womanCounsellor = woman;
  const free = flag(serviceAttrs.get("free-of-charge")?.[0]);
  if (free === true || free === false) office.freeOfCharge = free;
  const intakeRaw = serviceAttrs.get("intake")?.[0];
  const intake = intakeRaw ? parseJsonAttribute(intakeRaw, "intake", parts.servicePath, ctx) : undefined;
  if (intake) office.intake = intake as unknown as OfficeInput["intake"];

  const describedBy = serviceAttrs.get("description")?.[0];
  let description: Record<string, string> | undefined;
  if (describedBy) {
    try {
      description = JSON.parse(describedBy) as Record<string, string>;
    } catch {
      description = undefined;
    }
  }
  const serviceDescription = text(service, "description");
  if (!description && serviceDescription)
    description = { [ctx.options.language ?? "de"]: serviceDescription };
  if (description) office.description = description;

  office.serviceArea = readServiceAreas(service, parts.servicePath, ctx);
  office.topics = values<Topic>(serviceAttrs, "topic", TOPICS);
  office.targetGroups = values<TargetGroup>(serviceAttrs, "target-group", TARGET_GROUPS);
  const channels = values<Channel>(serviceAttrs, "channel", CHANNELS);
  // Without our attribute, a physical location with a German address is visited in person.
  office.channels =
    channels.length > 0 || serviceAttrs.has("channel")
      ? channels
      : office.address && text(location, "location_type") !== "virtual"
        ? ["in-person"]
        : [];
  const min = numeric(service, "minimum_age");
  const max = numeric(service, "maximum_age");
  if (min !== undefined || max !== undefined) {
    office.ageRange = {
      ...(min !== undefined ? { min: Math.floor(min) } : {}),
      ...(max !== undefined ? { max: Math.floor(max) } : {}),
    };
  }
  const assured = text(service, "assured_date");
  if (assured && /^\d{4}-\d{2}-\d{2}$/.test(assured)) office.lastVerified = assured;
  const source = serviceAttrs.get("source")?.[0];
  if (source) office.source = source;
  if (flag(serviceAttrs.get("fictional")?.[0]) === true) office.fictional = true;

  if (ctx.officeIds.has(office.id)) {
    leftOut(
      ctx,
      `${path}: the office "${office.id}" was already imported from another part of the input; left out`,
    );
    return;
  }
  const valid = salvage(office, path, ctx);
  if (valid) {
    ctx.officeIds.add(valid.id);
    ctx.offices.push(valid);
  }
}

const OPTIONAL_TOP_LEVEL = new Set([
  "description",
  "address",
  "geo",
  "openingHours",
  "languageNote",
  "ageRange",
  "accessibility",
  "lastVerified",
  "source",
  "fictional",
]);

function segments(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g)].map((match) =>
    match[2] !== undefined ? Number(match[2]) : (match[1] ?? match[3] ?? ""),
  );
}

/**
 * Validates an office and, instead of rejecting it for one bad value, leaves that value out (the
 * list item, or the optional field that holds it) and says so. Only an office without id, name or
 * programme is dropped.
 */
function salvage(office: OfficeInput, path: string, ctx: Context): Office | undefined {
  const draft = structuredClone(office) as Record<string, unknown>;
  for (let attempt = 0; attempt < 50; attempt++) {
    const result = parseOffice(draft);
    if (result.success) return result.office;
    const issue = result.issues[0]!;
    const parts = segments(issue.path);
    const indexAt = parts.findIndex((part) => typeof part === "number");
    let container: unknown = draft;
    let removed = false;
    if (indexAt > 0) {
      for (const part of parts.slice(0, indexAt))
        container = (container as Record<string, unknown>)?.[part as string];
      if (Array.isArray(container)) {
        container.splice(parts[indexAt] as number, 1);
        removed = true;
      }
    }
    if (!removed) {
      const top = parts[0];
      if (typeof top === "string" && OPTIONAL_TOP_LEVEL.has(top)) {
        delete draft[top];
        removed = true;
      } else if (top === "contact" && (parts[1] === "website" || parts[1] === "bookingUrl")) {
        delete (draft.contact as Record<string, unknown>)[parts[1]];
        removed = true;
      }
    }
    if (!removed) {
      leftOut(ctx, `${path}: office "${String(draft.id)}" left out: ${issue.path}: ${issue.message}`);
      return undefined;
    }
    ctx.warnings.push(`${path}: ${issue.path} ${issue.message}; left out`);
  }
  return undefined;
}

type Kind = "organization" | "service" | "service_at_location" | "location" | "other";

function kindOf(record: HsdsRecord): Kind {
  if (child(record, "service") || (child(record, "location") && record.name === undefined))
    return "service_at_location";
  if ("service_id" in record && "location_id" in record && record.name === undefined)
    return "service_at_location";
  if (
    "status" in record ||
    "service_at_locations" in record ||
    "program" in record ||
    "program_id" in record ||
    "eligibility_description" in record ||
    child(record, "organization")
  ) {
    return "service";
  }
  if (
    [
      "services",
      "locations",
      "programs",
      "organization_identifiers",
      "website",
      "legal_status",
      "tax_status",
    ].some((key) => key in record) ||
    "year_incorporated" in record
  ) {
    return "organization";
  }
  if ("location_type" in record || "addresses" in record || "latitude" in record) return "location";
  return "other";
}

function importService(
  service: HsdsRecord,
  path: string,
  ctx: Context,
  parent?: {
    provider: Provider;
    programs: Map<string, HsdsRecord>;
    locations: Map<string, HsdsRecord>;
    linked: Set<string>;
  },
): void {
  const provider =
    parent?.provider ?? readProvider(child(service, "organization"), where(service, path), ctx, service);
  const program =
    child(service, "program") ??
    (text(service, "program_id") ? parent?.programs.get(text(service, "program_id")!) : undefined);
  const sals = records(service, "service_at_locations");
  if (sals.length === 0) {
    buildOffice({ service, servicePath: where(service, path), program, provider }, ctx);
    return;
  }
  sals.forEach((sal, index) => {
    const salPath = where(sal, `${path}.service_at_locations[${index}]`);
    const locationId = text(sal, "location_id") ?? text(child(sal, "location"), "id");
    const location = child(sal, "location") ?? (locationId ? parent?.locations.get(locationId) : undefined);
    if (locationId) parent?.linked.add(locationId);
    if (!location)
      ctx.warnings.push(
        `${salPath}: no location found${locationId ? ` for location_id "${locationId}"` : ""}; office imported without address`,
      );
    buildOffice(
      {
        service,
        servicePath: where(service, path),
        program,
        serviceAtLocation: sal,
        salPath,
        location,
        locationPath: location
          ? where(location, child(sal, "location") ? `${salPath}.location` : `location "${locationId}"`)
          : undefined,
        provider,
      },
      ctx,
    );
  });
}

function importOrganization(organization: HsdsRecord, path: string, ctx: Context): void {
  const provider = readProvider(organization, where(organization, path), ctx);
  const programs = new Map(
    records(organization, "programs").map((program) => [text(program, "id") ?? "", program]),
  );
  const locations = new Map(
    records(organization, "locations").map((location) => [text(location, "id") ?? "", location]),
  );
  const linked = new Set<string>();
  records(organization, "services").forEach((service, index) => {
    importService(service, `${path}.services[${index}]`, ctx, { provider, programs, locations, linked });
  });
  records(organization, "locations").forEach((location, index) => {
    const id = text(location, "id");
    if (id && !linked.has(id)) {
      ctx.warnings.push(
        `${where(location, `${path}.locations[${index}]`)}: location "${text(location, "name") ?? id}" is linked to no service (service_at_location); left out`,
      );
    }
  });
}

function importServiceAtLocation(sal: HsdsRecord, path: string, ctx: Context): void {
  const service = child(sal, "service");
  if (!service) {
    leftOut(ctx, `${path}: a service_at_location without its service cannot become an office; left out`);
    return;
  }
  const { service_at_locations: _ignored, ...serviceOnly } = service;
  importService({ ...serviceOnly, service_at_locations: [sal] }, `${path}.service`, ctx);
}

// Pages of pages are legal HSDS, but no real API nests them deeper than this; 30,000 levels would
// exhaust the call stack.
const MAX_CONTENTS_DEPTH = 32;

function importItem(item: unknown, path: string, ctx: Context, depth = 0): void {
  if (!isRecord(item)) {
    leftOut(
      ctx,
      `${path}: expected an HSDS object, received ${Array.isArray(item) ? "a list" : typeof item}; left out`,
    );
    return;
  }
  if (Array.isArray(item.contents)) {
    if (depth >= MAX_CONTENTS_DEPTH) {
      leftOut(ctx, `${path}: "contents" nested more than ${MAX_CONTENTS_DEPTH} levels deep; left out`);
      return;
    }
    item.contents.forEach((entry, index) => {
      importItem(entry, `${path}.contents[${index}]`, ctx, depth + 1);
    });
    return;
  }
  const kind = kindOf(item);
  if (kind === "organization") importOrganization(item, path, ctx);
  else if (kind === "service") importService(item, path, ctx);
  else if (kind === "service_at_location") importServiceAtLocation(item, path, ctx);
  else if (kind === "location") {
    leftOut(
      ctx,
      `${path}: a location on its own names no service or programme; left out (import the organization or service_at_location instead)`,
    );
  } else {
    leftOut(
      ctx,
      `${path}: not an organization, service or service_at_location (keys: ${Object.keys(item).slice(0, 6).join(", ")}); left out`,
    );
  }
}

/** A whole record left out: a warning, and counted as invalid. */
function leftOut(ctx: Context, warning: string): void {
  ctx.warnings.push(warning);
  ctx.invalid += 1;
}

function finish(ctx: Context): FromHsdsResult {
  const options = ctx.options;
  const providers = [...ctx.providers.values()];
  const firstProvider = providers[0];
  const fictional = ctx.offices.length > 0 && ctx.offices.every((office) => office.fictional === true);
  const dataset: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    name: options.name ?? "Imported from HSDS",
    publisher: options.publisher ?? {
      name: firstProvider?.name ?? "unknown",
      ...(firstProvider?.website ? { url: firstProvider.website } : {}),
    },
    license: options.license ?? "unknown",
    generatedAt: (options.now?.() ?? new Date()).toISOString(),
    fictional,
    providers,
    offices: ctx.offices,
  };
  return { dataset, warnings: ctx.warnings, invalid: ctx.invalid };
}

function createContext(options: FromHsdsOptions): Context {
  return { options, warnings: [], invalid: 0, providers: new Map(), offices: [], officeIds: new Set() };
}

/**
 * Imports HSDS 3.0 JSON: an organization (with services, locations and programs), a service, a
 * service_at_location, a paginated list (`{ contents: [...] }`) or an array of any of them, as an
 * object or JSON text. Every service at a location becomes an office; organizations become providers.
 * What our model cannot hold is left out and listed in `warnings` with its HSDS path, and so are
 * addresses outside Germany (the office is kept, without address and coordinates).
 *
 * @example
 * const { dataset, warnings } = fromHsds(await (await fetch("/hsds/organizations/1?full=true")).json());
 */
export function fromHsds(input: unknown, options: FromHsdsOptions = {}): FromHsdsResult {
  let value = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input);
    } catch (error) {
      const where = jsonErrorPosition(error, input);
      const at = where ? ` at line ${where.line}, column ${where.column}` : "";
      throw new DatasetParseError(`The HSDS input is not JSON${at}: ${(error as Error).message}`, {
        cause: error,
        ...where,
      });
    }
  }
  if (!Array.isArray(value) && !isRecord(value)) {
    throw new DatasetValidationError(
      "INVALID_HSDS",
      `Expected HSDS JSON (an organization, service, service_at_location, a list with "contents" or an array), received ${value === null ? "null" : typeof value}`,
    );
  }
  const ctx = createContext(options);
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      importItem(item, `[${index}]`, ctx);
    });
  } else if (Object.keys(value).some((key) => key.endsWith(".csv"))) {
    // The tabular form as JSON (the official tabular.json): rows by file name.
    return fromHsdsTables(value as Record<string, unknown[]>, options);
  } else importItem(value, kindOf(value) === "other" ? "(root)" : kindOf(value), ctx);
  return finish(ctx);
}

/**
 * Imports the HSDS 3.0 Tabular Data Package: CSV text (or parsed rows) by table name, such as
 * `{ "organizations.csv": "id,name,…", "services.csv": "…" }` (`readHsdsPackage(dir)` from
 * `@beratungsfinder/cli` reads a folder). The tables are joined by their ids and imported as
 * `fromHsds` does; warnings name the file and line.
 *
 * @example
 * const { dataset, warnings } = fromHsdsTables(await readHsdsPackage("./hsds-export"));
 */
export function fromHsdsTables(
  tables: Record<string, string | unknown[]>,
  options: FromHsdsOptions = {},
): FromHsdsResult {
  const ctx = createContext(options);
  const { items, warnings, invalid } = nestTables(tables);
  ctx.warnings.push(...warnings);
  ctx.invalid += invalid;
  for (const item of items) importItem(item, kindOf(item), ctx);
  return finish(ctx);
}

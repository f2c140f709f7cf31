/** HSDS import: one office built from its service, location and organisation, and salvaged when a field is invalid. */
import type {
  Channel,
  Office,
  OfficeInput,
  OpeningException,
  OpeningHours,
  Provider,
  TargetGroup,
  Topic,
} from "@beratungsfinder/schemas";
import { CHANNELS, parseOffice, TARGET_GROUPS, TOPICS } from "@beratungsfinder/schemas";
import { readAttributes } from "./beratungsfinder-attributes.js";
import { type Context, leftOut, OFFICE_ID_TYPE } from "./from-hsds-context.js";
import {
  flag,
  parseJsonAttribute,
  readAccessibility,
  readAddress,
  readLanguages,
  readPhones,
  readProgrammes,
  readServiceAreas,
  values,
} from "./from-hsds-fields.js";
import type { HsdsRecord } from "./hsds-record.js";
import { numeric, records, text } from "./hsds-record.js";
import { importSchedules } from "./hsds-schedule.js";

export interface OfficeParts {
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
export function officeId(parts: OfficeParts): string {
  if (parts.location && text(parts.location, "external_identifier_type") === OFFICE_ID_TYPE) {
    const ours = text(parts.location, "external_identifier");
    if (ours) return ours;
  }
  return (
    text(parts.serviceAtLocation, "id") ??
    ([text(parts.service, "id"), text(parts.location, "id")].filter(Boolean).join("@") || "hsds-office")
  );
}

export function officeName(service: HsdsRecord, location: HsdsRecord | undefined): string {
  const serviceName = text(service, "name");
  const locationName = text(location, "name");
  if (!serviceName) return locationName ?? "";
  if (!locationName || locationName === serviceName) return serviceName;
  return `${serviceName} (${locationName})`;
}

export function buildOffice(parts: OfficeParts, ctx: Context): void {
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
    const key = readAttributes(location).get("municipality-key")?.[0];
    if (key !== undefined && office.address) {
      if (/^\d{8}$/.test(key)) office.address.municipalityKey = key;
      else
        ctx.warnings.push(
          `${locationPath}.attributes: municipality-key: expected an 8-digit municipality key (AGS) such as "05315000", received "${key}"; left out`,
        );
    }
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
      "duplicate_id",
      path,
      `the office "${office.id}" was already imported from another part of the input`,
    );
    return;
  }
  const valid = salvage(office, path, ctx);
  if (valid) {
    ctx.officeIds.add(valid.id);
    ctx.offices.push(valid);
  }
}

export const OPTIONAL_TOP_LEVEL = new Set([
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

export function segments(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g)].map((match) =>
    match[2] !== undefined ? Number(match[2]) : (match[1] ?? match[3] ?? ""),
  );
}

/**
 * Validates an office and, instead of rejecting it for one bad value, leaves that value out (the
 * list item, or the optional field that holds it) and says so. Only an office without id, name or
 * programme is dropped.
 */
export function salvage(office: OfficeInput, path: string, ctx: Context): Office | undefined {
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
      const message = `office "${String(draft.id)}" left out: ${issue.path}: ${issue.message}`;
      leftOut(ctx, issue.code, path, message, `${path}: ${message}`);
      return undefined;
    }
    ctx.warnings.push(`${path}: ${issue.path} ${issue.message}; left out`);
  }
  return undefined;
}

/** HSDS import: reading single fields of HSDS records (provider, programmes, address, phones, languages, areas). */
import type {
  Accessibility,
  OfficeInput,
  Phone,
  Programme,
  Provider,
  Umbrella,
} from "@beratungsfinder/schemas";
import { PROGRAMMES, parseProvider, UMBRELLAS } from "@beratungsfinder/schemas";
import { toLanguageCode } from "@beratungsfinder/schemas/vocabulary";
import { stateFromText } from "../csv/state-name.js";
import type { AttributeCode } from "./beratungsfinder-attributes.js";
import { readAttributes } from "./beratungsfinder-attributes.js";
import type { Context } from "./from-hsds-context.js";
import { PROVIDER_ID_SCHEME } from "./from-hsds-context.js";
import type { HsdsRecord } from "./hsds-record.js";
import { records, text, where } from "./hsds-record.js";
import { detectProgrammes, detectUmbrella } from "./provider-umbrella.js";

export function phoneType(raw: string | undefined): Phone["type"] {
  if (!raw) return "voice";
  if (/fax/i.test(raw)) return "fax";
  if (/cell|mobile|mobil/i.test(raw)) return "mobile";
  if (/text|sms|messenger|whatsapp|signal|telegram/i.test(raw)) return "messenger";
  return "voice";
}

// An attribute holding JSON; a value that is not a JSON object is reported and left out.
export function parseJsonAttribute(
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

export function flag(value: string | undefined): boolean | "unknown" | undefined {
  if (value === undefined) return undefined;
  if (/^(true|yes|ja|1)$/i.test(value)) return true;
  if (/^(false|no|nein|0)$/i.test(value)) return false;
  return "unknown";
}

export function values<T extends string>(
  attrs: Map<AttributeCode, string[]>,
  code: AttributeCode,
  allowed: readonly T[],
): T[] {
  return (attrs.get(code) ?? []).filter((value): value is T =>
    (allowed as readonly string[]).includes(value),
  );
}

export function readProvider(
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

export function readProgrammes(service: HsdsRecord, program: HsdsRecord | undefined): Programme[] {
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

export function readAddress(
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

export function readAccessibility(location: HsdsRecord | undefined): Accessibility | undefined {
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

export function readPhones(sources: { list: HsdsRecord[]; path: string }[]): Phone[] {
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

export const REGION_KEY = /^(?:\d{2}|\d{3}|\d{5}|\d{8}|\d{9}|\d{12})$/;

export function readServiceAreas(service: HsdsRecord, path: string, ctx: Context): string[] {
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

export function readLanguages(sources: { list: HsdsRecord[]; path: string }[], ctx: Context) {
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

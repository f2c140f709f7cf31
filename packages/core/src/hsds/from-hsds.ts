import type { Dataset, Provider } from "@beratungsfinder/schemas";
import { SCHEMA_VERSION } from "@beratungsfinder/schemas";
import { jsonErrorPosition } from "../dataset/json-position.js";
import { DatasetParseError, DatasetValidationError } from "../errors.js";
import { type Context, type FromHsdsOptions, type FromHsdsResult, leftOut } from "./from-hsds-context.js";
import { readProvider } from "./from-hsds-fields.js";
import { buildOffice } from "./from-hsds-office.js";
import type { HsdsRecord } from "./hsds-record.js";
import { child, isRecord, records, text, where } from "./hsds-record.js";
import { nestTables } from "./hsds-tables.js";

export type { FromHsdsOptions, FromHsdsResult } from "./from-hsds-context.js";

export { OFFICE_ID_TYPE, PROVIDER_ID_SCHEME } from "./from-hsds-context.js";

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
    leftOut(
      ctx,
      "missing_service",
      path,
      "a service_at_location without its service cannot become an office",
    );
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
    const received = Array.isArray(item) ? "a list" : typeof item;
    leftOut(ctx, "not_an_hsds_record", path, `expected an HSDS object, received ${received}`);
    return;
  }
  if (Array.isArray(item.contents)) {
    if (depth >= MAX_CONTENTS_DEPTH) {
      leftOut(ctx, "nested_too_deep", path, `"contents" nested more than ${MAX_CONTENTS_DEPTH} levels deep`);
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
      "unsupported_record",
      path,
      "a location on its own names no service or programme",
      `${path}: a location on its own names no service or programme; left out (import the organization or service_at_location instead)`,
    );
  } else {
    const keys = Object.keys(item).slice(0, 6).join(", ");
    leftOut(
      ctx,
      "unsupported_record",
      path,
      `not an organization, service or service_at_location (keys: ${keys})`,
    );
  }
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
  return { value: dataset, dataset, issues: ctx.issues, warnings: ctx.warnings, invalid: ctx.issues.length };
}

function createContext(options: FromHsdsOptions): Context {
  return { options, warnings: [], issues: [], providers: new Map(), offices: [], officeIds: new Set() };
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
  const { items, warnings, issues } = nestTables(tables);
  ctx.warnings.push(...warnings);
  ctx.issues.push(...issues);
  for (const item of items) importItem(item, kindOf(item), ctx);
  return finish(ctx);
}

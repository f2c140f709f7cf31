// The official HSDS 3.0 examples, kept as test fixtures in <repo>/fixtures/hsds-3.0 (CC BY-SA 4.0).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { toReadableIssues } from "../issues.js";
import {
  HsdsAccessibility,
  HsdsAddress,
  HsdsApiInfo,
  HsdsAttribute,
  HsdsContact,
  HsdsLanguage,
  HsdsLocation,
  HsdsMetadata,
  HsdsOrganization,
  HsdsPhone,
  HsdsProgram,
  HsdsRecord,
  HsdsSchedule,
  HsdsService,
  HsdsServiceArea,
  HsdsServiceAtLocation,
  HsdsTaxonomy,
  HsdsTaxonomyTerm,
  hsdsPage,
} from "./index.js";

const examples = join(import.meta.dirname, "..", "..", "..", "..", "fixtures", "hsds-3.0", "examples");

function example(file: string): unknown {
  return JSON.parse(readFileSync(join(examples, file), "utf8"));
}

function issuesOf(schema: z.ZodMiniType, input: unknown): string[] {
  const result = z.safeParse(schema, input, { reportInput: true });
  return result.success
    ? []
    : toReadableIssues(result.error.issues).map((issue) => `${issue.path}: ${issue.message}`);
}

const EXAMPLES: [string, z.ZodMiniType][] = [
  ["base.json", HsdsApiInfo],
  ["organization_full.json", HsdsOrganization],
  ["organization_list.json", hsdsPage(HsdsOrganization)],
  ["service_full.json", HsdsService],
  ["service_list.json", hsdsPage(HsdsService)],
  ["location.json", HsdsLocation],
  ["service_at_location_full.json", HsdsServiceAtLocation],
  ["service_at_location_list.json", hsdsPage(HsdsServiceAtLocation)],
  ["taxonomy.json", HsdsTaxonomy],
  ["taxonomy_list.json", hsdsPage(HsdsTaxonomy)],
  ["taxonomy_term.json", HsdsTaxonomyTerm],
  ["taxonomy_term_list.json", hsdsPage(HsdsTaxonomyTerm)],
];

const TABLES: Record<string, z.ZodMiniType> = {
  "organizations.csv": HsdsOrganization,
  "programs.csv": HsdsProgram,
  "services.csv": HsdsService,
  "attributes.csv": HsdsAttribute,
  "service_at_location.csv": HsdsServiceAtLocation,
  "locations.csv": HsdsLocation,
  "phones.csv": HsdsPhone,
  "contacts.csv": HsdsContact,
  "addresses.csv": HsdsAddress,
  "schedules.csv": HsdsSchedule,
  "funding.csv": HsdsRecord,
  "service_areas.csv": HsdsServiceArea,
  "required_documents.csv": HsdsRecord,
  "languages.csv": HsdsLanguage,
  "accessibility.csv": HsdsAccessibility,
  "taxonomy_terms.csv": HsdsTaxonomyTerm,
  "metadata.csv": HsdsMetadata,
  "meta_table_descriptions.csv": HsdsRecord,
  "cost_options.csv": HsdsRecord,
  "organization_identifiers.csv": HsdsRecord,
  "taxonomies.csv": HsdsTaxonomy,
};

describe("the official HSDS 3.0 examples", () => {
  it("are all covered by this test", () => {
    const files = readFileSyncDir().filter((file) => file.endsWith(".json"));
    expect(files.sort()).toEqual([...EXAMPLES.map(([file]) => file), "tabular.json"].sort());
  });

  it.each(EXAMPLES)("%s parses", (file, schema) => {
    expect(issuesOf(schema, example(file))).toEqual([]);
  });

  it("keep their nested records", () => {
    const service = z.parse(HsdsService, example("service_full.json"));
    expect(service.schedules?.length).toBeGreaterThan(0);
    expect(service.service_at_locations?.[0]?.location?.addresses?.[0]?.address_1).toEqual(
      expect.any(String),
    );
    expect(service.languages?.map((language) => language.code)).toContain("ur");
  });

  it("tabular.json: every row of every table parses", () => {
    const tables = example("tabular.json") as Record<string, unknown[]>;
    expect(Object.keys(tables).sort()).toEqual(Object.keys(TABLES).sort());
    for (const [table, rows] of Object.entries(tables)) {
      rows.forEach((row, index) => {
        expect(issuesOf(TABLES[table]!, row), `${table}[${index}]`).toEqual([]);
      });
    }
  });
});

describe("HSDS schemas", () => {
  it("allow fields they do not know", () => {
    expect(z.parse(HsdsPhone, { id: "1", number: "030 23125123", x_extension: true })).toHaveProperty(
      "x_extension",
    );
  });

  it("reject a record without its required fields or with a wrong enumeration value", () => {
    expect(issuesOf(HsdsLocation, { id: "1", location_type: "mobile" })).toEqual([
      'location_type: expected one of "physical", "postal", "virtual", received "mobile"',
    ]);
    expect(issuesOf(HsdsService, { id: "1", name: "x" })).toHaveLength(1);
    expect(issuesOf(HsdsAddress, { id: "1" })).toHaveLength(6);
  });
});

function readFileSyncDir(): string[] {
  return readdirSync(examples);
}

import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { invalidFixtures, validFixtures } from "../src/fixtures/load-fixtures.js";
import { DatasetSchema, OfficeSchema } from "../src/index.js";
import { DOCUMENTED_OBJECTS } from "./field-descriptions.js";
import { datasetJsonSchema, type JsonSchema, officeJsonSchema } from "./json-schema.js";

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const validateDataset = ajv.compile(datasetJsonSchema());
const validateOffice = ajv.compile(officeJsonSchema());

describe("JSON Schema and Zod agree", () => {
  it.each(validFixtures().map((fixture) => [fixture.name, fixture.dataset] as const))(
    "both accept the valid fixture %s",
    (_, dataset) => {
      expect(z.safeParse(DatasetSchema, dataset).success).toBe(true);
      expect(validateDataset(dataset), ajv.errorsText(validateDataset.errors)).toBe(true);
      for (const office of dataset.offices)
        expect(validateOffice(office), ajv.errorsText(validateOffice.errors)).toBe(true);
    },
  );

  const same = invalidFixtures().filter((fixture) => fixture.jsonSchema === "same");
  it.each(same.map((fixture) => [fixture.name, fixture] as const))("both reject %s", (_, fixture) => {
    expect(z.safeParse(DatasetSchema, fixture.dataset).success).toBe(false);
    expect(validateDataset(fixture.dataset)).toBe(false);
    expect(z.safeParse(OfficeSchema, fixture.office).success).toBe(false);
    expect(validateOffice(fixture.office)).toBe(false);
  });

  it("report the failing field at the same place", () => {
    // ajv's instancePath "/offices/1/address/postalCode" is our "offices[1].address.postalCode".
    for (const fixture of same) {
      validateDataset(fixture.dataset);
      const paths = new Set(
        (validateDataset.errors ?? []).map((error) =>
          error.instancePath
            .split("/")
            .slice(1)
            .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
            .join("")
            .replace(/^\./, ""),
        ),
      );
      for (const path of fixture.expectedPaths) {
        // ajv names a record's object for a bad key (description), we name the key itself.
        const covered = [...paths].some(
          (ajvPath) => ajvPath === path || (ajvPath !== "" && path.startsWith(`${ajvPath}.`)),
        );
        expect(covered, `${fixture.name}: ${path} not among ${[...paths].join(", ")}`).toBe(true);
      }
    }
  });

  // Rules JSON Schema cannot state, listed so the gap is explicit: comparing two fields (a slot's end
  // after its start, ordered date and age ranges, no slots on closed days), comparing array items (no
  // overlapping slots), and rules across records (providerId names a provider, unique ids). Zod checks
  // them; the JSON Schema accepts such data, and this test fails if that ever changes unnoticed.
  const gaps = invalidFixtures().filter((fixture) => fixture.jsonSchema !== "same");
  it("lists the gaps explicitly", () => {
    expect(gaps.map((fixture) => `${fixture.jsonSchema}: ${fixture.name}`).sort()).toEqual([
      "cross-record: duplicate-office-id",
      "cross-record: unknown-provider",
      "not-expressible: age-range-reversed",
      "not-expressible: exception-closed-with-slots",
      "not-expressible: exception-ends-before-start",
      "not-expressible: slot-ends-before-start",
      "not-expressible: slots-overlap",
    ]);
  });

  it.each(gaps.map((fixture) => [fixture.name, fixture] as const))("only Zod rejects %s", (_, fixture) => {
    expect(z.safeParse(DatasetSchema, fixture.dataset).success).toBe(false);
    expect(validateDataset(fixture.dataset), ajv.errorsText(validateDataset.errors)).toBe(true);
  });
});

describe("the generated JSON Schema", () => {
  it("is draft 2020-12 and describes the input side (defaulted fields are optional)", () => {
    const schema = officeJsonSchema();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.required).toEqual(["id", "providerId", "name", "programmes"]);
  });

  it("describes every field of every documented object, and only fields that exist", () => {
    const defs = datasetJsonSchema().$defs as Record<string, JsonSchema>;
    for (const documented of DOCUMENTED_OBJECTS) {
      const shapeKeys = Object.keys(documented.schema.def.shape).sort();
      expect(Object.keys(documented.fields).sort(), documented.id).toEqual(shapeKeys);
      const json = documented.id === "Dataset" ? datasetJsonSchema() : defs[documented.id];
      expect(json?.description, documented.id).toBe(documented.summary);
      for (const [key, property] of Object.entries((json?.properties ?? {}) as Record<string, JsonSchema>)) {
        expect(property.description, `${documented.id}.${key}`).toBe(documented.fields[key]);
      }
    }
  });
});

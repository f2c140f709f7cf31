import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { invalidFixtures, validFixtures } from "../src/fixtures/load-fixtures.js";
import { DatasetSchema, OfficeSchema, parseDataset } from "../src/index.js";
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

  // Data model 1.1 is backward compatible: the 1.0 files and the 1.1 file that uses every field added
  // since (model-1-1.json) pass both validators, and parseDataset loads each without a single warning.
  it("accept a 1.0 dataset and a 1.1 dataset using every new field, and load both without warnings", () => {
    const fixtures = validFixtures();
    const old = fixtures.filter((fixture) => fixture.dataset.schemaVersion === "1.0");
    const current = fixtures.find((fixture) => fixture.name === "model-1-1")!.dataset;
    expect(old.map((fixture) => fixture.name)).toEqual(expect.arrayContaining(["full-office", "minimal"]));
    expect(current.schemaVersion).toBe("1.1");
    for (const dataset of [...old.map((fixture) => fixture.dataset), current]) {
      expect(z.safeParse(DatasetSchema, dataset).success).toBe(true);
      expect(validateDataset(dataset), ajv.errorsText(validateDataset.errors)).toBe(true);
      const { warnings, invalid } = parseDataset(dataset);
      expect([warnings, invalid]).toEqual([[], []]);
    }

    // "Every new field": each field added in 1.1, each new value and each form of slot and language entry.
    const text = JSON.stringify(current);
    for (const field of ["womanCounsellor", "freeOfCharge", "intake", "outreach", "municipalityKey"])
      expect(text, field).toContain(`"${field}":`);
    for (const value of [
      '"email"',
      '"group"',
      '"family-reunification"',
      '"violence-protection"',
      '"psychosocial-support"',
      '"tolerated-persons"',
      '"unaccompanied-minors"',
      '"bag-ejsa"',
      '"bag-kjs"',
      '"counsellor"',
      '"interpreter"',
      '"on-request"',
      '"weekly"',
      '"every-2-weeks"',
      '"monthly"',
      '"waiting-list"',
      '"paused"',
      '"week":-1',
      '"FAIRE_MOBILITAET"',
      '"kind":"phone"',
      '"womanCounsellor":"unknown"',
      '"status":"open"',
    ])
      expect(text, value).toContain(value);
    for (const office of current.offices)
      expect(validateOffice(office), ajv.errorsText(validateOffice.errors)).toBe(true);
  });

  it("agree on the 1.1 fields one by one: Zod and JSON Schema reject the same broken values", () => {
    const base = { id: "o", providerId: "p", name: "MBE", programmes: ["MBE"] };
    const address = { street: "Weg 1", postalCode: "50226", city: "Frechen", state: "DE-NW" };
    const slot = { repeat: "monthly", week: 1, day: "tu", from: "10:00", to: "12:00" };
    const place = (change: object) => ({
      outreach: [{ name: "Rathaus", address, slots: [{ ...slot, ...change }] }],
    });
    const cases: [string, object, boolean][] = [
      ["plain language code", { languages: ["ar"] }, true],
      ["language offer", { languages: [{ code: "ar", mode: "interpreter", note: "Di" }] }, true],
      ["language offer without mode", { languages: [{ code: "ar" }] }, false],
      ["language offer with a bad code", { languages: [{ code: "arabic", mode: "counsellor" }] }, false],
      ["womanCounsellor unknown", { womanCounsellor: "unknown" }, true],
      ["womanCounsellor yes", { womanCounsellor: "yes" }, false],
      ["freeOfCharge text", { freeOfCharge: "ja" }, false],
      ["intake without status", { intake: { note: "bald" } }, false],
      ["last weekday of the month", place({ week: -1 }), true],
      ["week 6", place({ week: 6 }), false],
      ["every-2-weeks without start", place({ repeat: "every-2-weeks" }), false],
      ["every-2-weeks with start", place({ repeat: "every-2-weeks", start: "2026-01-06" }), true],
      ["unknown repeat", place({ repeat: "daily" }), false],
      ["outreach place without slots", { outreach: [{ name: "Rathaus", address, slots: [] }] }, false],
      ["outreach place without address", { outreach: [{ name: "Rathaus", slots: [slot] }] }, false],
      ["new channel", { channels: ["email", "group"] }, true],
      ["programme Faire Mobilität", { programmes: ["FAIRE_MOBILITAET", "FAIRE_INTEGRATION"] }, true],
      ["programme spelt with an umlaut", { programmes: ["FAIRE_MOBILITÄT"] }, false],
    ];
    for (const [name, change, valid] of cases) {
      const office = { ...base, ...change };
      expect(z.safeParse(OfficeSchema, office).success, `Zod: ${name}`).toBe(valid);
      expect(validateOffice(office), `JSON Schema: ${name}`).toBe(valid);
    }
  });

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
      "not-expressible: outreach-slot-ends-before-start",
      "not-expressible: outreach-start-weekday",
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

// Fuzzing with realistic input (issue 15): a real dataset with fields changed, every HSDS table, and
// any text for the geocoder. Each either returns or throws one of our own errors with a code.

import type { OfficeInput } from "@beratungsfinder/schemas";
import { parseDataset } from "@beratungsfinder/schemas";
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { fromHsdsTables } from "../src/convert.js";
import { BeratungsfinderError } from "../src/errors.js";
import { realGeocoder } from "../src/geo/fixtures/real-geodata.js";
import { loadDataset, nextOpening, openingStatus } from "../src/index.js";
import { SEARCH_DATASET } from "../src/search/fixtures/search-dataset.js";
import { cellText, csvText, expectOwnError, SETTINGS } from "./fuzz-kit.js";

// A real dataset with a few fields of its offices (or of its header) replaced by anything: closer to
// the data people send than random JSON, so the validator's deeper branches run too.
const anyValue = fc.oneof(
  fc.string(),
  fc.constantFrom("__proto__", "constructor", "NaN", "1e400", "\u0000", "\uFFFD", "\u001b[2J"),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 3 }),
);
const OFFICE_KEYS = [...new Set(SEARCH_DATASET.offices.flatMap((office) => Object.keys(office)))];
const mutatedOffice = fc
  .tuple(
    fc.constantFrom(...SEARCH_DATASET.offices),
    fc.array(fc.tuple(fc.constantFrom(...OFFICE_KEYS), anyValue), { maxLength: 3 }),
  )
  .map(([office, changes]) => {
    const copy = structuredClone(office) as unknown as Record<string, unknown>;
    for (const [key, value] of changes) copy[key] = value;
    return copy as unknown as OfficeInput;
  });
const mutatedDataset = fc
  .tuple(
    fc.array(mutatedOffice, { maxLength: 4 }),
    fc.array(fc.tuple(fc.string(), anyValue), { maxLength: 2 }),
  )
  .map(([offices, header]) => {
    const dataset = structuredClone(SEARCH_DATASET) as unknown as Record<string, unknown>;
    for (const [key, value] of header) dataset[key] = value;
    dataset.offices = offices;
    return dataset;
  });

describe("dataset validation of a real dataset with any field changed", () => {
  test.prop([mutatedDataset], { ...SETTINGS, numRuns: 150 })(
    "parseDataset reports issues, loadDataset throws only our own errors",
    async (input) => {
      expectOwnError(() => parseDataset(input));
      try {
        await loadDataset(input);
      } catch (error) {
        expect(error).toBeInstanceOf(BeratungsfinderError);
      }
    },
  );

  test.prop(
    [
      mutatedDataset,
      fc.date({ min: new Date("1900-01-01"), max: new Date("2200-01-01") }),
      fc.oneof(fc.constantFrom("DE-BE", "DE-BY", "DE-NW"), fc.string()),
    ],
    { ...SETTINGS, numRuns: 150 },
  )("openingStatus and nextOpening never throw for an office that validates", (input, at, state) => {
    for (const office of parseDataset(input).dataset?.offices ?? []) {
      expect(openingStatus(office.openingHours, at, state as "DE-BE")).toHaveProperty("state");
      nextOpening(office.openingHours, at, state as "DE-BE");
    }
  });
});

describe("fromHsdsTables with every table", () => {
  const tableName = fc.constantFrom(
    "organizations.csv",
    "services.csv",
    "locations.csv",
    "service_at_locations.csv",
    "addresses.csv",
    "schedules.csv",
    "phones.csv",
    "languages.csv",
    "attributes.csv",
    "__proto__",
  );
  const table = fc
    .tuple(
      fc.constantFrom(
        "id,name",
        "id,organization_id,name,status",
        "id,service_id,location_id",
        "id,latitude,longitude",
      ),
      fc.array(fc.array(cellText, { maxLength: 5 }), { maxLength: 4 }),
    )
    .map(([head, rows]) => [head, ...rows.map((row) => row.join(","))].join("\n"));
  test.prop([fc.dictionary(tableName, fc.oneof(table, csvText), { maxKeys: 6 })], SETTINGS)(
    "read any set of tables",
    (tables) => {
      expectOwnError(() => fromHsdsTables(tables));
    },
  );
});

describe("geocoder", () => {
  const place = fc.oneof(
    fc.string({ unit: "binary", maxLength: 40 }),
    cellText,
    fc.constantFrom("Köln", "50667", "Berlin-Mitte", "Frankfurt (Oder)", "0", "99999", "ß", "__proto__"),
  );
  test.prop([place, fc.oneof(fc.integer({ min: -5, max: 50 }), fc.double())], { ...SETTINGS, numRuns: 150 })(
    "geocode, suggest, lookup and resolve return matches for any text",
    async (text, limit) => {
      const geocoder = realGeocoder();
      expect(Array.isArray(geocoder.geocode(text))).toBe(true);
      expect(Array.isArray(geocoder.suggest(text, limit))).toBe(true);
      expect(Array.isArray(await geocoder.lookup(text))).toBe(true);
      await geocoder.resolve(text);
    },
  );
});

import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { BeratungsfinderError } from "../errors.js";
import { fromHsds, fromHsdsTables } from "./from-hsds.js";

// Shapes that look like HSDS with any values in any field.
const key = fc.constantFrom(
  "id",
  "name",
  "status",
  "services",
  "locations",
  "service_at_locations",
  "location",
  "service",
  "addresses",
  "schedules",
  "phones",
  "languages",
  "byday",
  "opens_at",
  "closes_at",
  "freq",
  "latitude",
  "longitude",
  "postal_code",
  "country",
  "contents",
  "attributes",
  "minimum_age",
  "program",
  "organization",
);
const hsdsLike = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.string(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    tie("object"),
    fc.array(tie("value"), { maxLength: 3 }),
  ),
  object: fc.dictionary(key, tie("value"), { maxKeys: 6 }),
})).value;

describe("fromHsds", () => {
  test.prop([hsdsLike])("never throws anything but its own typed errors", (input) => {
    try {
      const { dataset, warnings } = fromHsds(input);
      expect(Array.isArray(dataset.offices)).toBe(true);
      expect(Array.isArray(warnings)).toBe(true);
    } catch (error) {
      expect(error).toBeInstanceOf(BeratungsfinderError);
    }
  });

  test.prop([
    fc.dictionary(
      fc.constantFrom("organizations.csv", "services.csv", "schedules.csv", "x.csv"),
      fc.string(),
    ),
  ])("reads any table text without throwing", (tables) => {
    expect(() => fromHsdsTables(tables)).not.toThrow();
  });
});

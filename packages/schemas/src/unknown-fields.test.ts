import { describe, expect, it } from "vitest";
import { OfficeSchema } from "./office.js";
import { unknownFields, unknownFieldWarnings } from "./unknown-fields.js";

const office = { id: "x", providerId: "p", name: "X", programmes: ["MBE"] };

describe("unknownFields", () => {
  it("finds misspelt fields at any depth, through optional, default, array and record schemas", () => {
    const input = {
      ...office,
      openinghours: {},
      adress: {},
      contact: { phones: [{ number: "030 23125123", kind: "voice" }], email: "a@example.org" },
      openingHours: { weekly: { mo: [{ from: "09:00", to: "12:00", until: "x" }] } },
      accessibility: { stepfree: true },
    };
    expect(unknownFields(OfficeSchema, input, ["offices", 3]).sort()).toEqual(
      [
        "offices[3].openinghours",
        "offices[3].adress",
        "offices[3].contact.phones[0].kind",
        "offices[3].contact.email",
        "offices[3].openingHours.weekly.mo[0].until",
        "offices[3].accessibility.stepfree",
      ].sort(),
    );
  });

  it("finds nothing in a record that only uses known fields", () => {
    expect(
      unknownFields(OfficeSchema, { ...office, description: { de: "Text" }, languages: ["de"] }),
    ).toEqual([]);
  });

  it("reports fields named like built-in object properties instead of failing on them", () => {
    // JSON.parse makes "__proto__" an own field, as it is in a downloaded dataset.
    const input = JSON.parse(
      '{"id":"x","providerId":"p","name":"X","programmes":["MBE"],"__proto__":{},"constructor":1,' +
        '"contact":{"phones":[{"number":"030 23125123","toString":"x"}]}}',
    ) as unknown;
    expect(unknownFields(OfficeSchema, input)).toEqual([
      "__proto__",
      "constructor",
      "contact.phones[0].toString",
    ]);
  });

  it("leaves the path it is given as it was", () => {
    const path = ["offices", 7];
    unknownFields(
      OfficeSchema,
      { ...office, contact: { phones: [{ number: "030 23125123", kind: "x" }] } },
      path,
    );
    expect(path).toEqual(["offices", 7]);
  });

  it("leaves strict objects to their own error (weekly)", () => {
    expect(unknownFields(OfficeSchema, { ...office, openingHours: { weekly: { monday: [] } } })).toEqual([]);
  });
});

describe("unknownFieldWarnings", () => {
  it("gives one warning per field name wherever it occurs", () => {
    const paths = Array.from({ length: 5 }, (_, index) => `offices[${index}].waitingTime`);
    expect(unknownFieldWarnings([...paths, "region"], "1.0")).toEqual([
      'Unknown field "offices[].waitingTime" is ignored (offices[0].waitingTime, offices[1].waitingTime, offices[2].waitingTime and 2 more): it is not part of schema version 1.0; check its spelling.',
      'Unknown field "region" is ignored (region): it is not part of schema version 1.0; check its spelling.',
    ]);
  });

  it("counts every occurrence and names the first three", () => {
    const paths = Array.from({ length: 2_000 }, (_, index) => `offices[${index}].contact.fax`);
    expect(unknownFieldWarnings(paths, "1.0")).toEqual([
      'Unknown field "offices[].contact.fax" is ignored (offices[0].contact.fax, offices[1].contact.fax, offices[2].contact.fax and 1997 more): it is not part of schema version 1.0; check its spelling.',
    ]);
  });
});

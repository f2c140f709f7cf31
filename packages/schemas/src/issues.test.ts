import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { describeValue, expectedIssue, formatPath, splitMessage, toReadableIssues } from "./issues.js";
import { OfficeSchema } from "./office.js";
import { WeeklyHoursSchema } from "./opening-hours.js";

function issuesOf(schema: z.ZodMiniType, input: unknown, basePath?: string) {
  const result = z.safeParse(schema, input, { reportInput: true });
  return result.success ? [] : toReadableIssues(result.error.issues, basePath);
}

const office = { id: "x", providerId: "p", name: "X", programmes: ["MBE"] };

describe("formatPath", () => {
  it("writes indexes in brackets and keys with dots", () => {
    expect(formatPath(["openingHours", "weekly", "mo", 1, "to"], "offices[12]")).toBe(
      "offices[12].openingHours.weekly.mo[1].to",
    );
  });

  it("quotes keys that are not identifiers", () => {
    expect(formatPath(["description", "de-DE"])).toBe('description["de-DE"]');
  });
});

describe("describeValue", () => {
  it("cuts long text", () => {
    expect(describeValue("x".repeat(500))).toHaveLength(60);
  });

  it("names lists, objects and missing values", () => {
    expect([describeValue([]), describeValue([1]), describeValue({}), describeValue(undefined)]).toEqual([
      "an empty list",
      "a list of 1 item",
      "an object",
      "nothing",
    ]);
  });
});

describe("toReadableIssues", () => {
  it("says what was expected and what was received", () => {
    expect(issuesOf(OfficeSchema, { ...office, name: 42 }, "offices[3]")).toEqual([
      {
        code: "invalid_type",
        path: "offices[3].name",
        message: "expected a text, received 42",
        expected: "a text",
        received: "42",
      },
    ]);
  });

  it("names a missing field", () => {
    const { name: _, ...withoutName } = office;
    expect(issuesOf(OfficeSchema, withoutName)).toEqual([
      {
        code: "invalid_type",
        path: "name",
        message: "expected a text, received nothing",
        expected: "a text",
        received: "nothing",
      },
    ]);
  });

  it("lists the allowed values of an enumeration", () => {
    expect(issuesOf(OfficeSchema, { ...office, topics: ["visa"] })[0]?.message).toBe(
      'expected one of "residence", "asylum", "work", "recognition", "language-courses", "housing", "health", "family", "education", "benefits", "debt", "discrimination", "naturalisation", "everyday-life", "family-reunification", "violence-protection", …, received "visa"',
    );
  });

  it("explains an empty programme list", () => {
    expect(issuesOf(OfficeSchema, { ...office, programmes: [] })).toMatchObject([
      { path: "programmes", message: "expected at least one programme, received an empty list" },
    ]);
  });

  it("reports a bad record key at the key", () => {
    expect(issuesOf(OfficeSchema, { ...office, description: { "de-DE": "Text" } })).toMatchObject([
      {
        path: 'description["de-DE"]',
        message: expect.stringMatching(/^expected a lowercase ISO 639-1.*received "de-DE"$/),
      },
    ]);
  });

  it("describes a whole number that is not whole", () => {
    expect(issuesOf(OfficeSchema, { ...office, ageRange: { min: 12.5 } })).toMatchObject([
      { path: "ageRange.min", message: "expected a whole number, received 12.5" },
    ]);
  });

  it("ignores Zod's own messages, also when a locale is configured", () => {
    z.config(z.locales.en());
    try {
      expect(issuesOf(OfficeSchema, { ...office, name: 42 })[0]?.message).toBe(
        "expected a text, received 42",
      );
    } finally {
      z.config({ localeError: undefined });
    }
  });
  it("keeps Zod's code and splits the message into expected and received", () => {
    const withPostcode = {
      ...office,
      address: { street: "Hauptstraße 1", postalCode: 12345, city: "Köln", state: "DE-NW" },
    };
    expect(issuesOf(OfficeSchema, withPostcode)).toEqual([
      {
        code: "invalid_type",
        path: "address.postalCode",
        message: "expected a text, received 12345",
        expected: "a text",
        received: "12345",
      },
    ]);
  });

  it("names the unknown fields as what was received", () => {
    expect(issuesOf(WeeklyHoursSchema, { mo: [], fax: "0221" })).toEqual([
      {
        code: "unrecognized_keys",
        path: "",
        message: 'expected only the documented fields, received unknown field "fax"',
        expected: "only the documented fields",
        received: 'unknown field "fax"',
      },
    ]);
  });

  it("splits our own schemas' messages too (a postcode of four digits)", () => {
    const [issue] = issuesOf(OfficeSchema, {
      ...office,
      address: { street: "Hauptstraße 1", postalCode: "1011", city: "Köln", state: "DE-NW" },
    });
    expect(issue).toMatchObject({ path: "address.postalCode", received: '"1011"' });
    expect(issue?.expected).toMatch(/^a 5-digit German postcode/);
    expect(issue?.message).toBe(`expected ${issue?.expected}, received "1011"`);
  });
});

describe("expectedIssue and splitMessage", () => {
  it('build the message from its two halves, and split it back at the first ", received "', () => {
    const issue = expectedIssue(
      "duplicate_id",
      "offices[1].id",
      "a unique office id",
      '"a", already used by offices[0]',
    );
    expect(issue).toStrictEqual({
      code: "duplicate_id",
      path: "offices[1].id",
      message: 'expected a unique office id, received "a", already used by offices[0]',
      expected: "a unique office id",
      received: '"a", already used by offices[0]',
    });
    expect(splitMessage(issue.message)).toStrictEqual({ expected: issue.expected, received: issue.received });
    expect(splitMessage('expected "x, received y", received "z"')).toStrictEqual({
      expected: '"x',
      received: 'y", received "z"',
    });
  });

  it("leave out what was received when it is not known, and split no other sentence", () => {
    expect(expectedIssue("invalid_type", "name", "a text")).toStrictEqual({
      code: "invalid_type",
      path: "name",
      message: "expected a text",
      expected: "a text",
    });
    expect(splitMessage("expected a text")).toStrictEqual({ expected: "a text" });
    expect(splitMessage("the first row has no provider name")).toStrictEqual({});
  });
});

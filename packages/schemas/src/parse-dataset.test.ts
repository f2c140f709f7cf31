import { describe, expect, it } from "vitest";
import { baseDataset, invalidFixtures, validFixtures } from "./fixtures/load-fixtures.js";
import { parseDataset, parseDatasetSteps, parseOffice } from "./parse-dataset.js";
import { DatasetShapeError, SchemaVersionError } from "./schema-error.js";

describe("parseDataset", () => {
  it.each(validFixtures().map((fixture) => [fixture.name, fixture] as const))(
    "keeps every office of the valid fixture %s",
    (_, fixture) => {
      const result = parseDataset(fixture.dataset);
      expect(result.invalid).toEqual([]);
      expect(result.dataset.offices).toHaveLength(fixture.dataset.offices.length);
      if (fixture.name !== "newer-minor-version") expect(result.warnings).toEqual([]);
    },
  );

  it.each(invalidFixtures().map((fixture) => [fixture.name, fixture] as const))(
    "rejects the office of %s at the expected paths and keeps the valid one",
    (_, fixture) => {
      const result = parseDataset(fixture.dataset);
      expect(result.invalid).toHaveLength(1);
      const [invalid] = result.invalid;
      expect(invalid?.index).toBe(1);
      expect(invalid?.issues.map((issue) => issue.path).sort()).toEqual([...fixture.expectedPaths].sort());
      for (const issue of invalid?.issues ?? []) expect(issue.message).toMatch(/^expected .+, received .+/);
      expect(result.dataset.offices.map((office) => office.id)).toEqual(["base-office"]);
      // The result shape: `value` is the dataset, `issues` the left-out office's issues.
      expect(result.value).toBe(result.dataset);
      expect(result.issues).toEqual(invalid?.issues);
    },
  );

  it("names the id of an invalid office when it has one", () => {
    const { invalid } = parseDataset(
      invalidFixtures().find((f) => f.name === "postal-code-four-digits")!.dataset,
    );
    expect(invalid[0]?.id).toBe("broken-office");
  });

  it("reports several broken offices each with its own index", () => {
    const base = baseDataset();
    const offices = [
      { ...(base.offices[0] as object), id: "a", geo: { lat: 0, lon: 0 } },
      base.offices[0],
      { ...(base.offices[0] as object), id: "c", languages: ["xx"] },
    ];
    const result = parseDataset({ ...base, offices });
    expect(result.invalid.map((office) => [office.index, office.id])).toEqual([
      [0, "a"],
      [2, "c"],
    ]);
    expect(result.dataset.offices.map((office) => office.id)).toEqual(["base-office"]);
  });

  it("fills defaults on the offices it returns", () => {
    const { dataset } = parseDataset(baseDataset());
    expect(dataset.offices[0]).toMatchObject({
      languages: [],
      topics: [],
      contact: { phones: [], emails: [] },
    });
    expect(parseDataset({ ...baseDataset(), fictional: undefined }).dataset.fictional).toBe(false);
  });

  describe("in strict mode", () => {
    it("throws a DatasetShapeError on the first invalid office", () => {
      const fixture = invalidFixtures().find((f) => f.name === "slots-overlap")!;
      expect(() => parseDataset(fixture.dataset, { strict: true })).toThrowError(DatasetShapeError);
      try {
        parseDataset(fixture.dataset, { strict: true });
      } catch (error) {
        expect((error as DatasetShapeError).issues.map((issue) => issue.path)).toEqual(fixture.expectedPaths);
        expect((error as DatasetShapeError).message).toContain("offices[1]");
      }
    });

    it("throws on a cross-record problem too", () => {
      const fixture = invalidFixtures().find((f) => f.name === "duplicate-office-id")!;
      expect(() => parseDataset(fixture.dataset, { strict: true })).toThrowError(/offices\[1\] is invalid/);
    });

    it("accepts a valid dataset", () => {
      expect(parseDataset(baseDataset(), { strict: true }).dataset.offices).toHaveLength(1);
    });
  });

  describe("schema versions", () => {
    it("loads a newer minor version with unknown fields and warns once", () => {
      const fixture = validFixtures().find((f) => f.name === "newer-minor-version")!;
      const result = parseDataset(fixture.dataset);
      expect(result.invalid).toEqual([]);
      expect(result.dataset.offices[0]?.id).toBe("mbe-essen");
      expect(result.dataset.offices[0]).not.toHaveProperty("waitingTimeDays");
      expect(result.warnings).toHaveLength(1);
      expect(result.warnings[0]).toMatch(/schema version 1\.3, newer than 1\.1/);
    });

    it("loads the current version without warnings", () => {
      expect(parseDataset(baseDataset()).warnings).toEqual([]);
    });

    it("warns about fields the current version does not know, and still loads the office", () => {
      const base = baseDataset();
      const result = parseDataset({
        ...base,
        offices: [{ ...(base.offices[0] as object), openinghours: {} }],
      });
      expect(result.dataset.offices).toHaveLength(1);
      expect(result.warnings).toEqual([
        expect.stringMatching(
          /^Unknown field "offices\[\]\.openinghours" is ignored \(offices\[0\]\.openinghours\)/,
        ),
      ]);
    });

    it("warns about a field named like a built-in object property instead of failing", () => {
      const base = baseDataset();
      const office = JSON.parse(
        JSON.stringify(base.offices[0]).replace(/^\{/, '{"constructor":1,'),
      ) as object;
      const result = parseDataset({ ...base, offices: [office] });
      expect(result.dataset.offices).toHaveLength(1);
      expect(result.warnings).toEqual([expect.stringMatching(/^Unknown field "offices\[\]\.constructor"/)]);
    });

    it("fails with a SchemaVersionError naming both versions for another major version", () => {
      const input = { ...baseDataset(), schemaVersion: "2.0" };
      expect(() => parseDataset(input)).toThrowError(SchemaVersionError);
      expect(() => parseDataset(input)).toThrowError(/expected 1\.x .*received "2\.0"/);
      try {
        parseDataset(input);
      } catch (error) {
        expect((error as SchemaVersionError).code).toBe("UNSUPPORTED_SCHEMA_VERSION");
        expect((error as SchemaVersionError).version).toBe("2.0");
      }
    });

    it("fails with a DatasetShapeError for a version that is not MAJOR.MINOR", () => {
      expect(() => parseDataset({ ...baseDataset(), schemaVersion: "one" })).toThrowError(
        /schemaVersion: expected a schema version 1\.x such as "1\.1", received "one"/,
      );
    });
  });

  describe("unusable top level", () => {
    it.each([
      ["an array", [], /expected a dataset object .*received an empty list/],
      ["null", null, /received null/],
      [
        "a dataset without offices",
        { ...baseDataset(), offices: undefined },
        /offices: expected a list, received nothing/,
      ],
      [
        "a dataset with a bad generatedAt",
        { ...baseDataset(), generatedAt: "yesterday" },
        /generatedAt: expected a date and time/,
      ],
    ])("throws a DatasetShapeError for %s", (_, input, message) => {
      expect(() => parseDataset(input)).toThrowError(DatasetShapeError);
      expect(() => parseDataset(input)).toThrowError(message);
    });
  });

  describe("header", () => {
    it("drops a bad optional publisher url with a warning and keeps every office", () => {
      const base = baseDataset();
      const result = parseDataset({ ...base, publisher: { name: "Beispiel e. V.", url: "www.beispiel.de" } });
      expect(result.warnings).toEqual([
        expect.stringMatching(
          /^publisher\.url: expected an http or https URL .*, received "www\.beispiel\.de"; /,
        ),
      ]);
      expect(result.dataset.publisher).toEqual({ name: "Beispiel e. V." });
      expect(result.invalid).toEqual([]);
      expect(result.dataset.offices).toHaveLength(base.offices.length);
    });

    it("still refuses a header whose required field is bad, naming it", () => {
      const base = baseDataset();
      const input = { ...base, publisher: { name: "", url: "www.beispiel.de" } };
      expect(() => parseDataset(input)).toThrowError(/publisher\.name: expected a non-empty text/);
    });

    it("throws in strict mode instead of dropping the field", () => {
      const input = { ...baseDataset(), publisher: { name: "Beispiel e. V.", url: "www.beispiel.de" } };
      expect(() => parseDataset(input, { strict: true })).toThrowError(/publisher\.url/);
    });
  });

  describe("providers", () => {
    it("leaves out an invalid provider with a warning, and so its offices", () => {
      const base = baseDataset();
      const result = parseDataset({
        ...base,
        providers: [{ id: "caritas-koeln", name: "Caritas", umbrella: "kirche" }],
      });
      expect(result.warnings[0]).toMatch(
        /^providers\[0\] is left out.*providers\[0\]\.umbrella: expected one of/,
      );
      expect(result.invalid[0]?.issues[0]?.path).toBe("offices[0].providerId");
      expect(result.dataset.providers).toEqual([]);
    });

    it("drops only a bad optional website and keeps the provider and its offices", () => {
      const base = baseDataset();
      const result = parseDataset({
        ...base,
        providers: [
          { id: "caritas-koeln", name: "Caritas", umbrella: "caritas", website: "javascript:alert(1)" },
        ],
      });
      expect(result.warnings).toEqual([
        expect.stringMatching(
          /^providers\[0\]\.website: expected an http or https URL .*, received "javascript:alert\(1\)"; this optional field is left out/,
        ),
      ]);
      expect(result.dataset.providers).toEqual([
        { id: "caritas-koeln", name: "Caritas", umbrella: "caritas" },
      ]);
      expect(result.invalid).toEqual([]);
      expect(result.dataset.offices).toHaveLength(base.offices.length);
    });

    it("warns about a provider id used twice and keeps the first", () => {
      const base = baseDataset();
      const provider = base.providers as object[];
      const result = parseDataset({ ...base, providers: [...provider, { ...provider[0], name: "Second" }] });
      expect(result.warnings).toEqual([
        expect.stringMatching(/^providers\[1\]\.id: expected a unique provider id/),
      ]);
      expect(result.dataset.providers).toHaveLength(2);
    });
  });
});

describe("parseOffice", () => {
  it("returns the office with defaults when valid", () => {
    const result = parseOffice({ id: "x", providerId: "p", name: "X", programmes: ["JMD"] });
    expect(result).toMatchObject({ success: true, office: { id: "x", channels: [] } });
  });

  it("returns readable issues under the given base path", () => {
    const result = parseOffice(
      { id: "x", providerId: "p", name: "X", programmes: ["JMD"], geo: { lat: 52.5, lon: 20 } },
      "offices[12]",
    );
    expect(result).toMatchObject({
      success: false,
      issues: [
        {
          path: "offices[12].geo.lon",
          message: "expected a longitude inside Germany (5.8 to 15.1), received 20",
        },
      ],
    });
  });
});

describe("parseDatasetSteps", () => {
  it("yields once per provider and office and returns what parseDataset returns", () => {
    const fixture = invalidFixtures().find((f) => f.name === "postal-code-four-digits")!.dataset as {
      providers: unknown[];
      offices: unknown[];
    };
    const steps = parseDatasetSteps(fixture);
    let yields = 0;
    let step = steps.next();
    while (!step.done) {
      yields += 1;
      step = steps.next();
    }
    expect(yields).toBe(fixture.providers.length + fixture.offices.length);
    expect(step.value).toEqual(parseDataset(fixture));
  });

  it("throws the shape error when it is stepped, not before", () => {
    const steps = parseDatasetSteps("not a dataset");
    expect(() => steps.next()).toThrow(DatasetShapeError);
  });
});

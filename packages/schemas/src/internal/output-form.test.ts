import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { parseDataset as parseCompiled } from "../compiled.js";
import { baseDataset, invalidFixtures, validFixtures } from "../fixtures/load-fixtures.js";
import { OfficeSchema } from "../office.js";
import { parseDataset, parseOffice } from "../parse-dataset.js";
import { unknownFields } from "../unknown-fields.js";
import { outputBuilder } from "./output-form.js";

type Json = Record<string, unknown> | unknown[];

// Offices of every hand-written fixture, valid and broken, and the schema's outputs of the valid ones
// (already in output form, so they are the ones shared).
const given = [
  ...validFixtures().flatMap((fixture) => fixture.dataset.offices),
  ...invalidFixtures().map((fixture) => fixture.office),
];
const outputs = given.flatMap((office) => {
  const result = parseOffice(office);
  return result.success ? [JSON.parse(JSON.stringify(result.office)) as unknown] : [];
});
// Not offices at all, as a hand-edited file may have them.
const seeds = [...given, ...outputs, undefined, null, "office", [], {}];

/** Every object and list inside `value`, `value` included. */
function containers(value: unknown, found: Json[] = []): Json[] {
  if (typeof value !== "object" || value === null) return found;
  found.push(value as Json);
  for (const child of Object.values(value)) containers(child, found);
  return found;
}

// Values that break or fit fields in many ways: wrong types, empty strings, bad times and codes.
const VALUES = [
  undefined,
  null,
  "",
  "x",
  "09:00",
  "24:00",
  "9:00",
  "de",
  "MBE",
  "open",
  0,
  12,
  -1,
  52.5,
  true,
  false,
  [],
  {},
  ["de"],
];
const mutation = fc.record({
  kind: fc.constantFrom("delete", "unknown", "proto", "reverse", "undefined", "replace", "append"),
  at: fc.nat(),
  key: fc.nat(),
  value: fc.constantFrom(...VALUES),
});

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

/** A copy of `seed` with the mutations applied: fields gone, unknown, reordered or given other values. */
function mutate(seed: unknown, mutations: Mutation[]): unknown {
  const office = structuredClone(seed);
  for (const { kind, at, key, value } of mutations) {
    const all = containers(office);
    if (all.length === 0) break;
    const target = all[at % all.length]!;
    const keys = Object.keys(target);
    const name = Array.isArray(target) ? key % (target.length + 1) : keys[key % Math.max(1, keys.length)];
    const record = target as Record<string | number, unknown>;
    if (kind === "delete" && name !== undefined) {
      if (Array.isArray(target)) target.splice(Number(name), 1);
      else delete record[name];
    } else if (kind === "unknown" && !Array.isArray(target)) record.openinghours = value;
    else if (kind === "proto" && !Array.isArray(target))
      Object.defineProperty(target, "__proto__", {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else if (kind === "reverse" && !Array.isArray(target)) {
      const entries = Object.entries(target).reverse();
      for (const [k] of entries) delete record[k];
      for (const [k, v] of entries) record[k] = v;
    } else if (kind === "undefined" && name !== undefined) record[name] = undefined;
    else if (kind === "replace" && name !== undefined) record[name] = structuredClone(value);
    else if (kind === "append" && Array.isArray(target) && target.length > 0)
      target.push(structuredClone(target[key % target.length]));
  }
  return office;
}

const officeArbitrary = fc
  .tuple(fc.constantFrom(...seeds), fc.array(mutation, { maxLength: 3 }))
  .map(([seed, mutations]) => mutate(seed, mutations));

describe("outputBuilder", () => {
  it("knows every part of the office schema, so offices can be shared at all", () => {
    expect(outputBuilder(OfficeSchema)).toBeTypeOf("function");
  });

  it("returns an office in output form as it is, and builds what Zod builds for the others", () => {
    const build = outputBuilder(OfficeSchema)!;
    for (const office of outputs) expect(build(office)).toBe(office);
    const [full] = validFixtures().find((fixture) => fixture.name === "full-office")!.dataset.offices;
    const output = parseOffice(full).success ? z.parse(OfficeSchema, full) : undefined;
    const built = build(full);
    expect(built).not.toBe(full);
    expect(JSON.stringify(built)).toBe(JSON.stringify(output));
  });

  it('leaves out an own "__proto__" key, of a record and of an object, as Zod does', () => {
    const build = outputBuilder(OfficeSchema)!;
    const [office] = baseDataset().offices;
    for (const text of [
      '{"description": {"de": "Beratung", "__proto__": "x"}}',
      '{"__proto__": {"x": 1}}',
      '{"address": {"street": "Beispielweg 1", "postalCode": "10115", "city": "Berlin", "state": "DE-BE", "__proto__": 1}}',
    ]) {
      const input = JSON.parse(JSON.stringify(z.parse(OfficeSchema, office)));
      for (const [key, value] of Object.entries(JSON.parse(text) as object))
        Object.defineProperty(input, key, { value, enumerable: true, writable: true, configurable: true });
      const built = build(input);
      expect(built).not.toBe(input);
      expect(JSON.stringify(built)).toBe(JSON.stringify(z.parse(OfficeSchema, input)));
    }
  });

  it("refuses a schema with a transform, whose output it cannot build like Zod", () => {
    const trimmed = z.object({ name: z.string().check(z.trim()) });
    expect(outputBuilder(trimmed)).toBeUndefined();
    expect(outputBuilder(z.object({ n: z.pipe(z.string(), z.transform(Number)) }))).toBeUndefined();
  });

  test.prop([officeArbitrary], { numRuns: 400, seed: 11 })(
    "builds for every office the schema accepts exactly the schema's output, key order included",
    (office) => {
      const result = z.safeParse(OfficeSchema, office);
      if (!result.success) return;
      const built = outputBuilder(OfficeSchema)!(office);
      expect(built).toStrictEqual(result.data);
      expect(JSON.stringify(built)).toBe(JSON.stringify(result.data));
      // An office that is its own output has no field the schema does not know.
      if (built === office) expect(unknownFields(OfficeSchema, office)).toEqual([]);
    },
  );
});

describe("parseDataset from ./compiled with shareInput", () => {
  it.each([...validFixtures(), ...invalidFixtures()].map((fixture) => [fixture.name, fixture] as const))(
    "gives exactly what the schema's own parse gives for %s",
    (_, fixture) => {
      expect(parseCompiled(fixture.dataset, { shareInput: true })).toStrictEqual(
        parseDataset(fixture.dataset),
      );
    },
  );

  it("uses an office already in output form as it is, and copies the others", () => {
    const base = baseDataset();
    const copied = { ...(base.offices[0] as object), id: "copied" };
    const result = parseOffice(base.offices[0]);
    const ready = JSON.parse(JSON.stringify(result.success && result.office)) as unknown;
    const dataset = { ...base, offices: [ready, copied] };
    const { offices } = parseCompiled(dataset, { shareInput: true }).dataset;
    expect(offices).toHaveLength(2);
    expect(offices[0]).toBe(ready);
    expect(offices[1]).not.toBe(copied);
    expect(parseCompiled(dataset).dataset.offices[0]).not.toBe(ready);
  });

  it("still lists an office that is undefined, null or not an object at all", () => {
    const dataset = { ...baseDataset(), offices: [undefined, null, "office"] };
    for (const result of [parseDataset(dataset), parseCompiled(dataset, { shareInput: true })]) {
      expect(result.invalid.map(({ index, issues }) => [index, issues.map((issue) => issue.path)])).toEqual([
        [0, ["offices[0]"]],
        [1, ["offices[1]"]],
        [2, ["offices[2]"]],
      ]);
    }
  });

  test.prop([fc.array(officeArbitrary, { minLength: 1, maxLength: 4 })], { numRuns: 300, seed: 12 })(
    "gives the same offices, issues, paths and warnings as the schema's own parse for valid and broken offices",
    (offices) => {
      const dataset = { ...baseDataset(), offices };
      const expected = parseDataset(structuredClone(dataset));
      const shared = parseCompiled(dataset, { shareInput: true });
      expect(shared).toStrictEqual(expected);
      expect(JSON.stringify(shared)).toBe(JSON.stringify(expected));
    },
  );
});

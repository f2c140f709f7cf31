import { describe, expect, it } from "vitest";
import { compileValidOnlyChecks, parseDataset as parseCompiled } from "./compiled.js";
import { baseDataset, invalidFixtures, validFixtures } from "./fixtures/load-fixtures.js";
import { onlyWhenValid } from "./internal/only-when-valid.js";
import { OfficeSchema } from "./office.js";
import { DaySlotsSchema, TimeSlotSchema } from "./opening-hours.js";
import { parseDataset } from "./parse-dataset.js";

const withOffices = (...offices: unknown[]) => ({ ...baseDataset(), offices });
const slotOffice = (mo: unknown[]) => ({
  id: "hours",
  providerId: "caritas-koeln",
  name: "Migrationsberatung Köln",
  programmes: ["MBE"],
  openingHours: { weekly: { mo } },
});

describe("parseDataset from ./compiled", () => {
  it("compiles the office schema instead of handing it back unchanged", () => {
    expect(compileValidOnlyChecks(OfficeSchema)).not.toBe(OfficeSchema);
  });

  it("puts every onlyWhenValid guard back after compiling", () => {
    compileValidOnlyChecks(OfficeSchema);
    for (const schema of [TimeSlotSchema, DaySlotsSchema]) {
      const checks = schema._zod.def.checks ?? [];
      expect(checks.map((check) => check._zod.def.when)).toEqual(checks.map(() => onlyWhenValid));
    }
  });

  it.each([...validFixtures(), ...invalidFixtures()].map((fixture) => [fixture.name, fixture] as const))(
    "gives exactly what the schema's own parse gives for %s",
    (_, fixture) => {
      expect(parseCompiled(fixture.dataset)).toEqual(parseDataset(fixture.dataset));
    },
  );

  it("reports only the format of a malformed time, not also an end before the start", () => {
    const { invalid } = parseCompiled(withOffices(slotOffice([{ from: "9:00", to: "12:00" }])));
    expect(invalid[0]?.issues.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: "offices[0].openingHours.weekly.mo[0].from", code: "invalid_format" },
    ]);
  });

  it("still finds overlapping slots and slots that end before they start", () => {
    const overlap = slotOffice([
      { from: "09:00", to: "12:00" },
      { from: "11:00", to: "14:00" },
    ]);
    const backwards = { ...slotOffice([{ from: "12:00", to: "09:00" }]), id: "backwards" };
    const { invalid, dataset } = parseCompiled(withOffices(overlap, backwards, slotOffice([])));
    expect(
      invalid.map(({ index, issues }) => [index, issues.map(({ path, code }) => ({ path, code }))]),
    ).toEqual([
      [0, [{ path: "offices[0].openingHours.weekly.mo[1].from", code: "overlapping_slots" }]],
      [1, [{ path: "offices[1].openingHours.weekly.mo[0].to", code: "custom" }]],
    ]);
    expect(dataset.offices).toHaveLength(1);
  });

  it("fills in the defaults as the schema does", () => {
    const office = slotOffice([{ from: "09:00", to: "12:00" }]);
    const compiled = parseCompiled(withOffices(office)).dataset.offices[0];
    expect(compiled).toEqual(parseDataset(withOffices(office)).dataset.offices[0]);
    expect(compiled?.openingHours?.weekly.mo).toEqual([{ from: "09:00", to: "12:00", kind: "open" }]);
    expect(compiled?.contact).toEqual({ phones: [], emails: [] });
  });
});

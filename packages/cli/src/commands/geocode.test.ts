import { BeratungsfinderError } from "@beratungsfinder/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { run, temporaryFolder } from "../fixtures/capture-io.js";
import { realGeocoder } from "../fixtures/real-geocoder.js";

let folder: ReturnType<typeof temporaryFolder>;
beforeEach(() => {
  folder = temporaryFolder();
});
afterEach(() => folder.remove());

describe("beratungsfinder geocode", () => {
  it("prints aligned matches, best first", async () => {
    const result = await run(["geocode", "Frankfurt"], { cwd: folder.path });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^60311\s+Frankfurt am Main\s+DE-HE\s+50\.1100, 8\.6820$/);
    expect(lines[1]).toMatch(/^15230\s+Frankfurt \(Oder\)\s+DE-BB/);
    expect(lines[0]?.indexOf("DE-HE")).toBe(lines[1]?.indexOf("DE-BB"));
  });

  it("gives the documented shape with --json", async () => {
    const result = await run(["geocode", "50667", "--json"], { cwd: folder.path });
    expect(result.code).toBe(0);
    expect(result.json()).toEqual({
      query: "50667",
      matches: [
        {
          kind: "postcode",
          postalCode: "50667",
          name: "Köln",
          district: "Köln",
          state: "DE-NW",
          lat: 50.9384,
          lon: 6.9599,
          approximate: false,
        },
      ],
    });
  });

  it("exits with 1 and says what to try when nothing matches", async () => {
    const text = await run(["geocode", "Atlantis"], { cwd: folder.path });
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('No postcode or place matches "Atlantis"');
    const json = await run(["geocode", "Atlantis", "--json"], { cwd: folder.path });
    expect(json.code).toBe(1);
    expect(json.json()).toEqual({ query: "Atlantis", matches: [] });
  });

  it("rejects an empty query and a missing one with exit code 2", async () => {
    expect((await run(["geocode", " "], { cwd: folder.path })).code).toBe(2);
    expect((await run(["geocode"], { cwd: folder.path })).code).toBe(2);
  });

  it("explains missing geodata instead of crashing", async () => {
    const result = await run(["geocode", "50667"], {
      cwd: folder.path,
      loadGeocoder: async () => {
        throw new BeratungsfinderError(
          "GEODATA_UNAVAILABLE",
          "Cannot read the geodata file /x/postcodes.json.",
        );
      },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Cannot read the geodata file /x/postcodes.json.");
    expect(result.stderr).not.toContain("    at ");
  });
});

describe("beratungsfinder geocode with the real geodata", () => {
  const loadGeocoder = realGeocoder;

  it("folds spellings and marks an unknown postcode as approximate", async () => {
    const koeln = await run(["geocode", "Koeln", "--json"], { cwd: folder.path, loadGeocoder });
    expect(koeln.json()).toMatchObject({ matches: [{ kind: "place", name: "Köln", state: "DE-NW" }] });
    const unknown = await run(["geocode", "99090", "--json"], { cwd: folder.path, loadGeocoder });
    expect(unknown.json()).toMatchObject({
      matches: [{ kind: "postcode", state: "DE-TH", approximate: true }],
    });
  });

  it("asks 'did you mean' for a near miss and names a district with its city", async () => {
    const typo = await run(["geocode", "Dusseldrof"], { cwd: folder.path, loadGeocoder });
    expect(typo.code).toBe(0);
    expect(typo.stdout.split("\n")[0]).toBe('No place is spelt "Dusseldrof". Did you mean Düsseldorf?');
    const district = await run(["geocode", "Neukölln"], { cwd: folder.path, loadGeocoder });
    expect(district.stdout).toMatch(/^12043\s+Neukölln, Berlin/m);
    expect(district.stdout).not.toContain("Did you mean");
    expect(district.stdout).not.toContain("Berlin, Berlin");
  });
});

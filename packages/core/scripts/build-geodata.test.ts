import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodeGeoData } from "../src/geo/decode-geodata.js";
import { realGeoData } from "../src/geo/fixtures/real-geodata.js";
import {
  cleanOfficialName,
  defaultSourceDir,
  districtDisplayName,
  GZIP_BUDGETS,
  parseCsv,
  readGeoSources,
  readGeoTables,
  SOURCE_FILES,
} from "./build-geodata.js";

const data = realGeoData();
const decoded = decodeGeoData(data);
const tables = readGeoTables(readGeoSources());

describe("buildGeoData", () => {
  it.each([
    ["postcodes.json", data.postcodes],
    ["places.json", data.places],
  ] as const)("keeps %s within its gzip budget", (file, value) => {
    expect(gzipSync(JSON.stringify(value)).length).toBeLessThanOrEqual(GZIP_BUDGETS[file]);
  });

  it("keeps one record per non-company postcode and every municipality", () => {
    expect(decoded.postcodes).toHaveLength(8_310);
    expect(decoded.places.length).toBeGreaterThan(10_900);
    expect(decoded.places).toHaveLength(tables.municipalities.length);
  });

  it("round-trips every municipality: key, name, town-hall postcode exactly, centroid and population closely", () => {
    tables.municipalities.forEach((source, index) => {
      const place = decoded.places[index];
      expect(place?.ags).toBe(source.ags);
      expect(place?.name).toBe(source.name);
      expect(place?.postalCode ?? 0).toBe(source.postalCode ? String(source.postalCode).padStart(5, "0") : 0);
      expect(Math.abs((place?.lat ?? 0) - source.lat)).toBeLessThanOrEqual(0.5 / 600 + 1e-5);
      expect(Math.abs((place?.lon ?? 0) - source.lon)).toBeLessThanOrEqual(0.5 / 360 + 1e-5);
      if (source.population === 0) expect(place?.population).toBe(0);
      else
        expect(Math.abs((place?.population ?? 0) - source.population)).toBeLessThan(
          0.065 * source.population + 0.5,
        );
    });
  });

  it("round-trips every postcode with its centroid and municipalities", () => {
    tables.postcodes.forEach((source, index) => {
      const record = decoded.postcodes[index];
      expect(record?.code).toBe(source.code);
      expect(Math.abs((record?.lat ?? 0) - source.lat)).toBeLessThanOrEqual(0.5 / 600 + 1e-5);
      expect(Math.abs((record?.lon ?? 0) - source.lon)).toBeLessThanOrEqual(0.5 / 360 + 1e-5);
      const names = record?.places.map((place) => decoded.places[place]?.ags);
      expect(new Set(names)).toEqual(new Set(source.places.map((place) => place.ags)));
      expect(names?.[0]).toBe(source.places[0]?.ags);
      expect(record?.locality).toBe(source.nearestOnly ? source.localities[0] : undefined);
    });
  });

  it("carries the attributions inside the files", () => {
    expect(data.postcodes.attribution).toContain("GeoNames");
    expect(data.places.attribution).toContain("GeoBasis-DE / BKG");
    expect(data.places.attribution).toContain("Destatis");
  });
});

describe("parseCsv", () => {
  it("reads quoted fields with commas, doubled quotes, CRLF and a BOM", () => {
    expect(parseCsv('\uFEFFa,b\r\n"Köln, Stadt","say ""hi"""\n\n1,\n')).toEqual([
      ["a", "b"],
      ["Köln, Stadt", 'say "hi"'],
      ["1", ""],
    ]);
  });
});

describe("official names", () => {
  it("drops official suffixes", () => {
    expect(cleanOfficialName("Frankfurt am Main, Stadt")).toBe("Frankfurt am Main");
    expect(cleanOfficialName("Sachsenwald (Forstgutsbez.),gemfr.Geb.")).toBe("Sachsenwald (Forstgutsbez.)");
  });

  it("names districts by their kind unless the name says it", () => {
    expect(districtDisplayName("Köln, Stadt", "41")).toBe("Köln");
    expect(districtDisplayName("Steinfurt", "43")).toBe("Kreis Steinfurt");
    expect(districtDisplayName("Gotha", "44")).toBe("Landkreis Gotha");
    expect(districtDisplayName("Rhein-Erft-Kreis", "43")).toBe("Rhein-Erft-Kreis");
    expect(districtDisplayName("Region Hannover", "44")).toBe("Region Hannover");
  });

  it("reads the sources kept in the repository unless BF_GEO_DIR says otherwise", () => {
    expect(defaultSourceDir({})).toMatch(/packages[\\/]core[\\/]geodata-sources$/);
    expect(defaultSourceDir({ BF_GEO_DIR: "/tmp/geo" })).toBe("/tmp/geo");
  });

  it("reads the gzipped copies in the repository", () => {
    const sources = readGeoSources();
    expect(sources.postcodes.startsWith("country_code,zipcode,place,")).toBe(true);
    expect(sources.communes.startsWith("ags,name,land,lat,long")).toBe(true);
    expect(sources.register).toContain("satzart,textkennzeichen,land");
  });

  it("reads plain CSV files from a BF_GEO_DIR folder, and names the file it misses", () => {
    const dir = mkdtempSync(join(tmpdir(), "bf-geo-"));
    writeFileSync(join(dir, SOURCE_FILES.postcodes), "country_code,zipcode\n");
    writeFileSync(join(dir, SOURCE_FILES.communes), "ags,name\n");
    expect(() => readGeoSources(dir)).toThrow(/destatis-AuszugGV4QAktuell-2020\.csv/);
    writeFileSync(join(dir, SOURCE_FILES.register), "satzart\n");
    expect(readGeoSources(dir).communes).toBe("ags,name\n");
  });
});

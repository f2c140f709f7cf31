import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { realGeocoder, realGeoData } from "../src/geo/fixtures/real-geodata.js";
import { fileKind, GZIP_BUDGETS, sizeReport, writeGeoData } from "./build-geodata.js";
import { defaultSourceDir, parseCsv, readGeoSources, SOURCE_FILES } from "./geodata-sources.js";
import { cleanOfficialName, districtDisplayName, readGeoTables } from "./geodata-tables.js";

const data = realGeoData();
const geocoder = realGeocoder();
const tables = readGeoTables(readGeoSources());

describe("buildGeoData", () => {
  it("keeps the manifest and every piece within its gzip budget", () => {
    const written = writeGeoData(data, mkdtempSync(join(tmpdir(), "bf-geo-out-")));
    expect(written).toHaveLength(1 + Object.keys(data.pieces).length);
    expect(sizeReport(written).over).toEqual([]);
    for (const kind of ["manifest", "postcodes", "names"] as const) {
      expect(written.filter((file) => file.kind === kind).length).toBeGreaterThan(0);
      expect(GZIP_BUDGETS[kind]).toBeGreaterThan(0);
    }
  });

  it("names each piece by its kind, its first digits or letters and its content hash", () => {
    const files = Object.keys(data.pieces);
    expect(files).toContain(
      `postcodes-50.${data.manifest.postcodes.find(([prefix]) => prefix === "50")?.[1]}.json`,
    );
    expect(
      files.every((file) => /^(postcodes-\d{2,3}|names-[a-z0-9_]+)\.[0-9a-f]{10}\.json$/.test(file)),
    ).toBe(true);
    expect(fileKind("manifest.json")).toBe("manifest");
    expect(data.manifest.names[0]?.[0]).toBe("");
  });

  it("round-trips every municipality: key, name, town-hall postcode exactly, centroid and population closely", () => {
    expect(geocoder.places).toHaveLength(tables.municipalities.length);
    tables.municipalities.forEach((source, index) => {
      const place = geocoder.places[index];
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
    expect(tables.postcodes).toHaveLength(8_310);
    for (const source of tables.postcodes) {
      const [match] = geocoder.geocode(source.code);
      expect(match?.postalCode).toBe(source.code);
      expect(match?.approximate).toBe(false);
      expect(Math.abs((match?.lat ?? 0) - source.lat)).toBeLessThanOrEqual(0.5 / 600 + 1e-5);
      expect(Math.abs((match?.lon ?? 0) - source.lon)).toBeLessThanOrEqual(0.5 / 360 + 1e-5);
      expect(match?.ags).toBe(source.places[0]?.ags);
      expect(match?.names).toEqual(
        source.nearestOnly ? [source.localities[0] ?? source.code] : source.places.map((place) => place.name),
      );
    }
  });

  it("carries the attributions in the manifest", () => {
    expect(data.manifest.attribution).toContain("GeoNames");
    expect(data.manifest.attribution).toContain("GeoBasis-DE / BKG");
    expect(data.manifest.attribution).toContain("Destatis");
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

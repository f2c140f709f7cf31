import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { realGeoData } from "../src/geo/fixtures/real-geodata.js";
import { buildAliasData, readAliasSources } from "./build-geo-aliases.js";
import { defaultSourceDir, GZIP_BUDGETS, readGeoSources, readGeoTables } from "./build-geodata.js";

const sources = readAliasSources(defaultSourceDir());
const tables = readGeoTables(readGeoSources());

describe("buildAliasData", () => {
  it("keeps aliases.json within its gzip budget", () => {
    const size = gzipSync(JSON.stringify(realGeoData().aliases)).length;
    expect(size).toBeLessThanOrEqual(GZIP_BUDGETS["aliases.json"]);
  });

  it("fails on an exonym row whose key names another municipality, with its line", () => {
    const exonyms = sources.exonyms.replace("05315000,Köln,", "05314000,Köln,");
    expect(() => buildAliasData({ ...sources, exonyms }, tables)).toThrow(
      /exonyms\.csv line 5: key 05314000 belongs to "Bonn", not "Köln"\./,
    );
  });

  it("fails on a district whose postcode lies outside its city", () => {
    const districts = sources.districts.replace("11000000,Neukölln,12043,", "11000000,Neukölln,50667,");
    expect(() => buildAliasData({ ...sources, districts }, tables)).toThrow(
      /districts\.csv line \d+ \(Neukölln\): postcode 50667 is not one of Berlin's postcodes\./,
    );
  });

  it("takes district names from GeoNames for big cities and lets the table win", () => {
    const names = realGeoData().aliases?.districts.split("|") ?? [];
    expect(names).toEqual(expect.arrayContaining(["Altona-Nord", "Bad Cannstatt", "Neukölln", "Ehrenfeld"]));
    expect(names.filter((name) => name === "Altona")).toHaveLength(1);
  });
});

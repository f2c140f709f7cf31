import { describe, expect, it } from "vitest";
import { readAliasSources, readAliasTables } from "./build-geo-aliases.js";
import { defaultSourceDir, readGeoSources } from "./geodata-sources.js";
import { readGeoTables } from "./geodata-tables.js";

const sources = readAliasSources(defaultSourceDir());
const tables = readGeoTables(readGeoSources());

describe("readAliasTables", () => {
  it("fails on an exonym row whose key names another municipality, with its line", () => {
    const exonyms = sources.exonyms.replace("05315000,Köln,", "05314000,Köln,");
    expect(() => readAliasTables({ ...sources, exonyms }, tables)).toThrow(
      /exonyms\.csv line 5: key 05314000 belongs to "Bonn", not "Köln"\./,
    );
  });

  it("fails on a district whose postcode lies outside its city", () => {
    const districts = sources.districts.replace("11000000,Neukölln,12043,", "11000000,Neukölln,50667,");
    expect(() => readAliasTables({ ...sources, districts }, tables)).toThrow(
      /districts\.csv line \d+ \(Neukölln\): postcode 50667 is not one of Berlin's postcodes\./,
    );
  });

  it("takes district names from GeoNames for big cities and lets the table win", () => {
    const names = readAliasTables(sources, tables).districts.map((district) => district.name);
    expect(names).toEqual(expect.arrayContaining(["Altona-Nord", "Bad Cannstatt", "Neukölln", "Ehrenfeld"]));
    expect(names.filter((name) => name === "Altona")).toHaveLength(1);
  });
});

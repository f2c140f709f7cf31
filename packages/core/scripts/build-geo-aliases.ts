/**
 * Reads the names the register lacks: exonyms from `geodata-sources/exonyms.csv`, city
 * districts from `geodata-sources/districts.csv` and the district names GeoNames gives big cities'
 * postcodes ("Hamburg Altona-Nord", "Stuttgart Bad Cannstatt"). Every row is checked against the
 * register: a key that names another municipality, or a postcode outside the city, fails the build.
 */
import { nameKeys, spaced } from "../src/geo/name-keys.js";
import { parseCsv, readSourceFile, SOURCE_FILES } from "./geodata-sources.js";
import type { Municipality, Postcode } from "./geodata-tables.js";

export const ALIAS_FILES = { exonyms: "exonyms.csv", districts: "districts.csv" } as const;

/** Columns of exonyms.csv after `ags,name`: Latin-script exonyms, then Arabic, Persian, Russian, Ukrainian, Turkish. */
export const EXONYM_COLUMNS = ["latin", "ar", "fa", "ru", "uk", "tr"] as const;

/** Cities this large get GeoNames' "City District" names as districts. */
const DISTRICT_CITY_POPULATION = 100_000;

export interface AliasTables {
  exonyms: { ags: string; name: string }[];
  districts: District[];
}

export interface AliasSources {
  exonyms: string;
  districts: string;
  /** The GeoNames postcode CSV, for its district names. */
  postcodes: string;
}

export function readAliasSources(dir: string): AliasSources {
  return {
    exonyms: readSourceFile(dir, ALIAS_FILES.exonyms),
    districts: readSourceFile(dir, ALIAS_FILES.districts),
    postcodes: readSourceFile(dir, SOURCE_FILES.postcodes),
  };
}

/** A city district: its city's key, its name, and the postcode and centroid of its centre. */
export interface District {
  ags: string;
  name: string;
  postcode: number;
  lat: number;
  lon: number;
}

/** Other names and city districts from their sources, checked against the joined register tables (`readGeoTables`). */
export function readAliasTables(
  sources: AliasSources,
  tables: { municipalities: Municipality[]; postcodes: Postcode[] },
): AliasTables {
  const byAgs = new Map(tables.municipalities.map((municipality) => [municipality.ags, municipality]));
  return { exonyms: readExonyms(sources.exonyms, byAgs), districts: readDistricts(sources, tables, byAgs) };
}

function readExonyms(text: string, byAgs: Map<string, Municipality>): { ags: string; name: string }[] {
  const [header, ...rows] = parseCsv(text);
  const expected = ["ags", "name", ...EXONYM_COLUMNS].join(",");
  if (header?.join(",") !== expected) {
    throw new Error(
      `${ALIAS_FILES.exonyms}: expected the header "${expected}", received "${header?.join(",")}".`,
    );
  }
  const exonyms: { ags: string; name: string }[] = [];
  rows.forEach(([ags = "", name = "", ...columns], row) => {
    const municipality = byAgs.get(ags);
    if (municipality?.name !== name) {
      throw new Error(
        `${ALIAS_FILES.exonyms} line ${row + 2}: key ${ags} belongs to "${municipality?.name ?? "no municipality"}", not "${name}".`,
      );
    }
    const own = new Set(nameKeys(name).map(spaced));
    const seen = new Set<string>();
    for (const spelling of columns.flatMap((cell) => cell.split(";")).map((value) => value.trim())) {
      const keys = nameKeys(spelling).map(spaced);
      // A spelling that folds to the German name ("Dusseldorf") needs no entry.
      if (spelling === "" || keys.length === 0 || keys.some((key) => own.has(key)) || seen.has(keys[0]!))
        continue;
      seen.add(keys[0]!);
      exonyms.push({ ags, name: spelling.replace(/\|/g, "/") });
    }
  });
  return exonyms.sort((a, b) => a.ags.localeCompare(b.ags));
}

function readDistricts(
  sources: AliasSources,
  tables: { municipalities: Municipality[]; postcodes: Postcode[] },
  byAgs: Map<string, Municipality>,
): District[] {
  const postcodes = new Map(tables.postcodes.map((postcode) => [postcode.code, postcode]));
  const districts = new Map<string, District>();
  const keyOf = (ags: string, name: string) => `${ags} ${nameKeys(name).map(spaced)[0] ?? name}`;

  const [header, ...rows] = parseCsv(sources.districts);
  if (header?.join(",") !== "city_ags,name,postcode,kind") {
    throw new Error(`${ALIAS_FILES.districts}: expected the header "city_ags,name,postcode,kind".`);
  }
  rows.forEach(([ags = "", name = "", code = ""], row) => {
    const where = `${ALIAS_FILES.districts} line ${row + 2} (${name})`;
    const city = byAgs.get(ags);
    if (!city) throw new Error(`${where}: no municipality has the key ${ags}.`);
    const postcode = postcodes.get(code);
    if (!postcode?.places.includes(city)) {
      throw new Error(`${where}: postcode ${code} is not one of ${city.name}'s postcodes.`);
    }
    districts.set(keyOf(ags, name), {
      ags,
      name,
      postcode: Number(code),
      lat: postcode.lat,
      lon: postcode.lon,
    });
  });

  // GeoNames names big cities' postcodes "City District"; the hand-written table above wins.
  const cities = new Map(
    tables.municipalities
      .filter((municipality) => municipality.population >= DISTRICT_CITY_POPULATION)
      .map((municipality) => [municipality.ags.slice(0, 5), municipality]),
  );
  const found = new Map<string, District & { rows: number }>();
  for (const [, zipcode = "", place = "", , stateCode = "", , , , district = "", lat, lon] of parseCsv(
    sources.postcodes,
  ).slice(1)) {
    if (/^\d+$/.test(stateCode)) continue;
    const city = cities.get(district);
    if (!city || !place.startsWith(`${city.name} `)) continue;
    const name = place.slice(city.name.length + 1).trim();
    if (name === "" || nameKeys(name).length === 0) continue;
    const key = keyOf(city.ags, name);
    if (districts.has(key)) continue;
    const entry = found.get(key);
    if (entry) {
      entry.lat += Number(lat);
      entry.lon += Number(lon);
      entry.rows++;
    } else {
      found.set(key, {
        ags: city.ags,
        name,
        postcode: Number(zipcode),
        lat: Number(lat),
        lon: Number(lon),
        rows: 1,
      });
    }
  }
  for (const [key, { rows: count, ...district }] of found) {
    districts.set(key, { ...district, lat: district.lat / count, lon: district.lon / count });
  }
  return [...districts.values()].sort(
    (a, b) => a.ags.localeCompare(b.ags) || a.name.localeCompare(b.name, "de"),
  );
}

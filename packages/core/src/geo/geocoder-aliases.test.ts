import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXONYM_COLUMNS } from "../../scripts/build-geo-aliases.js";
import { defaultSourceDir, parseCsv } from "../../scripts/geodata-sources.js";
import { decodeNamePiece } from "./decode-pieces.js";
import { distanceKm } from "./distance.js";
import { realGeocoder, realGeoData } from "./fixtures/real-geodata.js";

const geocoder = realGeocoder();
const first = (query: string) => geocoder.geocode(query)[0];
/** The names of each city's districts in the name pieces, by the city's key. */
const districtNames = new Map<string, Set<string>>();
for (const [file, piece] of Object.entries(realGeoData().pieces)) {
  if (!file.startsWith("names-")) continue;
  for (const district of decodeNamePiece(piece, file).districts) {
    const names = districtNames.get(district.city.ags) ?? new Set<string>();
    districtNames.set(district.city.ags, names.add(district.name));
  }
}

describe("geocoder: names foreigners use", () => {
  it.each([
    ["Munich", "München"],
    ["Cologne", "Köln"],
    ["Nuremberg", "Nürnberg"],
    ["Frankfurt/Main", "Frankfurt am Main"],
    ["Frankfurt (Main)", "Frankfurt am Main"],
    ["Aix-la-Chapelle", "Aachen"],
    ["Hanover", "Hannover"],
    ["ميونخ", "München"],
    ["مونیخ", "München"],
    ["Мюнхен", "München"],
    ["Münih", "München"],
    ["Кёльн", "Köln"],
    ["Кельн", "Köln"],
    ["کلن", "Köln"],
    ["Франкфурт", "Frankfurt am Main"],
  ])("resolves %s to %s", (query, name) => {
    expect(first(query)).toMatchObject({ kind: "place", name });
    expect(first(query)?.fuzzy).toBeUndefined();
  });

  it("folds the ways Arabic and Persian keyboards type the same letters, and vowel marks", () => {
    // Persian ی and ک for Arabic ي and ك; a kasra and a tatweel added.
    for (const query of ["کولونیا", "كولونيا", "كُولُونـيا"]) expect(first(query)?.name).toBe("Köln");
    expect(first("Кёльн")?.name).toBe(first("Кельн")?.name);
  });

  it("resolves Turkish typing of German names without umlauts", () => {
    expect(["Koln", "Dusseldorf", "Nurnberg", "Munih"].map((query) => first(query)?.name)).toEqual([
      "Köln",
      "Düsseldorf",
      "Nürnberg",
      "München",
    ]);
  });

  it("has Arabic, Persian, Russian and Ukrainian spellings of the 100 largest municipalities, each resolving to it", () => {
    const [, ...rows] = parseCsv(readFileSync(join(defaultSourceDir(), "exonyms.csv"), "utf8"));
    const byAgs = new Map(rows.map((row) => [row[0], row]));
    const largest = [...geocoder.places].sort((a, b) => b.population - a.population).slice(0, 100);
    const problems: string[] = [];
    for (const place of largest) {
      const row = byAgs.get(place.ags);
      if (!row) {
        problems.push(`${place.name}: no row`);
        continue;
      }
      for (const language of ["ar", "fa", "ru", "uk"] as const) {
        const cell = row[2 + EXONYM_COLUMNS.indexOf(language)] ?? "";
        if (cell === "") problems.push(`${place.name}: no ${language} spelling`);
        for (const spelling of cell.split(";").filter(Boolean)) {
          const match = first(spelling);
          if (match?.ags !== place.ags) problems.push(`${place.name}: ${spelling} → ${match?.label}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("geocoder: city districts", () => {
  it.each([
    ["Neukölln", "Berlin", { lat: 52.48, lon: 13.44 }],
    ["Kreuzberg", "Berlin", { lat: 52.5, lon: 13.4 }],
    ["Altona", "Hamburg", { lat: 53.55, lon: 9.93 }],
    ["Ehrenfeld", "Köln", { lat: 50.95, lon: 6.91 }],
    ["Bad Cannstatt", "Stuttgart", { lat: 48.8, lon: 9.22 }],
    ["Schwabing", "München", { lat: 48.16, lon: 11.58 }],
  ])("resolves %s to a district of %s near its centre", (query, city, centre) => {
    const match = first(query);
    expect(match).toMatchObject({ kind: "district", name: query, partOf: city });
    expect(match?.label.startsWith(`${query}, ${city}`)).toBe(true);
    expect(distanceKm(match!, centre)).toBeLessThan(3);
  });

  it("resolves a city's name followed by one of its districts", () => {
    for (const query of ["Hamburg-Altona", "Berlin Neukölln", "Köln Ehrenfeld", "Koeln-Ehrenfeld"]) {
      expect(first(query)?.kind).toBe("district");
    }
    expect(first("Berlin Ehrenfeld")).toBeUndefined();
  });

  it("knows all twelve Berlin Bezirke", () => {
    const bezirke = [
      "Mitte",
      "Friedrichshain-Kreuzberg",
      "Pankow",
      "Charlottenburg-Wilmersdorf",
      "Spandau",
      "Steglitz-Zehlendorf",
      "Tempelhof-Schöneberg",
      "Neukölln",
      "Treptow-Köpenick",
      "Marzahn-Hellersdorf",
      "Lichtenberg",
      "Reinickendorf",
    ];
    for (const name of bezirke) {
      expect(geocoder.geocode(name).some((match) => match.partOf === "Berlin" && match.name === name)).toBe(
        true,
      );
    }
  });

  it("returns every district of an ambiguous name", () => {
    const cities = geocoder.geocode("Mitte").map((match) => match.partOf);
    expect(cities).toEqual(expect.arrayContaining(["Berlin", "Hannover", "Bremen"]));
  });

  it.each([
    ["Gostenhof", "Nürnberg"],
    ["Marxloh", "Duisburg"],
    ["Elberfeld", "Wuppertal"],
    ["Bad Godesberg", "Bonn"],
    ["Wattenscheid", "Bochum"],
    ["Hiltrup", "Münster"],
    ["Brackwede", "Bielefeld"],
    ["Durlach", "Karlsruhe"],
    ["Neckarstadt", "Mannheim"],
    ["Biebrich", "Wiesbaden"],
    ["Lechhausen", "Augsburg"],
    ["Gaarden", "Kiel"],
    ["Burtscheid", "Aachen"],
    ["Rheydt", "Mönchengladbach"],
    ["Kaßberg", "Chemnitz"],
    ["Halle-Neustadt", "Halle (Saale)"],
    ["Sudenburg", "Magdeburg"],
    ["Travemünde", "Lübeck"],
  ])("resolves %s to a district of %s, within 8 km of the city's centre", async (query, city) => {
    // Biebrich and Burtscheid are villages too: resolve weighs them against the city's district.
    const resolution = await geocoder.resolve(query);
    const match = resolution.kind === "place" ? resolution.match : undefined;
    expect(match).toMatchObject({ kind: "district", name: query, partOf: city });
    const centre = geocoder.geocode(city)[0];
    expect(distanceKm(match!, centre!)).toBeLessThan(8);
  });

  it("has at least 7 districts for each of the 30 largest municipalities", () => {
    const largest = [...geocoder.places].sort((a, b) => b.population - a.population).slice(0, 30);
    const few = largest.filter((place) => (districtNames.get(place.ags)?.size ?? 0) < 7);
    expect(few.map((place) => place.name)).toEqual([]);
  });

  it("offers a big city's district early while typing", () => {
    expect(geocoder.suggest("Neuk")[0]?.label).toBe("Neukölln, Berlin");
  });
});

describe("geocoder: near misses", () => {
  it.each([
    ["Muenchn", "München"],
    ["Dusseldrof", "Düsseldorf"],
    ["Berln", "Berlin"],
    ["Nurnbreg", "Nürnberg"],
  ])("offers %s as a near miss of %s, marked fuzzy", (query, name) => {
    expect(first(query)).toMatchObject({ name, fuzzy: true });
  });

  it("suggests near misses while typing when nothing starts with the text", () => {
    expect(geocoder.suggest("Dusseldrof")[0]).toMatchObject({ name: "Düsseldorf", fuzzy: true });
  });

  it("never marks an exact name fuzzy, and offers nothing for a short or far-off text", () => {
    expect(first("Düsseldorf")?.fuzzy).toBeUndefined();
    expect(geocoder.geocode("Xyzzyq")).toEqual([]);
    expect(geocoder.geocode("Kxl")).toEqual([]);
  });

  it("returns every place of an ambiguous name with a label that tells them apart", () => {
    const matches = geocoder.geocode("Neuenkirchen").filter((match) => match.name === "Neuenkirchen");
    expect(matches.length).toBeGreaterThanOrEqual(8);
    expect(new Set(matches.map((match) => match.label)).size).toBe(matches.length);
  });
});

import { createHash } from "node:crypto";
import { createIndex, eligibility, search } from "@beratungsfinder/core";
import { parseDataset } from "@beratungsfinder/schemas";
import { describe, expect, it } from "vitest";
import { realGeocoder } from "../fixtures/real-geocoder.js";
import { FAIRE_MOBILITAET_CITIES } from "./faire-mobilitaet.js";
import { generateDemoDataset } from "./generate-demo-dataset.js";

const geocoder = await realGeocoder();
const dataset = generateDemoDataset({ places: geocoder.places });
const parsed = parseDataset(JSON.parse(JSON.stringify(dataset)), { strict: true });
const index = createIndex(parsed.dataset);
const faire = dataset.offices.filter((office) => office.programmes.includes("FAIRE_MOBILITAET"));
const EU_LANGUAGES = new Set(["bg", "ro", "pl", "hu", "hr", "sr", "cs", "sk", "lt", "lv"]);

describe("the demo dataset's Faire Mobilität offices", () => {
  it("puts one fictional office in each of the 15 cities, all valid and without a warning", () => {
    expect(parsed.invalid).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    expect(faire.map((office) => office.address?.municipalityKey)).toEqual([...FAIRE_MOBILITAET_CITIES]);
    expect(faire.map((office) => office.address?.city)).toContain("Oldenburg (Oldb)");
    for (const office of faire) {
      expect(office.fictional).toBe(true);
      expect(office.freeOfCharge).toBe(true);
      expect(office.targetGroups).toEqual(["eu-citizens", "workers"]);
      expect(office.topics).toContain("work");
      expect(office.channels).toEqual(expect.arrayContaining(["in-person", "phone", "email"]));
      expect(office.contact.phones[0]?.number).toMatch(
        /^(030 23125|069 90009|040 66969|0221 4710|089 99998) \d{3}$/,
      );
      expect(office.contact.emails).toEqual([`${office.id}@example.org`]);
      const codes = office.languages.map((entry) => (typeof entry === "string" ? entry : entry.code));
      expect(codes.slice(0, 2)).toEqual(["de", "en"]);
      expect(codes.slice(2).length).toBeGreaterThanOrEqual(3);
      for (const code of codes.slice(2)) expect(EU_LANGUAGES).toContain(code);
    }
    const provider = dataset.providers.find((p) => p.id === faire[0]?.providerId);
    expect(provider).toMatchObject({ umbrella: "other", name: expect.stringMatching(/^Beispielträger /) });
  });

  it("leaves the MBE and JMD offices exactly as the generator drew them before it had these", () => {
    const local = dataset.offices.filter((office) =>
      office.programmes.some((p) => p === "MBE" || p === "JMD"),
    );
    expect(local).toHaveLength(1890);
    // The digest of the 1,890 offices as the generator made them before the Faire Mobilität offices.
    expect(createHash("sha256").update(JSON.stringify(local)).digest("hex")).toBe(
      "9843d9d81a3fbfe2f776516ae981c514c1d0bb1a048c274348320545a809c26b",
    );
    const elsewhere = generateDemoDataset({
      places: geocoder.places.filter(
        (place) => !(FAIRE_MOBILITAET_CITIES as readonly string[]).includes(place.ags),
      ),
      count: 10,
    });
    expect(elsewhere.offices.some((office) => office.programmes.includes("FAIRE_MOBILITAET"))).toBe(false);
  });

  it("shows a Romanian worker of 35 in Köln, who says they work here, the Köln office with its reason", () => {
    const fits = eligibility({ age: 35, situations: ["eu-worker"] });
    expect(fits.programmes).toContain("FAIRE_MOBILITAET");
    const point = geocoder.geocode("50667")[0]!;
    const { results } = search(index, { point, age: 35, programmes: fits.programmes, languages: ["ro"] });
    const office = results.find((result) => result.office.programmes.includes("FAIRE_MOBILITAET"));
    expect(office?.office.address?.city).toBe("Köln");
    expect(office?.fit).toMatchObject({ programme: "FAIRE_MOBILITAET" });
    expect(office?.reasons).toContainEqual(
      expect.objectContaining({ key: "eligibility.faire-mobilitaet.eu-worker" }),
    );
  });

  it("lists Faire Mobilität in a search for its programme near each of the cities", () => {
    for (const office of faire) {
      const point = office.geo!;
      const { results } = search(index, { point, programmes: ["FAIRE_MOBILITAET"] });
      expect(results[0]?.office.id, office.id).toBe(office.id);
    }
  });
});

import { parseDataset } from "@beratungsfinder/schemas";
import { describe, expect, it } from "vitest";
import type { DemoPlace } from "./generate-demo-dataset.js";
import { generateDemoDataset, slugify } from "./generate-demo-dataset.js";

/** A handful of real municipalities (AGS, centroid, population 2019), enough to see proportions. */
const PLACES: DemoPlace[] = [
  {
    name: "Berlin",
    ags: "11000000",
    state: "DE-BE",
    lat: 52.5,
    lon: 13.4,
    population: 3_669_491,
    postalCode: "10115",
  },
  {
    name: "Köln",
    ags: "05315000",
    state: "DE-NW",
    lat: 50.94,
    lon: 6.96,
    population: 1_087_863,
    postalCode: "50667",
  },
  {
    name: "München",
    ags: "09162000",
    state: "DE-BY",
    lat: 48.14,
    lon: 11.58,
    population: 1_484_226,
    postalCode: "80331",
  },
  { name: "Frankfurt (Oder)", ags: "12053000", state: "DE-BB", lat: 52.34, lon: 14.55, population: 57_751 },
  {
    name: "Gießen",
    ags: "06531005",
    state: "DE-HE",
    lat: 50.58,
    lon: 8.68,
    population: 89_802,
    postalCode: "35390",
  },
  {
    name: "List auf Sylt",
    ags: "01054076",
    state: "DE-SH",
    lat: 55.02,
    lon: 8.43,
    population: 1_521,
    postalCode: "25992",
  },
  {
    name: "Oberstdorf",
    ags: "09780131",
    state: "DE-BY",
    lat: 47.41,
    lon: 10.28,
    population: 9_771,
    postalCode: "87561",
  },
  {
    name: "Görlitz",
    ags: "14626110",
    state: "DE-SN",
    lat: 51.15,
    lon: 14.97,
    population: 55_980,
    postalCode: "02826",
  },
  { name: "Nirgendwo", ags: "03241001", state: "DE-NI", lat: 52.37, lon: 9.73, population: 0 },
];

describe("generateDemoDataset", () => {
  const dataset = generateDemoDataset({ places: PLACES });

  it("passes the schema with no invalid office", () => {
    const parsed = parseDataset(JSON.parse(JSON.stringify(dataset)));
    expect(parsed.invalid).toEqual([]);
    expect(parsed.dataset.offices).toHaveLength(dataset.offices.length);
  });

  it("gives some offices each field of data model 1.1, and loads without a warning", () => {
    const parsed = parseDataset(JSON.parse(JSON.stringify(dataset)));
    expect(dataset.schemaVersion).toBe("1.1");
    expect(parsed.warnings).toEqual([]);
    const offices = parsed.dataset.offices;
    const share = (test: (office: (typeof offices)[number]) => boolean) =>
      offices.filter(test).length / offices.length;
    expect(share((office) => office.address?.municipalityKey !== undefined)).toBeGreaterThan(0.9);
    for (const [name, test] of [
      ["language offer", (o) => o.languages.some((entry) => typeof entry !== "string")],
      ["outreach", (o) => (o.outreach?.length ?? 0) > 0],
      ["woman counsellor", (o) => o.womanCounsellor === true],
      ["free of charge", (o) => o.freeOfCharge === true],
      ["waiting list", (o) => o.intake?.status === "waiting-list"],
      ["email", (o) => o.channels.includes("email")],
      ["group", (o) => o.channels.includes("group")],
      ["family reunification", (o) => o.topics.includes("family-reunification")],
      ["tolerated persons", (o) => o.targetGroups.includes("tolerated-persons")],
      ["unaccompanied minors", (o) => o.targetGroups.includes("unaccompanied-minors")],
    ] as [string, (office: (typeof offices)[number]) => boolean][]) {
      const part = share(test);
      expect(part, name).toBeGreaterThan(0.02);
      expect(part, name).toBeLessThan(0.7);
    }
    const slots = offices.flatMap((office) => office.outreach ?? []).flatMap((place) => place.slots);
    expect(new Set(slots.map((slot) => slot.repeat))).toEqual(new Set(["monthly", "every-2-weeks"]));
    // Every outreach office says so in its channels.
    for (const office of offices.filter((o) => o.outreach)) expect(office.channels).toContain("outreach");
  });

  it("gives the same dataset for the same seed and another for another seed", () => {
    expect(generateDemoDataset({ places: PLACES })).toEqual(dataset);
    expect(generateDemoDataset({ places: PLACES, seed: 2 })).not.toEqual(dataset);
  });

  it("does not depend on the order of the places", () => {
    expect(generateDemoDataset({ places: [...PLACES].reverse() })).toEqual(dataset);
  });

  it("makes about 1,400 MBE and 490 JMD offices, Faire Mobilität in its cities, plus the two online services", () => {
    const count = (programme: string) =>
      dataset.offices.filter((o) => o.programmes.includes(programme as never)).length;
    expect(count("MBE")).toBe(1400);
    expect(count("JMD")).toBe(490);
    expect(count("MBEON")).toBe(1);
    expect(count("JMD4YOU")).toBe(1);
    // Berlin, Köln and München are among its 15 cities; the other places here are not.
    expect(
      dataset.offices.filter((o) => o.programmes.includes("FAIRE_MOBILITAET")).map((o) => o.address?.city),
    ).toEqual(["Berlin", "Köln", "München"]);
  });

  it("scales the MBE and JMD offices to the requested count, with Faire Mobilität on top", () => {
    const small = generateDemoDataset({ places: PLACES, count: 100 });
    const local = small.offices.filter((office) => office.programmes.some((p) => p === "MBE" || p === "JMD"));
    expect(local).toHaveLength(100);
    expect(small.offices.filter((office) => office.address)).toHaveLength(103);
  });

  it("spreads offices in proportion to population", () => {
    const inCity = (city: string) =>
      dataset.offices.filter(
        (office) => office.address?.city === city && !office.programmes.includes("FAIRE_MOBILITAET"),
      ).length;
    const total = PLACES.reduce((sum, place) => sum + place.population, 0);
    expect(inCity("Berlin") / 1890).toBeCloseTo(3_669_491 / total, 2);
    expect(inCity("Köln")).toBeGreaterThan(inCity("Gießen"));
    expect(inCity("Nirgendwo")).toBe(0);
  });

  it("keeps offices near their municipality and inside Germany", () => {
    for (const office of dataset.offices) {
      if (!office.geo) continue;
      const place = PLACES.find((candidate) => candidate.name === office.address?.city)!;
      expect(Math.abs(office.geo.lat - place.lat)).toBeLessThan(0.1);
      expect(office.geo.lat).toBeLessThanOrEqual(55.1);
    }
  });

  it("marks the dataset and every invented office as fictional, the real online services not", () => {
    expect(dataset.fictional).toBe(true);
    for (const office of dataset.offices) {
      expect(office.fictional).toBe(!["mbeon", "jmd4you"].includes(office.id));
    }
  });

  it("uses only example.org addresses and telephone numbers reserved for fiction", () => {
    const fictionalRange = /^(030 23125|069 90009|040 66969|0221 4710|089 99998) \d{3}$/;
    for (const office of dataset.offices.filter((o) => o.fictional)) {
      for (const phone of office.contact.phones) expect(phone.number).toMatch(fictionalRange);
      for (const email of office.contact.emails) expect(email).toMatch(/@example\.org$/);
      expect(office.contact.website).toMatch(/^https:\/\/example\.org\//);
    }
    expect(dataset.offices.find((o) => o.id === "beratung-koeln-1")).toBeUndefined();
    expect(dataset.offices.find((o) => o.id === "mbe-koeln-3")?.contact.emails).toEqual([
      "beratung-koeln-3@example.org",
    ]);
  });

  it("names providers Beispielträger and gives them an umbrella", () => {
    for (const provider of dataset.providers.filter((p) => !["mbeon", "jmd4you"].includes(p.id))) {
      expect(provider.name).toMatch(/^Beispielträger /);
    }
    expect(new Set(dataset.providers.map((p) => p.umbrella)).size).toBeGreaterThan(5);
  });

  it("names providers after the district, or the place when the district is unknown", () => {
    const withDistrict = generateDemoDataset({
      places: [{ ...PLACES[1]!, district: "Kreisfreie Stadt Köln" }],
      count: 3,
    });
    expect(withDistrict.providers[0]?.name).toMatch(/^Beispielträger \S+ Kreisfreie Stadt Köln e\. V\.$/);
    const withoutDistrict = generateDemoDataset({ places: [{ ...PLACES[1]!, district: "" }], count: 3 });
    expect(withoutDistrict.providers[0]?.name).toMatch(/^Beispielträger \S+ Köln e\. V\.$/);
  });

  it("gives every office the district of its municipality as service area", () => {
    const berlin = dataset.offices.find((office) => office.address?.city === "Berlin")!;
    expect(berlin.serviceArea).toEqual(["11000"]);
  });

  it("falls back to a postcode of the state when the place has none", () => {
    const frankfurt = dataset.offices.find((office) => office.address?.city === "Frankfurt (Oder)");
    expect(frankfurt?.address?.postalCode).toMatch(/^\d{5}$/);
  });

  it("offers German and languages of the people who live here", () => {
    const languages = new Set(dataset.offices.flatMap((office) => office.languages));
    for (const code of ["de", "ar", "uk", "ru", "tr", "fa", "kmr"]) expect(languages).toContain(code);
    expect(dataset.offices.every((office) => office.languages.includes("de"))).toBe(true);
  });

  it("includes consultation hours, appointment-only offices and Friday-morning outposts", () => {
    const hours = dataset.offices.flatMap((office) => (office.openingHours ? [office.openingHours] : []));
    expect(hours.some((h) => h.appointmentOnly)).toBe(true);
    expect(
      hours.some((h) =>
        Object.values(h.weekly).some((slots) => slots?.some((s) => s.kind === "consultation")),
      ),
    ).toBe(true);
    expect(hours.some((h) => Object.keys(h.weekly).join() === "fr")).toBe(true);
  });

  it("lists mbeon and jmd4you as online offices without address", () => {
    const mbeon = dataset.offices.find((office) => office.id === "mbeon")!;
    expect(mbeon.address).toBeUndefined();
    expect(mbeon.geo).toBeUndefined();
    expect(mbeon.contact.website).toBe("https://www.mbeon.de");
    expect(dataset.offices.find((office) => office.id === "jmd4you")?.contact.website).toBe(
      "https://www.jmd4you.de",
    );
  });
});

describe("slugify", () => {
  it("folds umlauts and punctuation", () => {
    expect(slugify("Köln")).toBe("koeln");
    expect(slugify("Gießen")).toBe("giessen");
    expect(slugify("Frankfurt (Oder)")).toBe("frankfurt-oder");
    expect(slugify("Saint-Étienne")).toBe("saint-etienne");
  });
});

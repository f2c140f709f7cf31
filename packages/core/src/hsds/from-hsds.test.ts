import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseDataset } from "@beratungsfinder/schemas";
import { describe, expect, it } from "vitest";
import { createIndex } from "../search/create-index.js";
import { search } from "../search/search.js";
import { fromHsds, fromHsdsTables } from "./from-hsds.js";
import { toHsds } from "./to-hsds.js";

// The official examples, kept as test fixtures in <repo>/fixtures/hsds-3.0 (CC BY-SA 4.0).
const HSDS = fileURLToPath(new URL("../../../../fixtures/hsds-3.0/examples/", import.meta.url));
const example = (name: string): unknown => JSON.parse(readFileSync(`${HSDS}${name}`, "utf8"));
const now = () => new Date("2026-11-24T12:00:00Z");

const csvTables = () =>
  Object.fromEntries(
    readdirSync(`${HSDS}csv`)
      .filter((file) => file.endsWith(".csv"))
      .map((file) => [file, readFileSync(`${HSDS}csv/${file}`, "utf8")]),
  );

describe("fromHsds on the official examples", () => {
  const files = readdirSync(HSDS).filter((file) => file.endsWith(".json"));

  it.each(files)("imports %s without throwing and keeps every office valid", (file) => {
    const { dataset, warnings } = fromHsds(example(file), { now });
    expect(dataset.generatedAt).toBe("2026-11-24T12:00:00.000Z");
    for (const warning of warnings) expect(warning).toMatch(/^\S/);
    for (const office of dataset.offices)
      expect(dataset.providers.map((p) => p.id)).toContain(office.providerId);
    // The result is a dataset our own parser accepts as a whole.
    expect(parseDataset(JSON.parse(JSON.stringify(dataset))).invalid).toEqual([]);
  });

  it("maps the full organization: provider, service at location, contact, hours, languages, ages", () => {
    const { dataset, warnings } = fromHsds(example("organization_full.json"), { language: "en" });
    expect(dataset.providers).toEqual([
      {
        id: "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610",
        name: "Example Organization Inc.",
        umbrella: "other",
        website: "http://example.com",
      },
    ]);
    expect(dataset.offices).toHaveLength(1);
    const office = dataset.offices[0]!;
    expect(office).toMatchObject({
      id: "e94c9f38-1e8f-4564-91d4-d53501ab1765",
      name: "Community Counselling (MyCity Civic Center)",
      programmes: ["OTHER"],
      languages: ["ur"],
      languageNote: "Translation services provided via bilingual staff when they are available",
      ageRange: { min: 12, max: 100 },
      lastVerified: "2005-01-01",
      contact: {
        phones: [{ number: "+44 1234 234567", type: "voice" }],
        emails: ["email@example.com"],
        website: "http://example.com/counselling",
      },
      accessibility: { stepFree: true, hearingLoop: true, accessibleToilet: "unknown" },
    });
    expect(office.description?.en).toMatch(/^Counselling Services/);
    // 10:00 at the example's timezone +3 is 08:00 in Berlin standard time.
    expect(office.openingHours?.weekly).toEqual({
      th: [{ from: "08:00", to: "16:00", kind: "open" }],
      fr: [{ from: "08:00", to: "16:00", kind: "open" }],
    });
    // A US address is reported and left out, and its coordinates with it.
    expect(office.address).toBeUndefined();
    expect(office.geo).toBeUndefined();
    expect(warnings).toContain(
      'organization.services[0].service_at_locations[0].location.addresses[0]: the address is in "US", outside Germany; address and coordinates left out (1-30 Main Street, MyVillage, MyCity, ABC 1234, MyState, US)',
    );
    expect(
      warnings.some((w) =>
        w.startsWith("organization.services[0].service_areas[0]: expected an official regional key"),
      ),
    ).toBe(true);
  });

  it("imports the service, service_at_location and list forms to the same office", () => {
    const ids = ["service_full.json", "service_at_location_full.json", "service_at_location_list.json"].map(
      (file) => fromHsds(example(file)).dataset.offices.map((office) => office.id),
    );
    expect(ids).toEqual([
      ["e94c9f38-1e8f-4564-91d4-d53501ab1765"],
      ["e94c9f38-1e8f-4564-91d4-d53501ab1765"],
      ["e94c9f38-1e8f-4564-91d4-d53501ab1765"],
    ]);
    const list = fromHsds(example("service_at_location_list.json"));
    expect(list.warnings).toContain(
      "(root).contents[0].service.service_at_locations[0]: geo.lat expected a latitude inside Germany (47.2 to 55.1), received 100; left out",
    );
  });

  it("imports organization and service lists (providers without locations)", () => {
    expect(fromHsds(example("organization_list.json")).dataset.providers).toHaveLength(1);
    const services = fromHsds(example("service_list.json")).dataset;
    expect(services.offices.map((office) => office.address)).toEqual([undefined]);
  });

  it("reports objects that hold no offices instead of throwing", () => {
    expect(fromHsds(example("taxonomy.json")).warnings[0]).toContain(
      "not an organization, service or service_at_location",
    );
    expect(fromHsds(example("location.json")).warnings[0]).toContain("a location on its own");
  });

  it("stops at pages nested 30,000 deep with a warning instead of running out of stack", () => {
    let page: unknown = { contents: [] };
    for (let level = 0; level < 30_000; level++) page = { contents: [page] };
    const { dataset, warnings } = fromHsds(page);
    expect(dataset.offices).toEqual([]);
    expect(warnings).toEqual([
      expect.stringMatching(/: "contents" nested more than 32 levels deep; left out$/),
    ]);
  });

  it("lists each record left out whole as an issue with its code and HSDS path", () => {
    const sal = { id: "sal-1", location_id: "l", service_id: "s" };
    const result = fromHsds([42, example("location.json"), sal, example("taxonomy.json")]);
    expect(result.issues).toEqual([
      { code: "not_an_hsds_record", path: "[0]", message: "expected an HSDS object, received number" },
      expect.objectContaining({ code: "unsupported_record", path: "[1]" }),
      expect.objectContaining({ code: "missing_service", path: "[2]" }),
      expect.objectContaining({ code: "unsupported_record", path: "[3]" }),
    ]);
    expect(result.invalid).toBe(4);
    expect(result.value).toBe(result.dataset);
    // In 0.x the warnings still name them, as before.
    expect(result.warnings[0]).toBe("[0]: expected an HSDS object, received number; left out");
  });

  it("rejects input that is not HSDS JSON with a typed error", () => {
    expect(() => fromHsds("{ nope")).toThrow(expect.objectContaining({ code: "INVALID_JSON" }));
    expect(() => fromHsds(42)).toThrow(expect.objectContaining({ code: "INVALID_HSDS" }));
  });
});

describe("fromHsdsTables on the official CSV package", () => {
  it("leaves out a row with more cells than the header instead of reading it shifted", () => {
    const { dataset, warnings, invalid } = fromHsdsTables({
      "organizations.csv": "id,name,description\no1,Caritas Köln,Beratung, auch online\no2,AWO Bonn,Hilfe\n",
      "services.csv": "id,organization_id,name\ns1,o2,Migrationsberatung\n",
    });
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /^organizations\.csv line 2: expected 3 cells as in the header row, received 4: a "," inside/,
      ),
    );
    expect(dataset.providers.map((provider) => provider.name)).toEqual(["AWO Bonn"]);
    // A row left out whole is invalid data, as a CSV row of the template is.
    expect(invalid).toBe(1);
  });

  it("imports the same office as the JSON form, with warnings naming file and line", () => {
    const fromCsv = fromHsdsTables(csvTables(), { language: "en" });
    const fromJson = fromHsds(example("organization_full.json"), { language: "en" });
    expect(fromCsv.dataset.offices).toEqual(fromJson.dataset.offices);
    expect(fromCsv.dataset.providers).toEqual(fromJson.dataset.providers);
    expect(fromCsv.warnings).toContain(
      'addresses.csv line 2: the address is in "US", outside Germany; address and coordinates left out (1-30 Main Street, MyVillage, MyCity, ABC 1234, MyState, US)',
    );
    expect(fromCsv.warnings).toContain(
      "contacts.csv: 1 row not mapped (named contact persons are personal data and not part of the office model)",
    );
  });

  it("imports the tabular JSON form (tabular.json) like the CSV files", () => {
    const fromTabular = fromHsds(example("tabular.json"), { language: "en" });
    expect(fromTabular.dataset.offices).toEqual(
      fromHsdsTables(csvTables(), { language: "en" }).dataset.offices,
    );
  });
});

describe("fromHsds on German data", () => {
  const organization = {
    id: "7f1d3a52-0d0e-4c59-9a43-3c1f7f0d9b11",
    name: "Diakonisches Werk Beispielstadt e. V.",
    description: "Fiktiver Träger",
    programs: [{ id: "p1", name: "Jugendmigrationsdienst", description: "JMD" }],
    services: [
      {
        id: "s1",
        name: "Jugendmigrationsdienst Beispielstadt",
        status: "active",
        program_id: "p1",
        minimum_age: 12,
        maximum_age: 26,
        service_areas: [{ id: "a1", name: "Köln", extent: "05315000", extent_type: "ags" }],
        languages: [
          { id: "l1", code: "ara" },
          { id: "l2", code: "Klingonisch" },
        ],
        service_at_locations: [
          {
            id: "sal1",
            phones: [{ id: "ph1", number: "0221 4710 555", type: "cell" }],
            schedules: [
              {
                id: "sc1",
                freq: "WEEKLY",
                byday: "MO,TU",
                opens_at: "09:00:00+02:00",
                closes_at: "12:00:00+02:00",
              },
              { id: "sc2", freq: "MONTHLY", byday: "1SA", opens_at: "10:00", closes_at: "12:00" },
            ],
            location: {
              id: "loc1",
              location_type: "physical",
              name: "Haus der Jugend",
              latitude: 50.94,
              longitude: 6.96,
              addresses: [
                {
                  id: "ad1",
                  address_1: "Beispielstraße 1",
                  city: "Köln",
                  state_province: "Nordrhein-Westfalen",
                  postal_code: "50667",
                  country: "DE",
                  address_type: "physical",
                },
              ],
            },
          },
        ],
      },
    ],
  };

  it("imports the ISO 639-2 code kur as Kurdish (ku), which a search for Kurmanji or Sorani finds as related", () => {
    const kurdish = structuredClone(organization);
    kurdish.services[0]!.languages = [{ id: "l1", code: "kur" }];
    const { dataset, warnings } = fromHsds(kurdish);
    expect(warnings).toEqual([]);
    expect(dataset.offices[0]?.languages).toEqual(["ku"]);
    const index = createIndex(dataset);
    for (const language of ["kmr", "ckb", "ku"]) {
      const [found] = search(index, { point: { lat: 50.94, lon: 6.96 }, languages: [language] }).results;
      expect(found?.office.id, language).toBe("sal1");
      expect(found?.languageMatch, language).toBe(language === "ku" ? "exact" : "related");
    }
  });

  it("reads the address's municipality key from our location attribute, and leaves out one that is not 8 digits", () => {
    const keyed = (value: string) => {
      const copy = structuredClone(organization);
      (copy.services[0]!.service_at_locations[0]!.location as Record<string, unknown>).attributes = [
        { id: "at1", taxonomy_term: { code: "municipality-key", taxonomy: "beratungsfinder" }, value },
      ];
      return fromHsds(copy);
    };
    expect(keyed("05315000").dataset.offices[0]?.address?.municipalityKey).toBe("05315000");
    const short = keyed("5315");
    expect(short.dataset.offices[0]?.address).not.toHaveProperty("municipalityKey");
    expect(short.warnings).toContainEqual(
      expect.stringMatching(
        /municipality-key: expected an 8-digit municipality key .*received "5315"; left out$/,
      ),
    );
  });

  it("detects umbrella and programme, keeps the German address and reports what it cannot hold", () => {
    const { dataset, warnings } = fromHsds(organization);
    expect(dataset.providers[0]?.umbrella).toBe("diakonie");
    const office = dataset.offices[0]!;
    expect(office).toMatchObject({
      id: "sal1",
      name: "Jugendmigrationsdienst Beispielstadt (Haus der Jugend)",
      programmes: ["JMD"],
      address: { street: "Beispielstraße 1", postalCode: "50667", city: "Köln", state: "DE-NW" },
      geo: { lat: 50.94, lon: 6.96 },
      serviceArea: ["05315000"],
      languages: ["ar"],
      ageRange: { min: 12, max: 26 },
      channels: ["in-person"],
      contact: { phones: [{ number: "0221 4710 555", type: "mobile" }] },
    });
    // +02:00 is Berlin summer time: the wall-clock time is kept as written.
    expect(office.openingHours?.weekly).toEqual({
      mo: [{ from: "09:00", to: "12:00", kind: "open" }],
      tu: [{ from: "09:00", to: "12:00", kind: "open" }],
    });
    // The first Saturday of the month is held as outreach hours at the service's own location.
    expect(office.outreach).toEqual([
      {
        name: "Haus der Jugend",
        address: { street: "Beispielstraße 1", postalCode: "50667", city: "Köln", state: "DE-NW" },
        geo: { lat: 50.94, lon: 6.96 },
        slots: [{ repeat: "monthly", week: 1, day: "sa", from: "10:00", to: "12:00", kind: "consultation" }],
      },
    ]);
    expect(warnings).toEqual([
      'organization.services[0].languages[1].code: expected an ISO 639 language code, received "Klingonisch"; left out',
    ]);
  });

  it("round-trips a monthly schedule: imported as outreach, exported as MONTHLY byday 1SA, imported again", () => {
    const first = fromHsds(organization).dataset;
    const exported = toHsds(first);
    const schedules = (exported[0]!.services as Record<string, unknown>[]).flatMap((service) =>
      (service.service_at_locations as { schedules: Record<string, unknown>[] }[]).flatMap(
        (sal) => sal.schedules,
      ),
    );
    expect(schedules).toContainEqual(
      expect.objectContaining({
        freq: "MONTHLY",
        byday: "1SA",
        opens_at: "10:00:00+01:00",
        closes_at: "12:00:00+01:00",
        attending_type: expect.stringMatching(/^outreach: consultation at Haus der Jugend/),
      }),
    );
    const again = fromHsds(JSON.parse(JSON.stringify(exported)));
    expect(again.warnings).toEqual([]);
    expect(again.dataset.offices.map((office) => office.outreach)).toEqual(
      first.offices.map((office) => office.outreach),
    );
    // Without our outreach attribute (another tool that keeps only HSDS fields), the schedule alone suffices.
    const bare = JSON.parse(JSON.stringify(exported)) as {
      services: { attributes: { value: string }[] }[];
    }[];
    for (const service of bare[0]!.services)
      service.attributes = service.attributes.filter((attr) => !attr.value.startsWith('{"name"'));
    expect(fromHsds(bare).dataset.offices[0]?.outreach?.[0]?.slots).toEqual(
      first.offices[0]?.outreach?.[0]?.slots,
    );
  });

  it("leaves out a bad organization website with a warning, so it never becomes the publisher url", () => {
    const { dataset, warnings } = fromHsds({ ...organization, website: "www.diakonie-beispielstadt.de" });
    expect(dataset.providers[0]).not.toHaveProperty("website");
    expect(dataset.publisher).toEqual({ name: "Diakonisches Werk Beispielstadt e. V." });
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /^organization\.website: expected an http or https URL .*, received "www\.diakonie-beispielstadt\.de"; left out$/,
      ),
    );
    // What we wrote is a dataset our own parser takes without a word.
    const reread = parseDataset(JSON.parse(JSON.stringify(dataset)));
    expect(reread.warnings).toEqual([]);
    expect(reread.dataset.offices).toHaveLength(1);
  });

  it("counts records left out whole as invalid, and what is left out of a kept office not", () => {
    expect(fromHsds(organization).invalid).toBe(0);
    const twice = fromHsds([organization, organization, { taxonomy: "x" }, 7]);
    expect(twice.dataset.offices).toHaveLength(1);
    expect(twice.warnings).toContainEqual(expect.stringContaining('the office "sal1" was already imported'));
    // The second copy of the office, a record of no kind we import, and a number.
    expect(twice.invalid).toBe(3);
  });

  it("asks resolveState for a German address without a state", () => {
    const copy = structuredClone(organization);
    const address = copy.services[0]!.service_at_locations[0]!.location.addresses[0]! as Record<
      string,
      unknown
    >;
    delete address.state_province;
    expect(fromHsds(copy).dataset.offices[0]?.address).toBeUndefined();
    expect(fromHsds(copy, { resolveState: () => "DE-NW" }).dataset.offices[0]?.address?.state).toBe("DE-NW");
  });
});

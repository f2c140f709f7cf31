import { readFileSync } from "node:fs";
import { type Dataset, type Office, parseDataset } from "@beratungsfinder/schemas";
import { describe, expect, it } from "vitest";
import { parseOfficeCsv, toOfficeCsv } from "./office-csv.js";
import { formatOutreachText, parseOutreachText } from "./outreach-text.js";

const FRECHEN = "Rathaus Frechen, Johann-Schmitz-Platz 1, 50226 Frechen";
const slotsOf = (text: string) => {
  const result = parseOutreachText(text, "DE-NW");
  expect(result.errors).toEqual([]);
  return result.places.flatMap((place) => place.slots);
};

describe("parseOutreachText", () => {
  it("reads a venue with a weekly slot, in the office's state", () => {
    expect(parseOutreachText(`${FRECHEN}: Di 10:00-12:00`, "DE-NW")).toEqual({
      places: [
        {
          name: "Rathaus Frechen",
          address: { street: "Johann-Schmitz-Platz 1", postalCode: "50226", city: "Frechen", state: "DE-NW" },
          slots: [{ repeat: "weekly", day: "tu", from: "10:00", to: "12:00", kind: "consultation" }],
        },
      ],
      errors: [],
    });
    expect(slotsOf(`${FRECHEN}: jeden Donnerstag 9-11 Uhr (Termin); dienstags 14.00-16.00 (offen)`)).toEqual([
      { repeat: "weekly", day: "th", from: "09:00", to: "11:00", kind: "appointment" },
      { repeat: "weekly", day: "tu", from: "14:00", to: "16:00", kind: "open" },
    ]);
  });

  it("reads every second week from a start date", () => {
    expect(slotsOf(`${FRECHEN}: alle 2 Wochen Do 14:00-16:00 ab 15.01.2026`)).toEqual([
      {
        repeat: "every-2-weeks",
        start: "2026-01-15",
        day: "th",
        from: "14:00",
        to: "16:00",
        kind: "consultation",
      },
    ]);
    expect(slotsOf(`${FRECHEN}: every 2 weeks Th 14:00-16:00 (appointment) from 2026-01-15`)).toEqual([
      {
        repeat: "every-2-weeks",
        start: "2026-01-15",
        day: "th",
        from: "14:00",
        to: "16:00",
        kind: "appointment",
      },
    ]);
  });

  it("reads the nth weekday of the month, and the last", () => {
    expect(
      slotsOf(
        `${FRECHEN}: 1. Di 10:00-12:00; jeden 3. Mittwoch im Monat 10-12 Uhr; letzter Fr 09:00-11:00 (Telefon)`,
      ),
    ).toEqual([
      { repeat: "monthly", week: 1, day: "tu", from: "10:00", to: "12:00", kind: "consultation" },
      { repeat: "monthly", week: 3, day: "we", from: "10:00", to: "12:00", kind: "consultation" },
      { repeat: "monthly", week: -1, day: "fr", from: "09:00", to: "11:00", kind: "phone" },
    ]);
  });

  it("takes state, municipality key and position from brackets after the city, and several places", () => {
    const text = [
      "Familienzentrum St. Maria, Eingang B, Hauptstr. 1, 80331 München (BY; AGS 09162000; 48.137 11.575): Mo 10:00-12:00",
      "Bürgerhaus, Oderstraße 2, 15230 Frankfurt (Oder): 2. Mi 10:00-12:00",
    ].join("\n");
    const { places, errors } = parseOutreachText(text, "DE-BB");
    expect(errors).toEqual([]);
    expect(places.map((place) => [place.name, place.address, place.geo])).toEqual([
      [
        "Familienzentrum St. Maria, Eingang B",
        {
          street: "Hauptstr. 1",
          postalCode: "80331",
          city: "München",
          state: "DE-BY",
          municipalityKey: "09162000",
        },
        { lat: 48.137, lon: 11.575 },
      ],
      [
        "Bürgerhaus",
        { street: "Oderstraße 2", postalCode: "15230", city: "Frankfurt (Oder)", state: "DE-BB" },
        undefined,
      ],
    ]);
    expect(
      parseOutreachText(`${FRECHEN}: Di 10:00-12:00 | ${FRECHEN}: Do 10:00-12:00`, "DE-NW").places,
    ).toHaveLength(2);
  });

  it("reads the examples of docs/csv-template.md", () => {
    const doc = readFileSync(new URL("../../../../docs/csv-template.md", import.meta.url), "utf8");
    const block = /## Outreach places[\s\S]*?```\n([\s\S]*?)```/.exec(doc)?.[1] ?? "";
    const { places, errors } = parseOutreachText(block, "DE-NW");
    expect(errors).toEqual([]);
    expect(places.map((place) => place.slots.map((slot) => slot.repeat))).toEqual([
      ["monthly", "monthly"],
      ["weekly"],
      ["every-2-weeks"],
      ["monthly"],
    ]);
    expect(places[3]?.address).toMatchObject({ state: "DE-BY", municipalityKey: "09761000" });
  });

  it("says which place and slot is wrong and why", () => {
    const errors = (text: string) => parseOutreachText(text, "DE-NW").errors;
    expect(errors(`${FRECHEN}: 1. Dx 10:00-12:00`)).toEqual([
      'place 1 "Rathaus Frechen", slot 1 "1. Dx 10:00-12:00": expected a weekday such as "Di" or "Dienstag", received "Dx"',
    ]);
    expect(
      errors(`${FRECHEN}: Di 10:00-12:00\n${FRECHEN}: alle 2 Wochen Di 10:00-12:00 ab 15.01.2026`),
    ).toEqual([
      'place 2 "Rathaus Frechen", slot 1 "alle 2 Wochen Di 10:00-12:00 ab 15.01.2026": expected a start date on a Di, received "2026-01-15" (a Do)',
    ]);
    expect(errors(`${FRECHEN}: alle 2 Wochen Di 10:00-12:00`)[0]).toContain(
      'expected the first date for "alle 2 Wochen", such as "ab 13.01.2026"',
    );
    expect(errors(`${FRECHEN}: 6. Di 10:00-12:00`)[0]).toContain('expected a week of the month "1." to "5."');
    expect(errors(`${FRECHEN}: Di 12:00-10:00`)[0]).toContain(
      "expected an end time after the start time 12:00",
    );
    expect(errors(`${FRECHEN}: Di 10:00-12:00 (Kaffee)`)[0]).toContain('received "(Kaffee)"');
    expect(errors(`${FRECHEN} Di 10:00-12:00`)).toEqual([
      `place 1: expected a ":" after the city, then the slots, such as "Rathaus Frechen, Johann-Schmitz-Platz 1, 50226 Frechen: 1. Di 10:00-12:00", received "${FRECHEN} Di 10:00-12:00"`,
    ]);
    expect(errors("Rathaus Frechen: Di 10:00-12:00")[0]).toContain(
      "expected a postcode and city after the street",
    );
    // An online office has no state to lend its venues.
    expect(parseOutreachText(`${FRECHEN}: Di 10:00-12:00`).errors[0]).toContain(
      "expected the venue's state in brackets after the city",
    );
  });
});

const office = (outreach: unknown): Office =>
  ({
    id: "mbe-koeln",
    providerId: "p",
    name: "MBE Köln",
    programmes: ["MBE"],
    address: { street: "Domkloster 1", postalCode: "50667", city: "Köln", state: "DE-NW" },
    serviceArea: [],
    contact: { phones: [], emails: [] },
    languages: [],
    topics: [],
    targetGroups: [],
    channels: ["in-person", "outreach"],
    outreach,
  }) as Office;

describe("the outreach column", () => {
  it("round-trips the outreach places of the 1.1 example dataset, notes included", () => {
    const input = JSON.parse(
      readFileSync(new URL("../../../schemas/src/fixtures/valid/model-1-1.json", import.meta.url), "utf8"),
    );
    const { dataset } = parseDataset(input);
    const withOutreach = dataset.offices.filter((o) => o.outreach);
    expect(withOutreach.length).toBeGreaterThan(0);
    const result = parseOfficeCsv(toOfficeCsv({ providers: dataset.providers, offices: withOutreach }));
    expect(result.errors).toEqual([]);
    expect(result.offices.map((o) => o.outreach)).toEqual(withOutreach.map((o) => o.outreach));
  });

  it("round-trips: toOfficeCsv then parseOfficeCsv gives the same outreach places", () => {
    const outreach = [
      {
        name: "Rathaus Frechen",
        address: { street: "Johann-Schmitz-Platz 1", postalCode: "50226", city: "Frechen", state: "DE-NW" },
        slots: [
          { repeat: "monthly", week: 1, day: "tu", from: "10:00", to: "12:00", kind: "consultation" },
          { repeat: "monthly", week: -1, day: "fr", from: "09:00", to: "11:00", kind: "appointment" },
        ],
      },
      {
        name: "Familienzentrum, Haus 2",
        address: {
          street: "Hauptstraße 5",
          postalCode: "01609",
          city: "Wülknitz",
          state: "DE-SN",
          municipalityKey: "14627340",
        },
        geo: { lat: 51.3567, lon: 13.4033 },
        slots: [
          { repeat: "weekly", day: "we", from: "14:00", to: "16:00", kind: "open" },
          {
            repeat: "every-2-weeks",
            start: "2026-01-15",
            day: "th",
            from: "09:00",
            to: "12:00",
            kind: "phone",
          },
        ],
      },
    ];
    const dataset = {
      providers: [{ id: "p", name: "Träger", umbrella: "other" }],
      offices: [office(outreach)],
    };
    const csv = toOfficeCsv(dataset as Pick<Dataset, "offices" | "providers">);
    expect(formatOutreachText(office(outreach).outreach ?? [], "DE-NW")).toBe(
      "Rathaus Frechen, Johann-Schmitz-Platz 1, 50226 Frechen: 1. Di 10:00-12:00; letzter Fr 09:00-11:00 (Termin)\n" +
        "Familienzentrum, Haus 2, Hauptstraße 5, 01609 Wülknitz (SN; AGS 14627340; 51.3567 13.4033): " +
        "Mi 14:00-16:00 (offen); alle 2 Wochen Do 09:00-12:00 (Telefon) ab 15.01.2026",
    );
    const result = parseOfficeCsv(csv);
    expect(result.errors).toEqual([]);
    expect(result.offices[0]?.outreach).toEqual(outreach);
  });

  it("reports a bad cell with its line, column and what is wrong, leaving the row out", () => {
    const header = "id,provider_id,provider_name,name,programmes,street,postal_code,city,state,outreach";
    const good = `a,p,Träger,MBE A,MBE,Weg 1,50667,Köln,NW,"${FRECHEN}: 1. Di 10:00-12:00"`;
    const bad = `b,p,Träger,MBE B,MBE,Weg 2,50667,Köln,NW,"${FRECHEN}: 1. Di 10:00-12:00; 2. Do 10:00"`;
    const { offices, errors } = parseOfficeCsv([header, good, bad].join("\n"));
    expect(offices.map((o) => [o.id, o.outreach?.[0]?.slots.length])).toEqual([["a", 1]]);
    expect(errors).toEqual([
      {
        code: "invalid_cell",
        path: "outreach (column 10)",
        line: 3,
        column: 10,
        field: "outreach",
        message:
          'place 1 "Rathaus Frechen", slot 2 "2. Do 10:00": expected a time range such as "10:00-12:00" after the day, received "10:00"',
      },
    ]);
  });
});

import { ELIGIBILITY_REASON_KEYS, MATCH_REASON_KEYS } from "@beratungsfinder/schemas/vocabulary";
import { fixtureDataset, KOELN, officeInput } from "@beratungsfinder/test-fixtures";
import { describe, expect, it } from "vitest";
import { createIndex } from "./create-index.js";
import { search } from "./search.js";

const FRECHEN = { lat: 50.9116, lon: 6.8107 };
/** Tuesday 6 January 2026, 10:30 in Berlin. */
const TUESDAY = new Date("2026-01-06T09:30:00Z");

const index = createIndex(
  fixtureDataset([
    officeInput({
      id: "koeln",
      languages: ["de", "fa"],
      topics: ["work"],
      channels: ["in-person", "outreach"],
      accessibility: { stepFree: true },
      serviceArea: ["05315000"],
      outreach: [
        {
          name: "Rathaus",
          address: { street: "Johann-Schmitz-Platz 1", postalCode: "50226", city: "Frechen", state: "DE-NW" },
          geo: FRECHEN,
          slots: [{ repeat: "weekly", day: "tu", from: "10:00", to: "12:00" }],
        },
      ],
    }),
    officeInput({
      id: "online",
      address: undefined,
      geo: undefined,
      channels: ["video"],
      languages: ["ar"],
    }),
  ]),
);

describe("the reason keys search gives", () => {
  // Translations are checked against these lists (the widget's messages, the CLI's texts): a key that
  // search gives but the lists lack is shown to nobody.
  it("are all listed in MATCH_REASON_KEYS or ELIGIBILITY_REASON_KEYS, outreach and related languages too", () => {
    const queries = [
      { point: FRECHEN, radiusKm: 5, languages: ["prs"], now: TUESDAY },
      { point: KOELN, languages: ["ar"], now: TUESDAY },
      {
        point: KOELN,
        ags: "05315000",
        programmes: ["MBE" as const],
        age: 40,
        languages: ["fa", "ar"],
        topics: ["work" as const],
        channels: ["in-person" as const],
        stepFree: true,
        umbrellas: ["caritas" as const],
        openAt: TUESDAY,
        now: TUESDAY,
      },
    ];
    const keys = new Set(
      queries.flatMap((query) => {
        const { results, online } = search(index, query);
        return [...results, ...online].flatMap((result) => result.reasons.map((reason) => reason.key));
      }),
    );
    const listed = new Set<string>([...MATCH_REASON_KEYS, ...ELIGIBILITY_REASON_KEYS]);
    expect([...keys].filter((key) => !listed.has(key))).toEqual([]);
    expect(keys).toContain("match.outreach");
    expect(keys).toContain("match.relatedLanguage");
    expect(keys).toContain("match.online");
  });
});

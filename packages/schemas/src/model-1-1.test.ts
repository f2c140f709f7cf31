import { describe, expect, it } from "vitest";
import { baseDataset, validFixtures } from "./fixtures/load-fixtures.js";
import { parseDataset, parseOffice } from "./index.js";
import { isFreeOfCharge, languageCodeOf, languageModeOf } from "./vocabulary/index.js";

const office = { id: "mbe-koeln", providerId: "caritas-koeln", name: "MBE Köln", programmes: ["MBE"] };

function issuesOf(input: object) {
  const result = parseOffice({ ...office, ...input });
  return result.success ? [] : result.issues;
}

describe("data model 1.1", () => {
  it("takes languages as plain codes, as offers with a mode and note, or both mixed", () => {
    const result = parseOffice({
      ...office,
      languages: [
        "de",
        { code: "ar", mode: "interpreter", note: "Tuesdays" },
        { code: "prs", mode: "on-request" },
      ],
    });
    expect(result.success && result.office.languages).toEqual([
      "de",
      { code: "ar", mode: "interpreter", note: "Tuesdays" },
      { code: "prs", mode: "on-request" },
    ]);
    if (!result.success) return;
    expect(result.office.languages.map(languageCodeOf)).toEqual(["de", "ar", "prs"]);
    expect(result.office.languages.map(languageModeOf)).toEqual(["counsellor", "interpreter", "on-request"]);
  });

  it("names the field that is wrong inside a language offer", () => {
    expect(issuesOf({ languages: [{ code: "ar", mode: "sometimes" }] })).toMatchObject([
      {
        path: "languages[0].mode",
        message: 'expected one of "counsellor", "interpreter", "on-request", received "sometimes"',
      },
    ]);
    expect(issuesOf({ languages: [{ code: "arabic", mode: "counsellor" }] })[0]?.path).toBe(
      "languages[0].code",
    );
    expect(issuesOf({ languages: ["arabic"] })[0]?.message).toMatch(
      /^expected a lowercase ISO 639-1 language code/,
    );
    expect(issuesOf({ languages: [{ code: "ar" }] })[0]?.path).toBe("languages[0].mode");
    expect(issuesOf({ languages: [7] })).toMatchObject([
      { path: "languages[0]", message: "expected one of the allowed forms, received 7" },
    ]);
  });

  it("checks a woman counsellor, free of charge and the intake status", () => {
    const result = parseOffice({
      ...office,
      womanCounsellor: "unknown",
      freeOfCharge: false,
      intake: { status: "waiting-list", note: "about 6 weeks" },
    });
    expect(
      result.success && [result.office.womanCounsellor, result.office.freeOfCharge, result.office.intake],
    ).toEqual(["unknown", false, { status: "waiting-list", note: "about 6 weeks" }]);
    expect(issuesOf({ womanCounsellor: "yes" })).toMatchObject([
      { path: "womanCounsellor", message: 'expected true, false or "unknown", received "yes"' },
    ]);
    expect(issuesOf({ intake: { status: "closed" } })[0]?.path).toBe("intake.status");
    expect(issuesOf({ freeOfCharge: "ja" })[0]?.path).toBe("freeOfCharge");
  });

  it("accepts the new channels, topics, target groups and umbrellas", () => {
    expect(
      issuesOf({
        channels: ["email", "group"],
        topics: ["family-reunification", "violence-protection", "psychosocial-support"],
        targetGroups: ["tolerated-persons", "unaccompanied-minors"],
      }),
    ).toEqual([]);
    const dataset = baseDataset();
    const providers = [
      { id: "ejsa", name: "Träger", umbrella: "bag-ejsa" },
      { id: "kjs", name: "Träger", umbrella: "bag-kjs" },
    ];
    const { dataset: parsed, warnings } = parseDataset({
      ...dataset,
      schemaVersion: "1.1",
      providers: [...(dataset.providers as object[]), ...providers],
    });
    expect(warnings).toEqual([]);
    expect(parsed.providers.map((provider) => provider.umbrella)).toContain("bag-kjs");
  });

  it("accepts the programme Faire Mobilität, free of charge by default like Faire Integration", () => {
    const result = parseOffice({ ...office, name: "Faire Mobilität Köln", programmes: ["FAIRE_MOBILITAET"] });
    expect(result.success && result.office.programmes).toEqual(["FAIRE_MOBILITAET"]);
    expect(isFreeOfCharge({ programmes: ["FAIRE_MOBILITAET"] })).toBe(true);
    const { dataset, warnings, invalid } = parseDataset(
      validFixtures().find((fixture) => fixture.name === "model-1-1")!.dataset,
    );
    expect([warnings, invalid]).toEqual([[], []]);
    expect(dataset.offices.find((entry) => entry.id === "faire-mobilitaet-koeln")?.programmes).toEqual([
      "FAIRE_MOBILITAET",
    ]);
  });

  it("warns of unknown fields inside a language offer", () => {
    const { warnings } = parseDataset({
      ...baseDataset(),
      schemaVersion: "1.1",
      offices: [
        {
          ...office,
          providerId: (baseDataset().providers as { id: string }[])[0]!.id,
          languages: [{ code: "ar", mode: "counsellor", days: "tu" }],
        },
      ],
    });
    expect(warnings).toEqual([expect.stringMatching(/^Unknown field "offices\[\]\.languages\[\]\.days"/)]);
  });
});

describe("isFreeOfCharge", () => {
  it("is true by default for MBE and JMD, unknown for OTHER, and what the office states otherwise", () => {
    expect(isFreeOfCharge({ programmes: ["MBE"] })).toBe(true);
    expect(isFreeOfCharge({ programmes: ["JMD"] })).toBe(true);
    expect(isFreeOfCharge({ programmes: ["OTHER"] })).toBeUndefined();
    expect(isFreeOfCharge({ programmes: ["OTHER"], freeOfCharge: true })).toBe(true);
    expect(isFreeOfCharge({ programmes: ["MBE"], freeOfCharge: false })).toBe(false);
    expect(isFreeOfCharge({ programmes: ["OTHER", "JMD"] })).toBe(true);
  });
});

describe("freeOfCharge for OTHER offices", () => {
  const providerId = () => (baseDataset().providers as { id: string }[])[0]!.id;
  const other = (extra: object = {}) => ({
    ...office,
    id: `other-${Object.keys(extra).length}`,
    providerId: providerId(),
    programmes: ["OTHER"],
    ...extra,
  });

  it("is not asked of a 1.0 file, which loads without warnings", () => {
    const { warnings, dataset } = parseDataset({
      ...baseDataset(),
      schemaVersion: "1.0",
      offices: [other()],
    });
    expect(warnings).toEqual([]);
    expect(dataset.offices).toHaveLength(1);
  });

  it("is asked of a 1.1 file: one warning naming the offices, which still load", () => {
    const offices = [
      other(),
      { ...other(), id: "b" },
      other({ freeOfCharge: false }),
      { ...office, providerId: providerId() },
    ];
    const { warnings, dataset } = parseDataset({ ...baseDataset(), schemaVersion: "1.1", offices });
    expect(warnings).toEqual([
      'offices[0], offices[1]: expected "freeOfCharge" (true or false) for an office of programme OTHER only; the widget cannot say whether counselling there is free.',
    ]);
    expect(dataset.offices).toHaveLength(4);
  });
});

import { describe, expect, it } from "vitest";
import { baseDataset } from "./fixtures/load-fixtures.js";
import { parseDataset, parseOffice } from "./index.js";

const address = { street: "Johann-Schmitz-Platz 1", postalCode: "50226", city: "Frechen", state: "DE-NW" };
const office = (outreach: unknown) => ({
  id: "mbe-koeln",
  providerId: "caritas-koeln",
  name: "MBE Köln",
  programmes: ["MBE"],
  outreach,
});
const issues = (outreach: unknown) => {
  const result = parseOffice(office(outreach));
  return result.success ? [] : result.issues;
};

describe("outreach places", () => {
  it("take weekly, every-2-weeks and monthly slots, consultation hours unless said otherwise", () => {
    const result = parseOffice(
      office([
        {
          name: "Rathaus Frechen",
          address,
          geo: { lat: 50.911, lon: 6.812 },
          slots: [
            { repeat: "monthly", week: 1, day: "tu", from: "10:00", to: "12:00" },
            { repeat: "monthly", week: -1, day: "fr", from: "14:00", to: "16:00", kind: "appointment" },
            { repeat: "every-2-weeks", start: "2026-01-06", day: "tu", from: "09:00", to: "11:00" },
            { repeat: "weekly", day: "th", from: "15:00", to: "17:00", note: "not in school holidays" },
          ],
        },
      ]),
    );
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.office.outreach?.[0]?.slots.map((slot) => [slot.repeat, slot.kind])).toEqual([
      ["monthly", "consultation"],
      ["monthly", "appointment"],
      ["every-2-weeks", "consultation"],
      ["weekly", "consultation"],
    ]);
  });

  it("say what is wrong with a slot, at the field", () => {
    const place = (slot: object) => [{ name: "Rathaus", address, slots: [slot] }];
    expect(
      issues(place({ repeat: "monthly", week: 0, day: "tu", from: "10:00", to: "12:00" })),
    ).toMatchObject([
      {
        path: "outreach[0].slots[0].week",
        message: "expected a week of the month 1 to 5, or -1 for the last, received 0",
      },
    ]);
    expect(
      issues(place({ repeat: "every-2-weeks", start: "2026-01-07", day: "tu", from: "10:00", to: "12:00" })),
    ).toMatchObject([
      {
        path: "outreach[0].slots[0].start",
        message: 'expected a start date on the slot\'s day "tu", received "2026-01-07"',
      },
    ]);
    expect(issues(place({ repeat: "weekly", day: "tu", from: "12:00", to: "10:00" }))[0]?.path).toBe(
      "outreach[0].slots[0].to",
    );
    expect(issues(place({ repeat: "daily", day: "tu", from: "10:00", to: "12:00" }))[0]?.path).toBe(
      "outreach[0].slots[0].repeat",
    );
    expect(issues([{ name: "Rathaus", address, slots: [] }])).toMatchObject([
      { path: "outreach[0].slots", message: "expected at least one slot, received an empty list" },
    ]);
  });

  it("warn of an unknown field in any form of slot", () => {
    const providerId = (baseDataset().providers as { id: string }[])[0]!.id;
    const { warnings } = parseDataset({
      ...baseDataset(),
      schemaVersion: "1.1",
      offices: [
        {
          ...office([
            {
              name: "Rathaus",
              address,
              slots: [{ repeat: "monthly", week: 1, day: "tu", from: "10:00", to: "12:00", weeks: [1, 3] }],
            },
          ]),
          providerId,
        },
      ],
    });
    expect(warnings).toEqual([
      expect.stringMatching(/^Unknown field "offices\[\]\.outreach\[\]\.slots\[\]\.weeks"/),
    ]);
  });
});

import type { OutreachPlace, OutreachSlot } from "@beratungsfinder/schemas";
import { STATE_CODES, WEEKDAYS } from "@beratungsfinder/schemas/vocabulary";
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { formatOutreachText, parseOutreachText } from "./outreach-text.js";

const pad = (value: number) => String(value).padStart(2, "0");
const time = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
const WEEKDAYS_FROM_SUNDAY = ["su", ...WEEKDAYS.slice(0, 6)] as const;

const span = fc
  .tuple(fc.integer({ min: 0, max: 24 * 60 - 2 }), fc.integer({ min: 1, max: 600 }))
  .map(([start, length]) => ({ from: time(start), to: time(Math.min(24 * 60, start + length)) }));
const kind = fc.constantFrom("open", "consultation", "appointment", "phone" as const);
const day = fc.constantFrom(...WEEKDAYS);
const note = fc.option(
  fc.constantFrom("bitte anrufen", "Raum 1.12, 2. OG", "nicht in den Ferien: ab 10:30"),
  {
    nil: undefined,
  },
);
const withNote = <T extends object>(value: T, text: string | undefined) =>
  text ? { ...value, note: text } : value;

const slot: fc.Arbitrary<OutreachSlot> = fc.oneof(
  fc
    .record({ day, span, kind })
    .map(({ day, span, kind }) => ({ repeat: "weekly" as const, day, ...span, kind })),
  fc
    .record({ week: fc.constantFrom(1, 2, 3, 4, 5, -1 as const), day, span, kind })
    .map(({ week, day, span, kind }) => ({ repeat: "monthly" as const, week, day, ...span, kind })),
  fc
    .record({
      date: fc.date({ min: new Date("2025-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }),
      span,
      kind,
    })
    .map(({ date, span, kind }) => ({
      repeat: "every-2-weeks" as const,
      start: date.toISOString().slice(0, 10),
      day: WEEKDAYS_FROM_SUNDAY[date.getUTCDay()]!,
      ...span,
      kind,
    })),
);

const place: fc.Arbitrary<OutreachPlace> = fc
  .record({
    name: fc.constantFrom(
      "Rathaus Frechen",
      "Familienzentrum St. Maria, Eingang B",
      "Treff (Nord)",
      "Café 7",
    ),
    street: fc.constantFrom("Johann-Schmitz-Platz 1", "Hauptstr. 5", "Am Markt 12a"),
    postalCode: fc.integer({ min: 1001, max: 99998 }).map((code) => String(code).padStart(5, "0")),
    city: fc.constantFrom("Frechen", "Frankfurt (Oder)", "Neustadt (Hessen)", "Köln"),
    state: fc.constantFrom(...STATE_CODES),
    municipalityKey: fc.option(
      fc.integer({ min: 1_000_000, max: 16_999_999 }).map((key) => String(key).padStart(8, "0")),
      {
        nil: undefined,
      },
    ),
    geo: fc.option(
      fc.record({
        lat: fc.integer({ min: 472_000, max: 551_000 }).map((value) => value / 10_000),
        lon: fc.integer({ min: 58_000, max: 151_000 }).map((value) => value / 10_000),
      }),
      { nil: undefined },
    ),
    slots: fc.array(slot, { minLength: 1, maxLength: 3 }),
    note,
  })
  .map(({ name, street, postalCode, city, state, municipalityKey, geo, slots, note }) =>
    withNote(
      {
        name,
        address: { street, postalCode, city, state, ...(municipalityKey ? { municipalityKey } : {}) },
        ...(geo ? { geo } : {}),
        slots,
      },
      note,
    ),
  );

describe("outreach text", () => {
  test.prop([fc.array(place, { minLength: 1, maxLength: 3 }), fc.constantFrom(...STATE_CODES)])(
    "reads what it writes",
    (places, officeState) => {
      const text = formatOutreachText(places, officeState);
      expect(parseOutreachText(text, officeState)).toEqual({ places, errors: [] });
    },
  );

  test.prop([
    fc.string({
      unit: fc.constantFrom(
        "a",
        "1",
        "-",
        ":",
        " ",
        ",",
        ";",
        "(",
        ")",
        "|",
        "\n",
        "Di",
        "10:00",
        "1.",
        "ab",
      ),
    }),
  ])("never throws, and every place it reads has a slot", (text) => {
    const { places } = parseOutreachText(text, "DE-NW");
    for (const found of places) expect(found.slots.length).toBeGreaterThan(0);
  });
});

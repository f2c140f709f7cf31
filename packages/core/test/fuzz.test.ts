// Fuzzing core's public functions and the CSV/HSDS readers with hostile input (issue 15): each either
// returns or throws one of our own errors with a code — never a TypeError, a RangeError from the
// engine or a hang. Fixed seed, so a failure is reproducible; a time limit per property, so CI stays fast.

import type { OpeningHours } from "@beratungsfinder/schemas";
import { WEEKDAYS } from "@beratungsfinder/schemas";
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import {
  fromHsds,
  fromHsdsTables,
  MAX_OPENING_HOURS_ERRORS,
  OFFICE_CSV_COLUMNS,
  parseOfficeCsv,
  parseOpeningHoursText,
  toOfficeCsv,
} from "../src/convert.js";
import { BeratungsfinderError, DatasetValidationError } from "../src/errors.js";
import {
  createIndex,
  decodeText,
  eligibility,
  isOpen,
  loadDataset,
  nextOpening,
  search,
  weekView,
} from "../src/index.js";
import { SEARCH_DATASET } from "../src/search/fixtures/search-dataset.js";
import type { SearchQuery } from "../src/search/search.js";
import { csvText, expectOwnError, SETTINGS } from "./fuzz-kit.js";

const header = fc.subarray([...OFFICE_CSV_COLUMNS], { minLength: 1 }).map((columns) => columns.join(";"));

describe("parseOfficeCsv", () => {
  /** The result, or undefined when the file has no readable header row (INVALID_CSV, nothing else). */
  function parsedOrRefused(text: string) {
    try {
      return parseOfficeCsv(text);
    } catch (error) {
      expect(error).toBeInstanceOf(DatasetValidationError);
      expect(error).toMatchObject({ code: "INVALID_CSV" });
      expect((error as DatasetValidationError).issues.length).toBeGreaterThan(0);
      return undefined;
    }
  }

  test.prop([fc.string({ unit: "binary", maxLength: 400 })], SETTINGS)(
    "never throws on any text but INVALID_CSV for a file without a usable header row",
    (text) => {
      const result = parsedOrRefused(text);
      if (result) expect(Array.isArray(result.issues)).toBe(true);
    },
  );

  test.prop([header, csvText], SETTINGS)(
    "reports bounded, located problems for template-like sheets",
    (head, body) => {
      const result = parsedOrRefused(`${head}\n${body}`);
      if (!result) return;
      for (const error of result.issues) {
        expect(error.line).toBeGreaterThanOrEqual(1);
        expect(error.message.length).toBeLessThan(1_000);
      }
      // What it keeps, it can write and read back.
      expect(parseOfficeCsv(toOfficeCsv(result.value)).value.offices).toEqual(result.value.offices);
    },
  );
});

describe("parseOpeningHoursText", () => {
  const hoursText = fc
    .array(
      fc.constantFrom(
        "Mo",
        "Di",
        "Fr",
        "-",
        "09:00",
        "12:00",
        "24:00",
        "25:99",
        ";",
        ",",
        "(Termin)",
        "(",
        "x",
        " ",
        "geschlossen",
      ),
      { maxLength: 60 },
    )
    .map((parts) => parts.join(" "));
  test.prop([fc.oneof(hoursText, fc.string({ maxLength: 200 }))], SETTINGS)(
    "never throws and lists a bounded number of problems",
    (text) => {
      const { errors } = parseOpeningHoursText(text);
      expect(errors.length).toBeLessThanOrEqual(MAX_OPENING_HOURS_ERRORS + 1);
      for (const error of errors) expect(error.message.length).toBeLessThan(400);
    },
  );
});

describe("fromHsds and fromHsdsTables", () => {
  test.prop([fc.jsonValue({ maxDepth: 6 })], SETTINGS)(
    "take any JSON value without an engine error",
    (value) => {
      expectOwnError(() => fromHsds(value));
      expectOwnError(() => fromHsds(JSON.stringify(value)));
    },
  );

  const organization = fc.record(
    {
      id: fc.oneof(fc.string(), fc.integer()),
      name: fc.oneof(fc.string(), fc.constant(null)),
      website: fc.oneof(fc.webUrl(), fc.string(), fc.constant(null)),
      services: fc.array(
        fc.record(
          {
            id: fc.string(),
            name: fc.string(),
            status: fc.constantFrom("active", "inactive", 7),
            minimum_age: fc.oneof(fc.double(), fc.string()),
            maximum_age: fc.oneof(fc.double(), fc.string()),
            languages: fc.array(
              fc.record({ code: fc.oneof(fc.string(), fc.constantFrom("ara", "de", "xx")) }),
            ),
            schedules: fc.array(
              fc.dictionary(
                fc.constantFrom("freq", "byday", "opens_at", "closes_at", "valid_from"),
                fc.string(),
              ),
            ),
            service_at_locations: fc.array(
              fc.record({
                id: fc.string(),
                location: fc.record({
                  latitude: fc.oneof(fc.double(), fc.string()),
                  longitude: fc.double(),
                  addresses: fc.array(
                    fc.dictionary(
                      fc.constantFrom("address_1", "postal_code", "city", "country", "state_province"),
                      fc.string(),
                    ),
                  ),
                }),
              }),
              { maxLength: 2 },
            ),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 3 },
      ),
    },
    { requiredKeys: [] },
  );
  test.prop([organization], SETTINGS)(
    "import HSDS-shaped organizations into offices our parser accepts",
    (value) => {
      const { dataset } = fromHsds(value);
      for (const office of dataset.offices)
        expect(dataset.providers.map((p) => p.id)).toContain(office.providerId);
    },
  );

  test.prop([csvText, csvText], SETTINGS)("read any CSV tables", (organizations, services) => {
    expectOwnError(() =>
      fromHsdsTables({
        "organizations.csv": `id;name;website\n${organizations}`.replaceAll(";", ","),
        "services.csv": `id,organization_id,name\n${services}`,
      }),
    );
  });
});

describe("loadDataset", () => {
  test.prop([fc.jsonValue({ maxDepth: 5 })], { ...SETTINGS, numRuns: 150 })(
    "rejects anything that is not a dataset with our own error",
    async (value) => {
      try {
        await loadDataset(JSON.stringify(value) ?? "null");
      } catch (error) {
        expect(error).toBeInstanceOf(BeratungsfinderError);
      }
    },
  );
});

describe("decodeText", () => {
  test.prop(
    [
      fc.uint8Array({ maxLength: 200 }),
      fc.constantFrom(undefined, "utf-8", "latin1", "utf-16le", "utf-16be"),
    ],
    SETTINGS,
  )("returns text without U+FFFD or throws a TextEncodingError", (bytes, encoding) => {
    try {
      expect(decodeText(bytes, encoding ? { encoding } : {}).text).not.toContain("\uFFFD");
    } catch (error) {
      expect(error).toMatchObject({ code: "INVALID_ENCODING" });
    }
  });
});

describe("eligibility", () => {
  test.prop([fc.anything()], SETTINGS)("never throws, whatever a form sends", (person) => {
    expect(Array.isArray(eligibility(person as never).programmes)).toBe(true);
  });
});

describe("opening hours", () => {
  const time = fc
    .tuple(fc.integer({ min: 0, max: 24 }), fc.constantFrom(0, 15, 30, 59))
    .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);
  const slot = fc.record({
    from: time,
    to: time,
    kind: fc.constantFrom("open", "appointment", "consultation") as fc.Arbitrary<"open">,
  });
  const hours: fc.Arbitrary<OpeningHours> = fc.record({
    weekly: fc.dictionary(fc.constantFrom(...WEEKDAYS), fc.array(slot, { maxLength: 3 })),
    exceptions: fc.constant([]),
    appointmentOnly: fc.boolean(),
    temporarilyClosed: fc.boolean(),
  });
  const instant = fc.date({ min: new Date("1970-01-01"), max: new Date("2200-01-01"), noInvalidDate: false });
  test.prop([hours, instant, fc.oneof(fc.double(), fc.integer({ min: -5, max: 800 }))], {
    ...SETTINGS,
    numRuns: 150,
  })(
    "nextOpening, isOpen and weekView never throw, and the next opening never ended before now",
    (value, at, horizonDays) => {
      const next = nextOpening(value, at, "DE-BY", { horizonDays });
      if (next) expect(next.end.getTime()).toBeGreaterThan(at.getTime());
      expect(typeof isOpen(value, at)).toBe("boolean");
      if (!Number.isNaN(at.getTime())) expect(weekView(value, at)).toHaveLength(7);
    },
  );
});

describe("search", () => {
  const index = createIndex(SEARCH_DATASET);
  // Few filters, so offices are found and their reasons built: openAt: new Date(NaN) used to fail
  // there as "RangeError: Invalid time value".
  const instants = fc.record(
    {
      point: fc.constantFrom({ lat: 52.52, lon: 13.405 }, { lat: 50.94, lon: 6.96 }),
      openAt: fc.oneof(fc.date(), fc.constant(new Date(Number.NaN))),
      now: fc.oneof(fc.date(), fc.constant(new Date(Number.NaN))),
    },
    { requiredKeys: [] },
  );
  test.prop([instants], { ...SETTINGS, numRuns: 100 })(
    "refuses an invalid Date by its name, nothing else",
    (q) => {
      try {
        search(index, q);
      } catch (error) {
        expect(error).toBeInstanceOf(RangeError);
        expect((error as Error).message).toMatch(/^Invalid (openAt|now): expected a valid Date/);
      }
    },
  );

  const query = fc.record(
    {
      point: fc.option(fc.record({ lat: fc.double(), lon: fc.double() }), { nil: undefined }),
      radiusKm: fc.double(),
      age: fc.double(),
      limit: fc.double(),
      offset: fc.double(),
      languages: fc.array(fc.string()),
      ags: fc.string(),
      programmes: fc.array(fc.oneof(fc.constantFrom("MBE", "JMD", "OTHER"), fc.string()), { maxLength: 3 }),
      topics: fc.array(fc.string(), { maxLength: 3 }),
      channels: fc.array(fc.oneof(fc.constantFrom("in-person", "phone", "video"), fc.string()), {
        maxLength: 3,
      }),
      umbrellas: fc.array(fc.string(), { maxLength: 3 }),
      stepFree: fc.boolean(),
      includeOnline: fc.boolean(),
      openAt: fc.oneof(fc.date(), fc.constant(new Date(Number.NaN))),
      now: fc.oneof(fc.date(), fc.constant(new Date(Number.NaN))),
    },
    { requiredKeys: [] },
  );
  test.prop([query], SETTINGS)(
    "returns results or refuses a negative radius or an invalid Date, nothing else",
    (q) => {
      try {
        const { results } = search(index, q as SearchQuery);
        expect(Array.isArray(results)).toBe(true);
      } catch (error) {
        expect(error).toBeInstanceOf(RangeError);
        expect((error as Error).message).toMatch(/^Invalid (search radius|openAt|now): expected /);
      }
    },
  );
});

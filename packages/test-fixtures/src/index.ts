import type { Dataset, DatasetInput, OfficeInput, OpeningHoursInput } from "@beratungsfinder/schemas";
import { parseDataset } from "@beratungsfinder/schemas";
import { UMBRELLAS, WEEKDAYS } from "@beratungsfinder/schemas/vocabulary";

/**
 * The one office fixture builder of the workspace's tests (core, cli, widget): `officeInput` for a
 * hand-built office that names only what a test is about, `datasetInput` to wrap a list of them in a
 * dataset as a file holds it, and `fixtureDataset` to parse that (a typo fails the test at once).
 * Private to the workspace: shipped code never imports it (it is no dependency of a published package).
 */

/** Köln's centre, where {@link officeInput} puts an office unless told otherwise. */
export const KOELN = { lat: 50.9375, lon: 6.9603 };

/** `from`–`to` on each of the first `days` weekdays (Monday to Friday by default). */
export function weekdayHours(from: string, to: string, days = 5): OpeningHoursInput["weekly"] {
  return Object.fromEntries(WEEKDAYS.slice(0, days).map((day) => [day, [{ from, to }]]));
}

/**
 * A valid MBE office in Köln, open for walk-ins Monday to Friday 9–12; `overrides` replace whole fields
 * (`address: undefined` removes one).
 *
 * @example
 * officeInput({ id: "jmd", programmes: ["JMD"], ageRange: { min: 12, max: 26 } })
 */
export function officeInput(overrides: Partial<OfficeInput> = {}): OfficeInput {
  return {
    id: "mbe-koeln",
    providerId: "provider-caritas",
    name: "Migrationsberatung Köln (fiktiv)",
    programmes: ["MBE"],
    address: { street: "Beispielstraße 1", postalCode: "50667", city: "Köln", state: "DE-NW" },
    geo: { ...KOELN },
    languages: ["de"],
    channels: ["in-person"],
    openingHours: { weekly: weekdayHours("09:00", "12:00") },
    ...overrides,
  };
}

/**
 * `offices` in a fictional dataset as a file holds it (not parsed), with one provider per `providerId`
 * (umbrella taken from the id's end, e.g. "provider-caritas", else "other"); `overrides` replace whole
 * top-level fields (`providers`, `name`, …).
 */
export function datasetInput(
  offices: readonly OfficeInput[],
  overrides: Partial<DatasetInput> = {},
): DatasetInput {
  const providerIds = [...new Set(offices.map((office) => office.providerId))];
  return {
    schemaVersion: "1.0",
    name: "Testdaten (fiktiv)",
    publisher: { name: "Testverband (fiktiv)" },
    generatedAt: "2026-03-01T09:00:00Z",
    license: "CC0-1.0",
    fictional: true,
    providers: providerIds.map((id) => ({
      id,
      name: `Beispielträger ${id}`,
      umbrella: UMBRELLAS.find((umbrella) => id.endsWith(`-${umbrella}`)) ?? "other",
    })),
    offices: [...offices],
    ...overrides,
  };
}

/**
 * Parses {@link datasetInput}`(offices, overrides)` into a dataset, strictly: an invalid office or
 * provider throws at once, naming it.
 */
export function fixtureDataset(
  offices: readonly OfficeInput[],
  overrides: Partial<DatasetInput> = {},
): Dataset {
  return parseDataset(datasetInput(offices, overrides), { strict: true }).dataset;
}

/** The rejection of `promise`; fails the test when it fulfils. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}

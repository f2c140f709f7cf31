import type { Dataset, OfficeInput, StateCode } from "@beratungsfinder/schemas";
import { CHANNELS, SLOT_KINDS, TOPICS, UMBRELLAS, WEEKDAYS } from "@beratungsfinder/schemas/vocabulary";
import { fixtureDataset } from "@beratungsfinder/test-fixtures";
import fc from "fast-check";

/**
 * Many seeded, varied offices for core's property tests and benchmarks (`variedDataset`); a hand-built
 * office comes from the workspace's one fixture builder, `officeInput` in @beratungsfinder/test-fixtures.
 */

/** Where {@link variedDataset} puts offices: a municipality's centre. */
export interface FixturePlace {
  name: string;
  ags: string;
  state: StateCode;
  lat: number;
  lon: number;
  /** Places without one get no offices (an address needs a postcode). */
  postalCode?: string;
  /** Inhabitants: when given, offices go to places in proportion to it, as real offices do. */
  population?: number;
}

/** One of `places`, drawn in proportion to population when every place has one (else uniformly). */
export function placeArbitrary<P extends FixturePlace>(places: readonly P[]): fc.Arbitrary<P> {
  if (!places.every((place) => (place.population ?? 0) > 0)) return fc.constantFrom(...places);
  const cumulative: number[] = [];
  let total = 0;
  for (const place of places) {
    total += place.population!;
    cumulative.push(total);
  }
  return fc.double({ min: 0, max: total, maxExcluded: true, noNaN: true }).map((roll) => {
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! <= roll) low = middle + 1;
      else high = middle;
    }
    return places[low]!;
  });
}

const LANGUAGES = ["de", "en", "ar", "fa", "prs", "uk", "ru", "tr", "kmr", "ckb", "ti", "so", "ro", "pl"];
const PROVIDERS = UMBRELLAS.map((umbrella) => `provider-${umbrella}`);

const round5 = (degrees: number) => Math.round(degrees * 1e5) / 1e5;
const hour = (h: number) => `${String(h).padStart(2, "0")}:00`;
const slot = (from: [number, number], to: [number, number]) =>
  fc.record({
    from: fc.integer({ min: from[0], max: from[1] }).map(hour),
    to: fc.integer({ min: to[0], max: to[1] }).map(hour),
    kind: fc.constantFrom(...SLOT_KINDS),
  });
// A morning and an afternoon slot at most, so they never overlap.
const day = fc
  .tuple(fc.option(slot([7, 10], [11, 12])), fc.option(slot([13, 14], [15, 19])))
  .map((slots) => slots.filter((s) => s !== null));
const openingHours = fc.option(
  fc
    .tuple(...WEEKDAYS.map(() => day))
    .map((days) => ({ weekly: Object.fromEntries(WEEKDAYS.map((d, i) => [d, days[i]!])) })),
  { freq: 6, nil: undefined },
);

function officeArbitrary(all: readonly FixturePlace[]): fc.Arbitrary<Omit<OfficeInput, "id">> {
  const places = all.filter((place) => place.postalCode);
  const located = fc.record({
    place: placeArbitrary(places),
    dLat: fc.double({ min: -0.05, max: 0.05, noNaN: true }),
    dLon: fc.double({ min: -0.05, max: 0.05, noNaN: true }),
    youth: fc.boolean(),
    both: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    providerId: fc.constantFrom(...PROVIDERS),
    languages: fc.subarray(LANGUAGES, { minLength: 1, maxLength: 5 }),
    topics: fc.subarray([...TOPICS], { maxLength: 4 }),
    channels: fc
      .subarray([...CHANNELS], { maxLength: 3 })
      .map((c) => ["in-person" as const, ...c.filter((x) => x !== "in-person")]),
    stepFree: fc.constantFrom(true, false, "unknown" as const, undefined),
    openingHours,
  });
  const online = fc.record({
    youth: fc.boolean(),
    languages: fc.subarray(LANGUAGES, { minLength: 1, maxLength: 6 }),
    channels: fc.subarray(["chat", "video", "messenger", "phone"] as const, { minLength: 1 }),
  });
  return fc.oneof(
    {
      weight: 19,
      arbitrary: located.map(
        (o): Omit<OfficeInput, "id"> => ({
          providerId: o.providerId,
          name: `${o.youth ? "Jugendmigrationsdienst" : "Migrationsberatung"} ${o.place.name} (fiktiv)`,
          programmes: o.both ? ["MBE", "JMD"] : [o.youth ? "JMD" : "MBE"],
          address: {
            street: "Beispielweg 1",
            postalCode: o.place.postalCode!,
            city: o.place.name,
            state: o.place.state,
          },
          // 5 decimals (about 1 m), as datasets write them: search ranks distances that differ by
          // less than a millimetre as equal (dataset order), the scan oracle would not.
          geo: { lat: round5(o.place.lat + o.dLat), lon: round5(o.place.lon + o.dLon) },
          serviceArea: [o.place.ags.slice(0, 5)],
          languages: o.languages,
          topics: o.topics,
          channels: o.channels,
          ...(o.stepFree === undefined ? {} : { accessibility: { stepFree: o.stepFree } }),
          ...(o.youth ? { ageRange: { min: 12, max: 26 } } : {}),
          ...(o.openingHours ? { openingHours: o.openingHours } : {}),
        }),
      ),
    },
    {
      weight: 1,
      arbitrary: online.map(
        (o): Omit<OfficeInput, "id"> => ({
          providerId: "provider-other",
          name: o.youth ? "jmd4you (fiktiv)" : "mbeon (fiktiv)",
          programmes: [o.youth ? "JMD4YOU" : "MBEON"],
          languages: o.languages,
          channels: [...o.channels],
        }),
      ),
    },
  );
}

/**
 * `count` seeded, varied offices around `places` (programmes, languages, topics, channels, step-free
 * access, age ranges, opening hours of every slot kind, 5% online services): the same seed gives the same dataset.
 *
 * @example
 * const dataset = variedDataset({ seed: 7, count: 600, places: [{ name: "Köln", ags: "05315000", state: "DE-NW", lat: 50.94, lon: 6.96 }] });
 */
export function variedDataset(options: {
  seed: number;
  count: number;
  places: readonly FixturePlace[];
}): Dataset {
  const offices = fc
    .sample(officeArbitrary(options.places), { seed: options.seed, numRuns: options.count })
    .map((office, i) => ({ id: `office-${i + 1}`, ...office }) as OfficeInput);
  return fixtureDataset(offices);
}

/** Eight towns of the Rhineland, 5 to 110 km apart, in six postcode regions: for searches across regions. */
export const RHINELAND_PLACES: FixturePlace[] = [
  {
    name: "Köln",
    ags: "05315000",
    state: "DE-NW",
    lat: 50.94,
    lon: 6.96,
    postalCode: "50667",
  },
  {
    name: "Bonn",
    ags: "05314000",
    state: "DE-NW",
    lat: 50.73,
    lon: 7.1,
    postalCode: "53111",
  },
  {
    name: "Leverkusen",
    ags: "05316000",
    state: "DE-NW",
    lat: 51.03,
    lon: 7.0,
    postalCode: "51373",
  },
  {
    name: "Düsseldorf",
    ags: "05111000",
    state: "DE-NW",
    lat: 51.23,
    lon: 6.78,
    postalCode: "40213",
  },
  {
    name: "Aachen",
    ags: "05334002",
    state: "DE-NW",
    lat: 50.78,
    lon: 6.08,
    postalCode: "52062",
  },
  {
    name: "Siegen",
    ags: "05970040",
    state: "DE-NW",
    lat: 50.87,
    lon: 8.02,
    postalCode: "57072",
  },
  { name: "Bad Münstereifel", ags: "05366008", state: "DE-NW", lat: 50.55, lon: 6.76, postalCode: "53902" },
  {
    name: "Koblenz",
    ags: "07111000",
    state: "DE-RP",
    lat: 50.36,
    lon: 7.59,
    postalCode: "56068",
  },
];

import type { Channel, Programme, Topic, Umbrella } from "@beratungsfinder/schemas";
import { languageCodeOf, relatedLanguages } from "@beratungsfinder/schemas";
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { searchByScan } from "../../bench/scan-search.js";
import { RHINELAND_PLACES, variedDataset } from "../../test/varied-dataset.js";
import { distanceKm } from "../geo/distance.js";
import { isOpen } from "../opening-hours/is-open.js";
import { createIndex } from "./create-index.js";
import type { SearchQuery } from "./search.js";
import { search } from "./search.js";

const dataset = variedDataset({ seed: 7, count: 600, places: RHINELAND_PLACES });
const index = createIndex(dataset);
const umbrellaOf = new Map(dataset.providers.map((p) => [p.id, p.umbrella]));
const NOW = new Date("2026-03-03T13:00:00Z");

const subset = <T>(values: readonly T[]) =>
  fc.option(fc.subarray([...values], { minLength: 1, maxLength: 3 }), { nil: undefined });

const queryArbitrary: fc.Arbitrary<SearchQuery> = fc.record(
  {
    point: fc.record({
      lat: fc.double({ min: 50.2, max: 51.4, noNaN: true }),
      lon: fc.double({ min: 5.9, max: 8.2, noNaN: true }),
    }),
    radiusKm: fc.double({ min: 0, max: 80, noNaN: true }),
    programmes: subset<Programme>(["MBE", "JMD", "MBEON"]),
    age: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
    languages: subset(["ar", "fa", "uk", "ru", "tr", "kmr", "ti", "EN"]),
    topics: subset<Topic>(["housing", "education", "debt", "health"]),
    channels: subset<Channel>(["video", "messenger", "outreach", "phone"]),
    stepFree: fc.option(fc.boolean(), { nil: undefined }),
    umbrellas: subset<Umbrella>(["caritas", "diakonie", "ib", "awo"]),
    openAt: fc.option(
      fc.date({ min: new Date("2026-01-01"), max: new Date("2026-12-31"), noInvalidDate: true }),
      {
        nil: undefined,
      },
    ),
    limit: fc.integer({ min: 0, max: 40 }),
    offset: fc.integer({ min: 0, max: 40 }),
  },
  { requiredKeys: ["point"] },
);

describe("search (properties)", () => {
  test.prop([queryArbitrary], { numRuns: 200 })(
    "returns what a full scan returns, in the same order",
    (query) => {
      const fast = search(index, { ...query, now: NOW });
      const scan = searchByScan(dataset, query);
      expect(fast.total).toBe(scan.total);
      expect(fast.results.map((r) => r.office.id)).toEqual(scan.results.map((r) => r.office.id));
    },
  );

  test.prop([queryArbitrary], { numRuns: 200 })(
    "sorts the primary programme's offices first, each group by distance, inside the radius",
    (query) => {
      const { results } = search(index, { ...query, now: NOW });
      const radius = query.radiusKm ?? 25;
      const group = (i: number) =>
        (results[i]!.languageMatch === "related" ? 2 : 0) + (results[i]!.fit?.primary === false ? 1 : 0);
      results.forEach((result, i) => {
        expect(result.distanceKm).toBeCloseTo(distanceKm(query.point!, result.office.geo!), 9);
        expect(result.distanceKm!).toBeLessThanOrEqual(radius);
        if (i === 0) return;
        expect(group(i)).toBeGreaterThanOrEqual(group(i - 1));
        if (group(i) === group(i - 1))
          expect(result.distanceKm!).toBeGreaterThanOrEqual(results[i - 1]!.distanceKm!);
      });
    },
  );

  test.prop([queryArbitrary], { numRuns: 200 })("respects every filter", (query) => {
    const { results, online } = search(index, { ...query, now: NOW });
    for (const result of [...results, ...online]) {
      const { office } = result;
      if (query.programmes) expect(office.programmes.some((p) => query.programmes!.includes(p))).toBe(true);
      if (query.languages) {
        const wanted = query.languages.map((l) => l.toLowerCase());
        const exact = office.languages.some((l) => wanted.includes(languageCodeOf(l)));
        const near = wanted.flatMap((l) => relatedLanguages(l));
        expect(exact || office.languages.some((l) => near.includes(languageCodeOf(l)))).toBe(true);
        expect(result.languageMatch).toBe(exact ? "exact" : "related");
      }
      if (query.topics) expect(office.topics.some((t) => query.topics!.includes(t))).toBe(true);
      if (query.channels) expect(office.channels.some((c) => query.channels!.includes(c))).toBe(true);
      if (query.stepFree) expect(office.accessibility?.stepFree).toBe(true);
      if (query.umbrellas) expect(query.umbrellas).toContain(umbrellaOf.get(office.providerId));
      if (query.age !== undefined && office.ageRange) {
        expect(query.age).toBeGreaterThanOrEqual(office.ageRange.min ?? 0);
        expect(query.age).toBeLessThanOrEqual(office.ageRange.max ?? 200);
      }
      if (query.openAt && office.address) {
        expect(isOpen(office.openingHours, query.openAt, office.address.state)).toBe(true);
      }
    }
  });

  test.prop(
    [
      queryArbitrary,
      fc.date({ min: new Date("2026-01-01"), max: new Date("2027-01-01"), noInvalidDate: true }),
    ],
    {
      numRuns: 100,
    },
  )("says open now exactly when isOpen does", (query, now) => {
    const { results, online } = search(index, { ...query, now });
    for (const result of [...results, ...online]) {
      const { openingHours, address } = result.office;
      expect(result.openNow).toBe(isOpen(openingHours, now, address?.state));
    }
  });

  test.prop([queryArbitrary, fc.integer({ min: 1, max: 7 })], { numRuns: 100 })(
    "pages add up to the whole list",
    (query, pageSize) => {
      const all = search(index, { ...query, offset: 0, limit: 10_000, now: NOW });
      const pages: string[] = [];
      for (let offset = 0; offset < all.total; offset += pageSize) {
        const page = search(index, { ...query, offset, limit: pageSize, now: NOW });
        expect(page.total).toBe(all.total);
        pages.push(...page.results.map((r) => r.office.id));
      }
      expect(pages).toEqual(all.results.map((r) => r.office.id));
      expect(new Set(pages).size).toBe(pages.length);
    },
  );
});

import type { Programme } from "@beratungsfinder/schemas";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { PUBLISHED_BASE, servePublished } from "../../test/serve-published.js";
import { RHINELAND_PLACES, variedDataset } from "../../test/varied-dataset.js";
import { createIndex } from "../search/create-index.js";
import { KOELN, SEARCH_DATASET } from "../search/fixtures/search-dataset.js";
import { type SearchQuery, search } from "../search/search.js";
import { loadFirstPage, regionsForPage } from "./first-page.js";
import { openPublished } from "./open-published.js";

const NOW = new Date("2026-03-03T13:00:00Z");
const ids = (results: { office: { id: string } }[]) => results.map((result) => result.office.id);
const dataset = variedDataset({ seed: 11, count: 700, places: RHINELAND_PLACES });
const raw = createIndex(dataset);

describe("regionsForPage", () => {
  const near = [
    { key: "online", km: 0 },
    { key: "50", km: 0 },
    { key: "51", km: 0 },
    { key: "53", km: 9 },
    { key: "40", km: 14 },
  ];

  it("asks first for online and the regions the point lies in", () => {
    expect(regionsForPage(near, new Set(), undefined)).toEqual(["online", "50", "51"]);
    expect(regionsForPage(near, new Set(), 100)).toEqual(["online", "50", "51"]);
    expect(regionsForPage(near, new Set(["online", "51"]), undefined)).toEqual(["50"]);
  });

  it("then the regions the page reaches into, and nothing once the page ends nearer than the rest", () => {
    const first = new Set(["online", "50", "51"]);
    expect(regionsForPage(near, first, undefined)).toEqual([]);
    expect(regionsForPage(near, first, 3.2)).toEqual([]);
    expect(regionsForPage(near, first, 9)).toEqual(["53"]);
    expect(regionsForPage(near, first, Number.POSITIVE_INFINITY)).toEqual(["53", "40"]);
    expect(regionsForPage(near, new Set([...first, "53"]), 12)).toEqual([]);
  });

  it("takes the nearest region when the point lies in none, and failed regions as settled", () => {
    const outside = [
      { key: "online", km: 0 },
      { key: "57", km: 4 },
      { key: "56", km: 4 },
      { key: "35", km: 20 },
    ];
    expect(regionsForPage(outside, new Set(), undefined)).toEqual(["online", "57", "56"]);
    expect(regionsForPage(outside, new Set(["online", "57", "56"]), 25)).toEqual(["35"]);
  });
});

describe("SearchResults.pageReachKm", () => {
  const index = createIndex(SEARCH_DATASET);

  it("is the last distance of a full page, and Infinity while the page is not full", () => {
    const full = search(index, { point: KOELN, radiusKm: 50, limit: 2, now: NOW });
    expect(full.results).toHaveLength(2);
    expect(full.pageReachKm).toBe(full.results[1]!.distanceKm);
    const short = search(index, { point: KOELN, radiusKm: 50, limit: 100, now: NOW });
    expect(short.pageReachKm).toBe(Number.POSITIVE_INFINITY);
    expect(search(index, { point: KOELN, limit: 0, now: NOW }).pageReachKm).toBe(Number.NEGATIVE_INFINITY);
    expect(search(index, { ags: "05315000", now: NOW }).pageReachKm).toBeUndefined();
  });

  it("is Infinity when the page ends in a later rank group, which an office anywhere could precede", () => {
    const byAge = variedDataset({ seed: 3, count: 300, places: RHINELAND_PLACES });
    const aged = createIndex(byAge);
    // At 19, JMD offices come first; a page that reaches into the other offices is open to any JMD office.
    const long = search(aged, { point: KOELN, radiusKm: 80, age: 19, limit: 200, now: NOW });
    const primaries = long.results.filter((result) => result.fit?.primary !== false).length;
    expect(primaries).toBeGreaterThan(0);
    expect(primaries).toBeLessThan(long.results.length);
    const inFirst = search(aged, { point: KOELN, radiusKm: 80, age: 19, limit: primaries, now: NOW });
    expect(inFirst.pageReachKm).toBe(inFirst.results.at(-1)!.distanceKm);
    const beyond = search(aged, { point: KOELN, radiusKm: 80, age: 19, limit: primaries + 1, now: NOW });
    expect(beyond.pageReachKm).toBe(Number.POSITIVE_INFINITY);
  });
});

const queryArbitrary: fc.Arbitrary<SearchQuery & { point: { lat: number; lon: number } }> = fc.record(
  {
    point: fc.record({
      lat: fc.double({ min: 50.3, max: 51.3, noNaN: true }),
      lon: fc.double({ min: 6.0, max: 8.1, noNaN: true }),
    }),
    radiusKm: fc.double({ min: 1, max: 80, noNaN: true }),
    age: fc.option(fc.integer({ min: 10, max: 70 }), { nil: undefined }),
    languages: fc.option(fc.subarray(["ar", "fa", "prs", "uk", "kmr"], { minLength: 1, maxLength: 2 }), {
      nil: undefined,
    }),
    programmes: fc.option(fc.subarray<Programme>(["MBE", "JMD"], { minLength: 1 }), { nil: undefined }),
    limit: fc.integer({ min: 1, max: 30 }),
    offset: fc.integer({ min: 0, max: 10 }),
  },
  { requiredKeys: ["point"] },
);

describe("loadFirstPage", () => {
  test.prop([queryArbitrary], { numRuns: 150 })(
    "shows the page a search over the whole dataset shows, from the regions it loaded",
    async (query) => {
      const { fetch } = servePublished(dataset);
      const folder = await openPublished(`${PUBLISHED_BASE}manifest.json`, { fetch });
      const page = await loadFirstPage(folder, { ...query, now: NOW });
      const whole = search(raw, { ...query, now: NOW });
      expect(ids(page.results.results)).toEqual(ids(whole.results));
      expect(ids(page.results.online)).toEqual(ids(whole.online));
      expect(page.failed).toEqual([]);
      if (page.complete) expect(page.results.total).toBe(whole.total);
      else expect(page.results.total).toBeLessThanOrEqual(whole.total);
      const near = folder.regionsNear(query.point, query.radiusKm ?? 25);
      expect(page.complete).toBe(near.every((key) => page.view.regions.includes(key)));
    },
  );

  it("loads the nearest regions only, when they fill the page", async () => {
    const { fetch, requests } = servePublished(dataset);
    const folder = await openPublished(`${PUBLISHED_BASE}manifest.json`, { fetch });
    const near = folder.regionsNear(KOELN, 40);
    const page = await loadFirstPage(folder, { point: KOELN, radiusKm: 40, limit: 10, now: NOW });
    expect(page.complete).toBe(false);
    expect(page.view.regions.length).toBeLessThan(near.length);
    expect(page.view.regions).toContain("online");
    expect(requests.filter((path) => path.startsWith("index-"))).toHaveLength(page.view.regions.length);
    // The rest then loads as before, and the total is the whole dataset's.
    const all = await folder.loadNear(KOELN, 40);
    const whole = search(raw, { point: KOELN, radiusKm: 40, limit: 10, now: NOW });
    expect(search(all.index, { point: KOELN, radiusKm: 40, limit: 10, now: NOW }).total).toBe(whole.total);
    expect(page.results.total).toBeLessThan(whole.total);
  });

  it("shows the page without a region that failed, and names it", async () => {
    const { fetch, manifest } = servePublished(dataset, {
      change: (files) => {
        for (const path of files.keys()) if (path.startsWith("index-51.")) files.set(path, "{ broken");
      },
    });
    expect(manifest.regions.some((region) => region.key === "51")).toBe(true);
    const folder = await openPublished(`${PUBLISHED_BASE}manifest.json`, { fetch });
    const leverkusen = { lat: 51.03, lon: 7.0 };
    const page = await loadFirstPage(folder, { point: leverkusen, radiusKm: 30, limit: 5, now: NOW });
    expect(page.failed.map((failure) => failure.region)).toEqual(["51"]);
    expect(page.results.results.length).toBeGreaterThan(0);
    expect(page.results.results.every((result) => !result.office.address?.postalCode.startsWith("51"))).toBe(
      true,
    );
  });
});

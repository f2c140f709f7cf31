import { describe, expect, it } from "vitest";
import { createIndex } from "./create-index.js";
import { BERLIN, KOELN, SEARCH_DATASET } from "./fixtures/search-dataset.js";
import type { SearchQuery } from "./search.js";
import { search } from "./search.js";

const index = createIndex(SEARCH_DATASET);
/** Tuesday 3 March 2026, 14:00 in Berlin (CET). */
const TUESDAY_2PM = new Date("2026-03-03T13:00:00Z");

const ids = (query: SearchQuery) =>
  search(index, { now: TUESDAY_2PM, ...query }).results.map((r) => r.office.id);
const onlineIds = (query: SearchQuery) =>
  search(index, { now: TUESDAY_2PM, ...query }).online.map((r) => r.office.id);

describe("createIndex", () => {
  it("separates offices with coordinates, without, and online services", () => {
    expect(index.located.map((entry) => entry.office.id)).toEqual([
      "koeln-mbe",
      "koeln-jmd",
      "leverkusen-mbe-jmd",
      "bonn-mbe",
      "berlin-mbe",
    ]);
    expect(index.unlocated.map((entry) => entry.office.id)).toEqual(["koeln-no-geo"]);
    expect(index.online.map((entry) => entry.office.id)).toEqual(["mbeon", "jmd4you"]);
    expect(index.providers.get("awo-like")?.umbrella).toBe("awo");
  });

  it("indexes an empty dataset", () => {
    const empty = createIndex({ ...SEARCH_DATASET, offices: [] });
    expect(search(empty, { point: KOELN }).total).toBe(0);
  });
});

describe("search", () => {
  it("finds the offices within the default 25 km, nearest first, with their distance", () => {
    const { results, total } = search(index, { point: KOELN, now: TUESDAY_2PM });
    expect(results.map((r) => r.office.id)).toEqual([
      "koeln-mbe",
      "koeln-jmd",
      "leverkusen-mbe-jmd",
      "bonn-mbe",
    ]);
    expect(total).toBe(4);
    expect(results[0]?.distanceKm).toBe(0);
    expect(results[1]?.distanceKm).toBeCloseTo(2, 0);
    expect(results[3]?.distanceKm).toBeGreaterThan(20);
  });

  it("honours the radius", () => {
    expect(ids({ point: KOELN, radiusKm: 5 })).toEqual(["koeln-mbe", "koeln-jmd"]);
    expect(ids({ point: KOELN, radiusKm: 0 })).toEqual(["koeln-mbe"]);
    expect(ids({ point: BERLIN, radiusKm: 600 })).toHaveLength(5);
  });

  it("rejects a negative radius", () => {
    expect(() => search(index, { point: KOELN, radiusKm: -1 })).toThrow(RangeError);
  });

  it("filters by programme (any of)", () => {
    expect(ids({ point: KOELN, programmes: ["JMD"] })).toEqual(["koeln-jmd", "leverkusen-mbe-jmd"]);
    expect(onlineIds({ point: KOELN, programmes: ["JMD"] })).toEqual([]);
    expect(onlineIds({ point: KOELN, programmes: ["MBEON"] })).toEqual(["mbeon"]);
  });

  it("filters by age through eligibility: JMD under 27, MBE from 27, and the online services that fit", () => {
    const young = search(index, { point: KOELN, age: 15, now: TUESDAY_2PM });
    expect(young.results.map((r) => r.office.id)).toContain("koeln-jmd");
    expect(young.results.map((r) => r.office.id)).toContain("leverkusen-mbe-jmd");
    expect(young.online.map((r) => r.office.id)).not.toContain("mbeon");
    expect(young.results.map((r) => r.office.id)).not.toContain("koeln-mbe");
    expect(young.online.map((r) => r.office.id)).toEqual(["jmd4you"]);
    expect(young.eligibility?.primary).toBe("JMD");

    // 19: JMD offices first, then MBE offices by exception (each nearest first), both online services.
    const adultYoung = search(index, { point: KOELN, age: 19, now: TUESDAY_2PM });
    expect(adultYoung.results.map((r) => r.office.id)).toEqual([
      "koeln-jmd",
      "leverkusen-mbe-jmd",
      "koeln-mbe",
      "bonn-mbe",
    ]);
    expect(adultYoung.results[2]?.fit).toMatchObject({ programme: "MBE", exception: true });
    expect(adultYoung.online.map((r) => r.office.id)).toEqual(["mbeon", "jmd4you"]);
    expect(adultYoung.eligibility?.alternatives).toContain("MBE");

    const adult = search(index, { point: KOELN, age: 40, now: TUESDAY_2PM });
    expect(adult.results.map((r) => r.office.id)).toEqual(["koeln-mbe", "leverkusen-mbe-jmd", "bonn-mbe"]);
    expect(adult.online.map((r) => r.office.id)).not.toContain("jmd4you");
  });

  it("respects the office's own age range", () => {
    // 27 fits JMD nowhere: the JMD office's range ends at 26.
    expect(ids({ point: KOELN, age: 27 })).not.toContain("koeln-jmd");
    expect(ids({ point: KOELN, age: 11 })).not.toContain("koeln-jmd");
  });

  it("filters by counselling language (any of, case-insensitive)", () => {
    expect(ids({ point: KOELN, languages: ["prs"] })).toEqual(["koeln-jmd"]);
    expect(ids({ point: KOELN, languages: ["UK", "fa"] })).toEqual(["koeln-jmd", "bonn-mbe"]);
    expect(onlineIds({ point: KOELN, languages: ["tr"] })).toEqual(["jmd4you"]);
  });

  it("filters by topic (any of)", () => {
    expect(ids({ point: KOELN, topics: ["housing", "education"] })).toEqual([
      "koeln-jmd",
      "leverkusen-mbe-jmd",
    ]);
  });

  it("filters by channel (any of)", () => {
    expect(ids({ point: KOELN, channels: ["video"] })).toEqual(["leverkusen-mbe-jmd"]);
    expect(onlineIds({ point: KOELN, channels: ["video"] })).toEqual([]);
    expect(onlineIds({ point: KOELN, channels: ["chat"] })).toEqual(["mbeon", "jmd4you"]);
  });

  it("filters by confirmed step-free access only when asked", () => {
    expect(ids({ point: KOELN, stepFree: true })).toEqual(["koeln-mbe", "bonn-mbe"]);
    expect(ids({ point: KOELN, stepFree: false })).toHaveLength(4);
  });

  it("filters by the provider's umbrella", () => {
    expect(ids({ point: KOELN, umbrellas: ["caritas"] })).toEqual(["koeln-mbe", "leverkusen-mbe-jmd"]);
    expect(ids({ point: KOELN, umbrellas: ["diakonie", "awo"] })).toEqual(["koeln-jmd", "bonn-mbe"]);
  });

  it("filters by opening at an instant, in the office's state", () => {
    const open = ids({ point: KOELN, openAt: TUESDAY_2PM });
    expect(open).toContain("koeln-jmd");
    expect(open).not.toContain("koeln-mbe");
    expect(open).not.toContain("leverkusen-mbe-jmd");
    // Bonn is staffed 08–16 but by appointment only: nobody can walk in.
    expect(open).not.toContain("bonn-mbe");
    // Online services without published hours take messages at any time.
    expect(onlineIds({ point: KOELN, openAt: TUESDAY_2PM })).toEqual(["mbeon", "jmd4you"]);
  });

  it("combines filters", () => {
    expect(ids({ point: KOELN, languages: ["ar"], programmes: ["MBE"], channels: ["video"] })).toEqual([
      "leverkusen-mbe-jmd",
    ]);
  });

  it("says whether each office is open now and when it opens next", () => {
    const [mbe, jmd] = search(index, { point: KOELN, radiusKm: 5, now: TUESDAY_2PM }).results;
    expect(jmd?.openNow).toBe(true);
    expect(jmd?.nextOpening?.end.toISOString()).toBe("2026-03-03T17:00:00.000Z");
    expect(mbe?.openNow).toBe(false);
    expect(mbe?.nextOpening?.start.toISOString()).toBe("2026-03-04T08:00:00.000Z");
  });

  it("tells walk-in hours from appointment-only time in the status", () => {
    const bonn = search(index, { point: KOELN, now: TUESDAY_2PM }).results.find(
      (r) => r.office.id === "bonn-mbe",
    );
    expect(bonn?.openNow).toBe(false);
    expect(bonn?.status.state).toBe("by-appointment");
    expect(bonn?.nextOpening?.kind).toBe("appointment");
  });

  it("marks offices whose service area contains the query's key as responsible", () => {
    const { results } = search(index, { point: KOELN, ags: "05315000", now: TUESDAY_2PM });
    const responsible = results.filter((r) => r.responsible).map((r) => r.office.id);
    expect(responsible).toEqual(["koeln-mbe", "koeln-jmd"]);
    expect(results[0]?.reasons).toContainEqual({ key: "match.responsible", params: { ags: "05315000" } });
  });

  it("explains every match with message keys", () => {
    const [first] = search(index, {
      point: KOELN,
      programmes: ["MBE"],
      languages: ["ar", "uk"],
      topics: ["work"],
      channels: ["phone"],
      stepFree: true,
      umbrellas: ["caritas"],
      now: TUESDAY_2PM,
    }).results;
    expect(first?.reasons).toEqual([
      { key: "match.distance", params: { km: 0 } },
      { key: "match.programme", params: { programme: "MBE" } },
      { key: "match.language", params: { language: "ar" } },
      { key: "match.topic", params: { topic: "work" } },
      { key: "match.channel", params: { channel: "phone" } },
      { key: "match.stepFree" },
      { key: "match.umbrella", params: { umbrella: "caritas" } },
    ]);
    expect(first?.provider?.id).toBe("caritas-like");
  });

  it("pages with offset and limit, keeping the total", () => {
    const page1 = search(index, { point: KOELN, limit: 2, now: TUESDAY_2PM });
    const page2 = search(index, { point: KOELN, limit: 2, offset: 2, now: TUESDAY_2PM });
    expect(page1.total).toBe(4);
    expect(page2.total).toBe(4);
    expect([...page1.results, ...page2.results].map((r) => r.office.id)).toEqual(ids({ point: KOELN }));
    expect(search(index, { point: KOELN, offset: 10 }).results).toEqual([]);
  });

  it("lists the online services beside the results unless told not to", () => {
    expect(onlineIds({ point: KOELN })).toEqual(["mbeon", "jmd4you"]);
    expect(onlineIds({ point: KOELN, includeOnline: false })).toEqual([]);
    const [mbeon] = search(index, { point: KOELN, now: TUESDAY_2PM }).online;
    expect(mbeon?.distanceKm).toBeUndefined();
    expect(mbeon?.reasons).toContainEqual({ key: "match.online" });
  });

  it("lists the first onlineLimit online services and counts them all", () => {
    const count = (query: SearchQuery) => search(index, { point: KOELN, now: TUESDAY_2PM, ...query });
    expect(count({}).onlineTotal).toBe(2);
    expect(onlineIds({ point: KOELN, onlineLimit: 1 })).toEqual(["mbeon"]);
    expect(count({ onlineLimit: 1 }).onlineTotal).toBe(2);
    expect(count({ onlineLimit: 0 }).online).toEqual([]);
    expect(count({ onlineLimit: 0 }).onlineTotal).toBe(2);
    expect(count({ onlineLimit: Number.NaN }).online).toEqual([]);
    // The total follows the filters, and is 0 when online services are not asked for.
    expect(count({ languages: ["tr"], onlineLimit: 0 }).onlineTotal).toBe(1);
    expect(count({ includeOnline: false }).onlineTotal).toBe(0);
  });

  it("without a point, lists every office in person, those responsible for the key first", () => {
    expect(ids({})).toEqual([
      "koeln-mbe",
      "koeln-jmd",
      "leverkusen-mbe-jmd",
      "bonn-mbe",
      "berlin-mbe",
      "koeln-no-geo",
    ]);
    expect(ids({ ags: "05314000" })[0]).toBe("bonn-mbe");
    expect(search(index, {}).results[0]?.distanceKm).toBeUndefined();
  });
});

describe("search with an invalid Date", () => {
  // Found by the fuzz suite: openAt: new Date(NaN) failed inside as "RangeError: Invalid time value".
  it.each(["openAt", "now"] as const)("refuses an invalid %s with a message naming it", (name) => {
    expect(() => search(index, { point: BERLIN, radiusKm: 5, [name]: new Date(Number.NaN) })).toThrowError(
      new RangeError(`Invalid ${name}: expected a valid Date, received Invalid Date.`),
    );
  });
});

describe("search by related languages", () => {
  const LANGUAGES: Record<string, string[]> = {
    "koeln-mbe": ["de", "ku"],
    "leverkusen-mbe-jmd": ["de", "kmr"],
    "bonn-mbe": ["de", "ku"],
  };
  const related = createIndex({
    ...SEARCH_DATASET,
    offices: SEARCH_DATASET.offices.map((office) =>
      LANGUAGES[office.id] ? { ...office, languages: LANGUAGES[office.id]! } : office,
    ),
  });
  const find = (languages: string[]) =>
    search(related, { point: KOELN, languages, now: TUESDAY_2PM }).results.map((r) => [
      r.office.id,
      r.languageMatch,
    ]);

  it("finds Kurdish (ku) for a Kurmanji speaker after the exact matches, each group nearest first", () => {
    expect(find(["kmr"])).toEqual([
      ["leverkusen-mbe-jmd", "exact"],
      ["koeln-mbe", "related"],
      ["bonn-mbe", "related"],
    ]);
  });

  it("finds Persian (fa) for a speaker of Iranian Persian, marking the relation in the reasons", () => {
    const [jmd] = search(related, { point: KOELN, languages: ["pes"], now: TUESDAY_2PM }).results;
    expect(jmd?.office.id).toBe("koeln-jmd");
    expect(jmd?.languageMatch).toBe("related");
    expect(jmd?.reasons).toContainEqual({
      key: "match.relatedLanguage",
      params: { language: "fa", asked: "pes" },
    });
  });

  it("lists an office that speaks the asked language as exact even if it also speaks a related one", () => {
    expect(find(["prs"])).toEqual([["koeln-jmd", "exact"]]);
  });
});

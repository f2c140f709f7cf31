import { PROGRAMMES } from "@beratungsfinder/schemas";
import { expect } from "@open-wc/testing";
import {
  defaultFilters,
  filtersFromHash,
  filtersToHash,
  parseProgrammes,
  readHashState,
  sameSearch,
  toSearchQuery,
  widerRadius,
  writeHashState,
} from "./search-state.js";

describe("hash state", () => {
  it("round-trips the query, radius and office and keeps the host's own keys", () => {
    const hash = writeHashState("#tab=2", { query: "10115 Berlin", radiusKm: 10, office: "mbe-mitte" });
    expect(hash).to.equal("#tab=2&bf-q=10115+Berlin&bf-r=10&bf-office=mbe-mitte");
    expect(readHashState(hash)).to.deep.equal({ query: "10115 Berlin", radiusKm: 10, office: "mbe-mitte" });
  });

  it("ignores values that make no sense", () => {
    expect(readHashState("#bf-r=-3&bf-q=")).to.deep.equal({});
    expect(
      readHashState("#bf-topics=nope,__proto__&bf-channels=x&bf-languages=<b>&bf-open=yes"),
    ).to.deep.equal({});
  });

  it("carries the filters in a link, never the age", () => {
    const filters = {
      ...defaultFilters(10),
      age: 19,
      languages: ["ar"],
      topics: ["work" as const],
      openNow: true,
    };
    const hash = writeHashState("", { query: "Köln", ...filtersToHash(filters) });
    expect(hash).to.equal("#bf-q=K%C3%B6ln&bf-r=10&bf-languages=ar&bf-topics=work&bf-open=1");
    const restored = filtersFromHash(readHashState(hash), { ...defaultFilters(25), age: 30 });
    expect(restored).to.deep.equal({ ...filters, age: 30 });
  });

  it("tells the same search apart from another office or language over it", () => {
    const search = { query: "10115", radiusKm: 25, languages: ["ar"] };
    expect(sameSearch({ ...search, office: "a", locale: "ar" }, search)).to.equal(true);
    expect(sameSearch({ ...search, openNow: true }, search)).to.equal(false);
    expect(sameSearch({ ...search, radiusKm: 10 }, search)).to.equal(false);
  });
});

describe("toSearchQuery", () => {
  it("never passes the age on as a filter", () => {
    const query = toSearchQuery(
      { label: "x", lat: 52, lon: 13 },
      { ...defaultFilters(), age: 19 },
      { limit: 5, now: new Date(0) },
    );
    expect(query.age).to.equal(undefined);
    expect(query.radiusKm).to.equal(25);
  });

  it("asks for offices open now with the open-now filter", () => {
    const now = new Date(0);
    const query = toSearchQuery(
      { label: "x", lat: 52, lon: 13 },
      { ...defaultFilters(), openNow: true },
      { limit: 5, now },
    );
    expect(query.openAt).to.equal(now);
  });
});

describe("parseProgrammes", () => {
  it("reads codes separated by spaces or commas, ignoring unknown ones", () => {
    expect(parseProgrammes("mbe, JMD  nope", PROGRAMMES)).to.deep.equal(["MBE", "JMD"]);
  });
});

describe("widerRadius", () => {
  it("suggests the next step and stops at the largest", () => {
    expect(widerRadius(25)).to.equal(50);
    expect(widerRadius(200)).to.equal(undefined);
  });
});

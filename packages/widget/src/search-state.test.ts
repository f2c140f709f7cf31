import { PROGRAMMES } from "@beratungsfinder/schemas";
import { expect } from "@open-wc/testing";
import {
  defaultFilters,
  parseProgrammes,
  readHashState,
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

// The search model is pure: these tests build its input from data only and touch no DOM.
import { type LoadedDataset, loadDataset } from "@beratungsfinder/core";
import { expect } from "@open-wc/testing";
import { officesFixture } from "../test/fixtures/offices.js";
import { findOffices, officeLanguages, pageSize, type SearchModel, viewState } from "./search-model.js";
import { clearFilters, defaultFilters, type SearchPlace } from "./search-state.js";

// A Wednesday, 10:30 in Berlin.
const NOW = new Date("2026-11-25T09:30:00Z");
const MITTE: SearchPlace = { label: "10115 Berlin", lat: 52.532, lon: 13.384 };
const GARMISCH: SearchPlace = { label: "Garmisch-Partenkirchen", lat: 47.492, lon: 11.095 };

let loaded: LoadedDataset;

before(async () => {
  loaded = await loadDataset(officesFixture());
});

function model(overrides: Partial<SearchModel> = {}): SearchModel {
  return {
    status: "ready",
    busy: false,
    loaded,
    placeFromLocation: false,
    filters: defaultFilters(),
    now: NOW,
    ...overrides,
  };
}

function searched(place: SearchPlace, overrides: Partial<SearchModel> = {}): SearchModel {
  const base = model(overrides);
  const results = findOffices(loaded, place, base.filters, { programmes: [], shown: 10, now: NOW });
  return { ...base, place, results };
}

describe("pageSize", () => {
  it("is the whole limit, or 10 when the limit is missing, zero or not a number", () => {
    expect(pageSize(3)).to.equal(3);
    expect(pageSize(2.7)).to.equal(2);
    expect(pageSize(0.5)).to.equal(10);
    expect(pageSize(0)).to.equal(10);
    expect(pageSize(Number.NaN)).to.equal(10);
    expect(pageSize(undefined)).to.equal(10);
  });
});

describe("officeLanguages", () => {
  it("lists each counselling language of the dataset once", () => {
    const languages = officeLanguages(loaded.dataset);
    expect(languages).to.include("de");
    expect(new Set(languages).size).to.equal(languages.length);
  });
});

describe("viewState", () => {
  it("loads until the dataset is ready, and says a search waits for the place data", () => {
    expect(viewState(model({ status: "loading" })).area).to.deep.equal({
      kind: "loading",
      message: "loading.data",
    });
    const waiting = viewState(model({ busy: true }));
    expect(waiting.area).to.deep.equal({ kind: "loading", message: "loading.search" });
    expect(waiting.busy).to.equal(true);
  });

  it("shows a failure with a retry, except when no dataset was given", () => {
    const fetch = viewState(
      model({ status: "error", failure: { kind: "dataset", message: "error.unavailable" } }),
    );
    expect(fetch.area).to.deep.include({ kind: "error", retry: true });
    const none = viewState(
      model({ status: "error", failure: { kind: "dataset", message: "error.noSource" } }),
    );
    expect(none.area).to.deep.include({ kind: "error", retry: false });
  });

  it("starts with a hint and tells the frame about fictional data", () => {
    const view = viewState(model());
    expect(view.area).to.deep.equal({ kind: "start" });
    expect(view.fictional).to.equal(true);
    expect(view.skipped).to.equal(0);
    expect(view.eligibility).to.equal(undefined);
  });

  it("lists the results around the place, labelled by it", () => {
    const view = viewState(searched(MITTE));
    if (view.area.kind !== "results") throw new Error(`expected results, got ${view.area.kind}`);
    expect(view.area.placeLabel).to.equal("10115 Berlin");
    expect(view.area.radiusKm).to.equal(25);
    expect(view.area.results.results.map((r) => r.office.id)).to.deep.equal(["mbe-mitte", "jmd-kreuzberg"]);
  });

  it("leaves the label of the person's location to the element (it is words, not a place name)", () => {
    const view = viewState(searched(MITTE, { placeFromLocation: true }));
    expect(view.area.kind).to.equal("results");
    expect(view.area).to.not.have.property("placeLabel");
  });

  it("offers a wider radius, the filters and the online services when nothing is near", () => {
    const plain = viewState(searched(GARMISCH)).area;
    expect(plain).to.deep.include({ kind: "empty", widerRadiusKm: 50, filtered: false });
    const filtered = viewState(
      searched(GARMISCH, { filters: { ...defaultFilters(200), openNow: true } }),
    ).area;
    expect(filtered).to.deep.include({ kind: "empty", filtered: true });
    expect(filtered).to.not.have.property("widerRadiusKm");
  });

  it("gives the empty state the filters to reset: all off, the radius and the age kept", () => {
    const filters = { ...defaultFilters(10), age: 30, languages: ["tr"], openNow: true, stepFree: true };
    const area = viewState(searched(GARMISCH, { filters })).area;
    if (area.kind !== "empty") throw new Error(`expected empty, got ${area.kind}`);
    expect(area.filters).to.deep.equal(filters);
    const reset = clearFilters(area.filters);
    expect(reset).to.deep.equal({ ...defaultFilters(10), age: 30 });
    expect(viewState(searched(GARMISCH, { filters: reset })).area).to.deep.include({ filtered: false });
  });

  it("shows an office's details with its week, and says which programme fits the age", () => {
    const list = searched(MITTE, { filters: { ...defaultFilters(), age: 19 } });
    const result = list.results?.results[0];
    if (!result) throw new Error("no result");
    const view = viewState({ ...list, selected: { result, index: 0 } });
    if (view.area.kind !== "details") throw new Error(`expected details, got ${view.area.kind}`);
    expect(view.area.today).to.equal("2026-11-25");
    expect(view.area.week).to.have.length(7);
    expect(view.eligibility?.primary).to.equal("JMD");
  });
});

import type { OfficeInput } from "@beratungsfinder/schemas";
import { fixtureDataset, KOELN, officeInput } from "@beratungsfinder/test-fixtures";
import { describe, expect, it } from "vitest";
import { createIndex } from "./create-index.js";
import { search } from "./search.js";

const FRECHEN = { lat: 50.9116, lon: 6.8107 };
/** Thursday 1 January 2026, 13:00 in Berlin. */
const NEW_YEAR = new Date("2026-01-01T12:00:00Z");

const OFFICES: OfficeInput[] = [
  officeInput({
    id: "koeln-mbe",
    name: "MBE Köln",
    address: { street: "Domplatz 1", postalCode: "50667", city: "Köln", state: "DE-NW" },
    geo: KOELN,
    channels: ["in-person", "outreach"],
    openingHours: undefined,
    outreach: [
      {
        name: "Rathaus",
        address: { street: "Johann-Schmitz-Platz 1", postalCode: "50226", city: "Frechen", state: "DE-NW" },
        geo: FRECHEN,
        // Every first Tuesday: 6 January 2026 (Epiphany is no holiday in NRW).
        slots: [{ repeat: "monthly", week: 1, day: "tu", from: "10:00", to: "12:00" }],
      },
    ],
  }),
  officeInput({
    id: "bonn-mbe",
    name: "MBE Bonn",
    address: { street: "Gartenstraße 4", postalCode: "53111", city: "Bonn", state: "DE-NW" },
    geo: { lat: 50.7374, lon: 7.0982 },
    openingHours: undefined,
  }),
];
const index = createIndex(fixtureDataset(OFFICES));

describe("search by outreach places", () => {
  it("finds an office whose outreach place lies within the radius, with the place's distance and next date", () => {
    const { results, total } = search(index, { point: FRECHEN, radiusKm: 5, now: NEW_YEAR });
    expect(total).toBe(1);
    const [result] = results;
    expect(result?.office.id).toBe("koeln-mbe");
    expect(result?.distanceKm).toBe(0);
    expect(result?.outreach?.place.name).toBe("Rathaus");
    expect(result?.outreach?.place.address.city).toBe("Frechen");
    expect(result?.outreach?.placeIndex).toBe(0);
    expect(result?.outreach?.next?.date).toBe("2026-01-06");
    // 10:00 in Berlin in winter is 09:00 UTC.
    expect(result?.outreach?.next?.start.toISOString()).toBe("2026-01-06T09:00:00.000Z");
    expect(result?.outreach?.next?.end.toISOString()).toBe("2026-01-06T11:00:00.000Z");
    expect(result?.reasons.slice(0, 2)).toEqual([
      { key: "match.distance", params: { km: 0 } },
      { key: "match.outreach", params: { place: "Rathaus", city: "Frechen" } },
    ]);
  });

  it("lists the office once, by its nearest point, and sorts by that distance", () => {
    // South-west of Frechen: the outreach place (about 4 km) is nearer than Köln (about 14 km) and Bonn.
    const point = { lat: 50.88, lon: 6.78 };
    const { results, total } = search(index, { point, radiusKm: 40, now: NEW_YEAR });
    expect(total).toBe(2);
    expect(results.map((result) => result.office.id)).toEqual(["koeln-mbe", "bonn-mbe"]);
    expect(results[0]?.distanceKm).toBeLessThan(5);
    expect(results[0]?.outreach?.place.name).toBe("Rathaus");
    expect(results[1]?.outreach).toBeUndefined();
  });

  it("does not mark the outreach place when the office itself is nearer", () => {
    const { results } = search(index, { point: KOELN, radiusKm: 25, now: NEW_YEAR });
    expect(results[0]?.office.id).toBe("koeln-mbe");
    expect(results[0]?.distanceKm).toBe(0);
    expect(results[0]?.outreach).toBeUndefined();
    expect(results[0]?.reasons.some((reason) => reason.key === "match.outreach")).toBe(false);
  });

  it("gives the next date after the one that has passed, skipping the office's closed days", () => {
    const closed = structuredClone(OFFICES);
    closed[0]!.openingHours = {
      weekly: {},
      exceptions: [{ from: "2026-02-01", to: "2026-02-10", closed: true }],
    };
    const closedIndex = createIndex(fixtureDataset(closed));
    const after = new Date("2026-01-06T12:00:00Z");
    const [result] = search(closedIndex, { point: FRECHEN, radiusKm: 5, now: after }).results;
    // 3 February falls in the team's holiday: the next visit is on 3 March.
    expect(result?.outreach?.next?.date).toBe("2026-03-03");
  });
});

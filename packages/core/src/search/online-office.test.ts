import { fixtureDataset, officeInput } from "@beratungsfinder/test-fixtures";
import { describe, expect, it } from "vitest";
import { createIndex } from "./create-index.js";
import { search } from "./search.js";

// Two offices without address, coordinates or hours: a chat service, and an office whose address is
// only missing from the data. Search must agree with `isOnlineOffice` on which one is online.
const unplaced = { address: undefined, geo: undefined, openingHours: undefined };
const dataset = fixtureDataset([
  officeInput({ ...unplaced, id: "chat", name: "Chat", programmes: ["MBEON"], channels: ["chat"] }),
  officeInput({ ...unplaced, id: "no-address", name: "Ohne Adresse" }),
]);
const index = createIndex(dataset);
const SUNDAY_NIGHT = new Date("2026-03-08T02:00:00Z");

describe("search and online offices", () => {
  it("lists only offices with a remote channel as online", () => {
    expect(index.online.map((entry) => entry.office.id)).toEqual(["chat"]);
    expect(index.unlocated.map((entry) => entry.office.id)).toEqual(["no-address"]);
  });

  it("counts only online offices without hours as reachable at any time", () => {
    const { results, online } = search(index, { openAt: SUNDAY_NIGHT, now: SUNDAY_NIGHT });
    expect(online.map((result) => result.office.id)).toEqual(["chat"]);
    expect(results.map((result) => result.office.id)).toEqual([]);
  });

  it("gives the match.online reason to online offices only", () => {
    const { results, online } = search(index, { now: SUNDAY_NIGHT });
    expect(online[0]?.reasons).toContainEqual({ key: "match.online" });
    expect(results.find((result) => result.office.id === "no-address")?.reasons).not.toContainEqual({
      key: "match.online",
    });
  });
});

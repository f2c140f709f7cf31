import type { OfficeInput } from "@beratungsfinder/schemas";
import { fixtureDataset, KOELN, officeInput } from "@beratungsfinder/test-fixtures";
import { describe, expect, it } from "vitest";
import { createIndex } from "./create-index.js";
import { search } from "./search.js";

/** One office per programme around Köln, at growing distances (0.01° of latitude ≈ 1.1 km). */
const office = (id: string, programmes: OfficeInput["programmes"], km: number) =>
  officeInput({ id, name: id, programmes, geo: { lat: KOELN.lat + km / 111.2, lon: KOELN.lon } });

const index = createIndex(
  fixtureDataset([
    office("avb", ["AVB"], 1),
    office("mbe-near", ["MBE"], 2),
    office("iq", ["IQ"], 3),
    office("jmd-far", ["JMD"], 9),
    office("faire", ["FAIRE_INTEGRATION"], 4),
    office("mobilitaet", ["FAIRE_MOBILITAET"], 4.5),
    office("adb", ["ADB"], 5),
    office("other", ["OTHER"], 6),
    office("mbe-far", ["MBE"], 8),
    office("jmd-near", ["JMD"], 7),
  ]),
);

const ids = (age: number) => search(index, { point: KOELN, age }).results.map((r) => r.office.id);

describe("search by age", () => {
  it("keeps the programmes without an age limit at 45: AVB, IQ, Faire Integration, Faire Mobilität, ADB and OTHER", () => {
    expect(ids(45)).toEqual(["mbe-near", "mbe-far", "avb", "iq", "faire", "mobilitaet", "adb", "other"]);
  });

  it("lists JMD first at 19, then the other fitting offices nearest first, MBE among them by exception", () => {
    const { results } = search(index, { point: KOELN, age: 19 });
    expect(results.map((r) => r.office.id)).toEqual([
      "jmd-near",
      "jmd-far",
      "avb",
      "mbe-near",
      "iq",
      "faire",
      "mobilitaet",
      "adb",
      "other",
      "mbe-far",
    ]);
    const mbe = results.find((r) => r.office.id === "mbe-near");
    expect(mbe?.fit).toMatchObject({ programme: "MBE", exception: true, primary: false });
    expect(mbe?.reasons).toContainEqual(
      expect.objectContaining({ key: "eligibility.mbe.exception-under-27" }),
    );
    expect(results[0]?.fit).toMatchObject({ programme: "JMD", primary: true });
    expect(results[0]?.reasons).toContainEqual(expect.objectContaining({ key: "eligibility.jmd.age" }));
  });

  it("keeps Faire Mobilität at every age, saying why it fits", () => {
    for (const age of [8, 17, 19, 45, 90]) {
      const result = search(index, { point: KOELN, age }).results.find((r) => r.office.id === "mobilitaet");
      expect(result?.fit, String(age)).toMatchObject({ programme: "FAIRE_MOBILITAET", primary: false });
      expect(result?.reasons).toContainEqual(
        expect.objectContaining({ key: "eligibility.faire-mobilitaet.eu-worker" }),
      );
    }
  });

  it("leaves MBE out under 18 and JMD out from 27", () => {
    expect(ids(17)).not.toContain("mbe-near");
    expect(ids(17).slice(0, 2)).toEqual(["jmd-near", "jmd-far"]);
    expect(ids(27)).not.toContain("jmd-near");
  });

  it("shows the MBE first for a child under 12, whose parents are MBE clients, and no JMD", () => {
    const result = search(index, { point: KOELN, age: 8 });
    expect(result.results.map((r) => r.office.id)).toEqual([
      "mbe-near",
      "mbe-far",
      "avb",
      "iq",
      "faire",
      "mobilitaet",
      "adb",
      "other",
    ]);
    expect(result.eligibility?.primary).toBe("MBE");
    expect(result.results[0]?.reasons).toContainEqual(
      expect.objectContaining({ key: "eligibility.child-under-12" }),
    );
  });

  it("orders the primary programme first without a point as well", () => {
    const all = search(index, { age: 19 }).results.map((r) => r.office.id);
    expect(all.slice(0, 2)).toEqual(["jmd-far", "jmd-near"]);
  });
});

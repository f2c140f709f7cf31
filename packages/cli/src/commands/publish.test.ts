import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { decodeManifest } from "@beratungsfinder/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { run, temporaryFolder } from "../fixtures/capture-io.js";
import { realGeocoder } from "../fixtures/real-geocoder.js";
import { smallDataset } from "../fixtures/small-dataset.js";

let folder: ReturnType<typeof temporaryFolder>;
beforeEach(() => {
  folder = temporaryFolder();
});
afterEach(() => folder.remove());

function writeJson(name: string, value: unknown): string {
  writeFileSync(join(folder.path, name), JSON.stringify(value));
  return name;
}

// The manifest as readers see it: format 3 writes its regions as columns.
const manifestOf = (dir: string) =>
  decodeManifest(JSON.parse(readFileSync(join(folder.path, dir, "manifest.json"), "utf8")));

describe("beratungsfinder publish", () => {
  it("writes a manifest and content-hashed files per postcode region", async () => {
    const file = writeJson("offices.json", smallDataset());
    const result = await run(["publish", file, "--out", "site/offices"], { cwd: folder.path });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Published 3 offices in 3 regions to .*site\/offices \(\d+\.\d KiB\)$/m);
    const manifest = manifestOf("site/offices");
    expect(manifest.format).toBe("beratungsfinder-published/3");
    expect(manifest.dataset).toMatchObject({
      name: "CLI test offices (fiktiv)",
      license: "CC0-1.0",
      fictional: true,
    });
    expect(manifest.builtAt).toBe("2026-03-04T09:30:00.000Z");
    expect(manifest.regions.map((region: { key: string }) => region.key)).toEqual(["10", "50", "online"]);
    const names = readdirSync(join(folder.path, "site/offices")).sort();
    const listed = manifest.regions.flatMap((r: { index: string; details: string }) => [r.index, r.details]);
    expect(names).toEqual(["manifest.json", ...listed].sort());
    for (const path of listed) expect(path).toMatch(/^(index|details)-\w+\.[0-9a-f]{10}\.json$/);
  });

  it("fills in a missing position from the postcode, marked approximate, and the municipality key", async () => {
    const dataset = smallDataset();
    delete (dataset.offices[0] as { geo?: unknown }).geo;
    const file = writeJson("offices.json", dataset);
    const result = await run(["publish", file, "--out", "out", "--json"], { cwd: folder.path });
    expect(result.json()).toMatchObject({ offices: 3, positioned: 1, invalid: 0 });
    const manifest = manifestOf("out");
    expect(manifest.counts.approximate).toBe(1);
    const region = manifest.regions.find((r) => r.key === "50")!;
    const part = JSON.parse(readFileSync(join(folder.path, "out", region.index), "utf8"));
    expect(part.approximate).toEqual([1]);
    expect(part.ags).toEqual(["05315000"]);
    expect([part.lat[0], part.lon[0]]).toEqual([5093840, 695990]);
  });

  it("leaves out invalid offices, lists why and exits with 1", async () => {
    const dataset = smallDataset();
    (dataset.offices[1] as { address: { postalCode: string } }).address.postalCode = "1234";
    const file = writeJson("offices.json", dataset);
    const result = await run(["publish", file, "--out", "out"], { cwd: folder.path });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("Published 2 offices in 2 regions");
    expect(result.stdout).toContain("offices[1].address.postalCode");
    expect(manifestOf("out").counts.offices).toBe(2);
  });

  it("removes the files of an earlier publish that the new manifest no longer names", async () => {
    const file = writeJson("offices.json", smallDataset());
    await run(["publish", file, "--out", "out"], { cwd: folder.path });
    const dataset = smallDataset();
    dataset.offices[0]!.name = "Migrationsberatung Köln-Süd";
    writeJson("offices.json", dataset);
    await run(["publish", file, "--out", "out"], { cwd: folder.path });
    const names = readdirSync(join(folder.path, "out")).filter((name) => name !== "manifest.json");
    expect(names.sort()).toEqual(
      manifestOf("out")
        .regions.flatMap((r: { index: string; details: string }) => [r.index, r.details])
        .sort(),
    );
  });
});

describe("beratungsfinder search and validate on a published folder", () => {
  it("searches a published folder with the same results as the dataset file", async () => {
    const file = writeJson("offices.json", smallDataset());
    await run(["publish", file, "--out", "out"], { cwd: folder.path });
    const fromFile = await run(["search", file, "--near", "Köln", "--json"], { cwd: folder.path });
    const fromFolder = await run(["search", "out", "--near", "Köln", "--json"], { cwd: folder.path });
    expect(fromFolder.code).toBe(0);
    expect(fromFolder.json()).toEqual(fromFile.json());
    const viaManifest = await run(["search", "out/manifest.json", "--near", "Köln", "--json"], {
      cwd: folder.path,
    });
    expect(viaManifest.json()).toEqual(fromFile.json());
  });

  it("validates a published folder with the full dataset rules", async () => {
    const file = writeJson("offices.json", smallDataset());
    await run(["publish", file, "--out", "out"], { cwd: folder.path });
    const result = await run(["validate", "out"], { cwd: folder.path });
    expect(result.stdout).toContain("out (published folder): 3 valid offices, 0 invalid");
    expect(result.code).toBe(0);
  });

  it("names a file changed after publishing and a damaged one", async () => {
    const file = writeJson("offices.json", smallDataset());
    await run(["publish", file, "--out", "out"], { cwd: folder.path });
    const manifest = manifestOf("out");
    const region = manifest.regions.find((r) => r.key === "10")!;
    const path = join(folder.path, "out", region.index);
    const part = JSON.parse(readFileSync(path, "utf8"));
    part.name = [];
    writeFileSync(path, JSON.stringify(part));
    const result = await run(["validate", "out", "--json"], { cwd: folder.path });
    expect(result.code).toBe(1);
    const messages = (result.json() as { issues: { path: string; message: string }[] }).issues;
    expect(messages.filter((issue) => issue.path === region.index).map((issue) => issue.message)).toEqual([
      expect.stringMatching(
        /^its content changed after publishing: its name says the hash [0-9a-f]{10}, the content has [0-9a-f]{10}\.$/,
      ),
      `The published file "${region.index}" cannot be used: expected "name" to be a list of 1 texts, received 0 entries.`,
    ]);
    const codes = (result.json() as { issues: { path: string; code: string }[] }).issues
      .filter((issue) => issue.path === region.index)
      .map((issue) => issue.code);
    expect(codes).toEqual(["changed_file", "invalid_file"]);
    expect(result.json()).toMatchObject({ valid: 2, format: "published" });
  });
});

describe("beratungsfinder search on the published demo dataset", () => {
  it("finds the same offices, in the same order, as on the dataset file, outreach places included", async () => {
    const options = { cwd: folder.path, loadGeocoder: realGeocoder };
    expect((await run(["demo-data", "--out", "demo.json"], options)).code).toBe(0);
    expect((await run(["publish", "demo.json", "--out", "out"], options)).code).toBe(0);
    const outreachReasons = (json: unknown) =>
      (json as { results: { reasons: { key: string }[] }[] }).results.filter((result) =>
        result.reasons.some((reason) => reason.key === "match.outreach"),
      ).length;
    let viaOutreach = 0;
    for (const near of ["Köln", "Berlin", "München", "Frechen", "Görlitz"]) {
      const query = ["--near", near, "--radius", "40", "--limit", "1000", "--json"];
      const fromFile = await run(["search", "demo.json", ...query], options);
      const fromFolder = await run(["search", "out", ...query], options);
      expect(fromFolder.json()).toEqual(fromFile.json());
      viaOutreach += outreachReasons(fromFile.json());
    }
    // The comparison covers offices found by an outreach place.
    expect(viaOutreach).toBeGreaterThan(0);
  }, 60_000);
});

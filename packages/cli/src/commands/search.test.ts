import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { run, temporaryFolder } from "../fixtures/capture-io.js";
import { smallDataset } from "../fixtures/small-dataset.js";

let folder: ReturnType<typeof temporaryFolder>;
beforeEach(() => {
  folder = temporaryFolder();
  writeFileSync(join(folder.path, "offices.json"), JSON.stringify(smallDataset()));
});
afterEach(() => folder.remove());

// The test clock stands at Wednesday 2026-03-04, 10:30 in Berlin; the Köln office opens 09:00–12:00 then.
describe("beratungsfinder search", () => {
  it("lists the nearest offices with distance and opening state, then online services", async () => {
    const result = await run(["search", "offices.json", "--near", "Köln"], { cwd: folder.path });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("1 office within 25 km of Köln, Nordrhein-Westfalen, nearest first:");
    expect(result.stdout).toMatch(/0\.0 km\s+Migrationsberatung Köln-Mitte\s+MBE\s+open now until 12:00/);
    expect(result.stdout).toContain("Online services that fit:");
    expect(result.stdout).toContain("Online-Beratung (fiktiv)");
  });

  it("gives the documented shape with --json", async () => {
    const result = await run(["search", "offices.json", "--near", "50.94,6.96", "--json"], {
      cwd: folder.path,
    });
    expect(result.code).toBe(0);
    const json = result.json() as { total: number; results: Record<string, unknown>[] };
    expect(json.total).toBe(1);
    expect(json.results[0]).toMatchObject({
      id: "mbe-koeln",
      name: "Migrationsberatung Köln-Mitte",
      openNow: true,
      nextOpening: { start: "2026-03-04T08:00:00.000Z", end: "2026-03-04T11:00:00.000Z", kind: "open" },
      reasons: expect.arrayContaining([expect.objectContaining({ key: "match.distance" })]),
    });
    expect(json.results[0]?.distanceKm).toBeCloseTo(0.18, 1);
  });

  it("applies the filters and exits with 1 when no office matches", async () => {
    const withLanguage = await run(
      ["search", "offices.json", "--near", "Köln", "--language", "uk", "--json"],
      {
        cwd: folder.path,
      },
    );
    expect(withLanguage.code).toBe(1);
    expect(withLanguage.json()).toMatchObject({ total: 0, results: [] });

    const closed = await run(
      ["search", "offices.json", "--near", "Köln", "--open-at", "2026-03-04T13:00", "--json"],
      { cwd: folder.path },
    );
    expect(closed.code).toBe(1);
    const open = await run(
      ["search", "offices.json", "--near", "Köln", "--open-at", "2026-03-04T11:30", "--programme", "mbe"],
      { cwd: folder.path },
    );
    expect(open.code).toBe(0);

    const far = await run(["search", "offices.json", "--near", "Bonn", "--radius", "10"], {
      cwd: folder.path,
    });
    expect(far.code).toBe(1);
    expect(far.stdout).toContain("No office within 10 km of Bonn");
    expect(far.stdout).toContain("Try a larger --radius");
  });

  it.each(["52.5,13.4e400", "NaN,NaN", "Infinity,13.4", "52.5;-infinity", "1e2,5"])(
    "calls --near %s a usage error instead of looking it up as a place name",
    async (near) => {
      const result = await run(["search", "offices.json", "--near", near], { cwd: folder.path });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("Option --near: expected latitude,longitude such as 50.94,6.96");
    },
  );

  it.each([
    ["2026-03-29T02:30", "2026-03-29T01:00:00.000Z", "does not exist in Berlin", "uses 03:00 summer time"],
    ["2026-10-25T02:30", "2026-10-25T00:30:00.000Z", "happens twice in Berlin", "2026-10-25T02:30+01:00"],
  ])("says how --open-at %s, a daylight-saving change, was read", async (openAt, at, what, how) => {
    const argv = ["search", "offices.json", "--near", "Köln", "--open-at", openAt];
    const text = await run(argv, { cwd: folder.path });
    expect(text.stderr).toContain(`note: --open-at ${openAt} ${what}`);
    expect(text.stderr).toContain(how);
    const json = await run([...argv, "--json"], { cwd: folder.path });
    expect(json.json()).toMatchObject({
      openAt: { query: openAt, at, note: expect.stringContaining(what) },
    });
  });

  it("reads an ordinary --open-at without a note", async () => {
    const argv = ["search", "offices.json", "--near", "Köln", "--open-at", "2026-03-04T11:30", "--json"];
    const result = await run(argv, { cwd: folder.path });
    expect(result.stderr).toBe("");
    expect((result.json() as { openAt: unknown }).openAt).toEqual({
      query: "2026-03-04T11:30",
      at: "2026-03-04T10:30:00.000Z",
    });
  });

  it("exits with 1 when the place is unknown", async () => {
    const result = await run(["search", "offices.json", "--near", "Atlantis"], { cwd: folder.path });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('No postcode or place matches "Atlantis"');
  });

  it.each([
    [["search", "offices.json"], "Missing option --near"],
    [["search", "offices.json", "--near", "Köln", "--radius", "far"], "Option --radius: expected a number"],
    [
      ["search", "offices.json", "--near", "Köln", "--open-at", "tomorrow"],
      "Option --open-at: expected an ISO date-time",
    ],
    [
      ["search", "offices.json", "--near", "Köln", "--open-at", "2026-02-30T10:00"],
      'received "2026-02-30T10:00"',
    ],
    [
      ["search", "offices.json", "--near", "Köln", "--open-at", "2026-03-04T24:30"],
      'received "2026-03-04T24:30"',
    ],
    [
      ["search", "offices.json", "--near", "Köln", "--open-at", "2026-03-04T10:00:61"],
      'received "2026-03-04T10:00:61"',
    ],
    [["search", "offices.json", "--near", "Köln", "--topic", "cooking"], 'received "cooking"'],
    [["search", "offices.json", "--near", "Köln", "--programme", "XYZ"], 'received "XYZ"'],
    [["search", "offices.json", "--near", "Köln", "--language", "Arabic"], 'received "arabic"'],
    [["search", "offices.json", "--near", "95,200"], "expected latitude,longitude"],
    [["search", "missing.json", "--near", "Köln"], "missing.json"],
  ])("rejects %j with exit code 2", async (argv, message) => {
    const result = await run(argv, { cwd: folder.path });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { run, temporaryFolder } from "../fixtures/capture-io.js";
import { smallDataset } from "../fixtures/small-dataset.js";

let folder: ReturnType<typeof temporaryFolder>;
beforeEach(() => {
  folder = temporaryFolder();
});
afterEach(() => folder.remove());

function writeJson(name: string, value: unknown): string {
  writeFileSync(join(folder.path, name), typeof value === "string" ? value : JSON.stringify(value));
  return name;
}

function brokenDataset() {
  const dataset = smallDataset();
  const [office, ...others] = dataset.offices;
  return {
    ...dataset,
    offices: [{ ...office, address: { ...office?.address, postalCode: "1234" } }, ...others],
  };
}

describe("beratungsfinder validate", () => {
  it("reports a valid dataset with exit code 0", async () => {
    const file = writeJson("offices.json", smallDataset());
    const result = await run(["validate", file], { cwd: folder.path });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("offices.json (Beratungsfinder dataset): 3 valid offices, 0 invalid");
    expect(result.stderr).toBe("");
  });

  it("lists each problem with its path and exits with 1", async () => {
    const file = writeJson("offices.json", brokenDataset());
    const result = await run(["validate", file], { cwd: folder.path });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("2 valid offices, 1 invalid");
    expect(result.stdout).toMatch(/offices\[0\]\.address\.postalCode: .*"1234"/);
    expect(result.stdout).toContain('(office "mbe-koeln")');
    expect(result.stdout).toContain("run `beratungsfinder validate offices.json` again");
  });

  it("gives valid and invalid counts and every issue with --json", async () => {
    const file = writeJson("offices.json", brokenDataset());
    const result = await run(["validate", file, "--json"], { cwd: folder.path });
    expect(result.code).toBe(1);
    const report = result.json() as { valid: number; invalid: number; issues: unknown[] };
    expect(report).toMatchObject({ valid: 2, invalid: 1, format: "dataset" });
    expect(report.issues).toEqual([
      {
        code: "invalid_format",
        path: "offices[0].address.postalCode",
        message: 'expected a 5-digit German postcode (PLZ) such as "10115", received "1234"',
        expected: 'a 5-digit German postcode (PLZ) such as "10115"',
        received: '"1234"',
        officeId: "mbe-koeln",
      },
    ]);
    // The text output names the same issue in the same words.
    const text = await run(["validate", file], { cwd: folder.path });
    expect(text.stdout).toContain(
      'offices[0].address.postalCode: expected a 5-digit German postcode (PLZ) such as "10115", received "1234"',
    );
  });

  it("reports an unusable top level as issues, not a crash", async () => {
    const file = writeJson("offices.json", { schemaVersion: "1.0", offices: "none" });
    const result = await run(["validate", file, "--json"], { cwd: folder.path });
    expect(result.code).toBe(1);
    const report = result.json() as { valid: number; issues: { path: string }[] };
    expect(report.valid).toBe(0);
    expect(report.issues.length).toBeGreaterThan(0);
  });

  it("names the line and column of broken JSON", async () => {
    const file = writeJson("broken.json", '{\n  "schemaVersion": "1.0",\n  "name": }\n');
    const result = await run(["validate", file], { cwd: folder.path });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("broken.json (unreadable): 0 valid offices, 0 invalid");
    expect(result.stdout).toContain('broken.json" is not valid JSON at line 3, column 11: unexpected "}".');
    const json = await run(["validate", file, "--json"], { cwd: folder.path });
    expect(json.code).toBe(1);
    expect(json.json()).toMatchObject({
      valid: 0,
      format: "unknown",
      issues: [{ code: "unreadable", path: "", line: 3, officeId: null }],
    });
  });

  it("reports a folder without HSDS tables as an HSDS problem", async () => {
    const result = await run(["validate", ".", "--json"], { cwd: folder.path });
    expect(result.code).toBe(1);
    expect(result.json()).toMatchObject({
      format: "hsds",
      issues: [{ message: expect.stringContaining("organizations.csv") }],
    });
  });

  it("shows a progress bar on stderr only on a terminal and never with --json", async () => {
    const file = writeJson("offices.json", smallDataset());
    const terminal = await run(["validate", file], { cwd: folder.path, isTTY: true });
    expect(terminal.stderr).toContain("checking offices");
    const json = await run(["validate", file, "--json"], { cwd: folder.path, isTTY: true });
    expect(json.stderr).toBe("");
    const piped = await run(["validate", file], { cwd: folder.path });
    expect(piped.stderr).toBe("");
  });

  it("names a missing file and exits with 2", async () => {
    const result = await run(["validate", "missing.json"], { cwd: folder.path });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(join(folder.path, "missing.json"));
    expect(result.stderr).toContain("no such file");
  });
});

import { existsSync, readFileSync, writeFileSync } from "node:fs";
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

describe("beratungsfinder export", () => {
  it("writes HSDS JSON that validate detects as HSDS and import reads back", async () => {
    const exported = await run(["export", "offices.json", "--to", "hsds", "--out", "hsds.json"], {
      cwd: folder.path,
    });
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain("Exported 3 offices as HSDS 3.0");
    const organizations = JSON.parse(readFileSync(join(folder.path, "hsds.json"), "utf8")) as unknown[];
    expect(organizations).toHaveLength(3);

    const validated = await run(["validate", "hsds.json", "--json"], { cwd: folder.path });
    expect(validated.code).toBe(0);
    expect(validated.json()).toMatchObject({ format: "hsds", valid: 3, invalid: 0, issues: [] });

    const imported = await run(["import", "hsds.json", "--from", "hsds", "--out", "back.json"], {
      cwd: folder.path,
    });
    expect(imported.code).toBe(0);
    const back = JSON.parse(readFileSync(join(folder.path, "back.json"), "utf8")) as {
      offices: { id: string }[];
    };
    expect(back.offices.map((office) => office.id).sort()).toEqual(["jmd-berlin", "mbe-koeln", "mbeon"]);
  });

  it("writes a tabular package folder that validate reads as HSDS", async () => {
    const result = await run(["export", "offices.json", "--to", "hsds-csv", "--out", "hsds", "--json"], {
      cwd: folder.path,
    });
    expect(result.code).toBe(0);
    const report = result.json() as { files: string[]; offices: number };
    expect(report.offices).toBe(3);
    expect(report.files).toContain(join(folder.path, "hsds", "datapackage.json"));
    expect(existsSync(join(folder.path, "hsds", "organizations.csv"))).toBe(true);

    const validated = await run(["validate", "hsds", "--json"], { cwd: folder.path });
    expect(validated.json()).toMatchObject({ format: "hsds", valid: 3, invalid: 0 });
    const byDataPackage = await run(["validate", "hsds/datapackage.json", "--json"], { cwd: folder.path });
    expect(byDataPackage.json()).toMatchObject({ format: "hsds", valid: 3 });
  });

  it("requires --to and --out", async () => {
    const noTo = await run(["export", "offices.json", "--out", "x.json"], { cwd: folder.path });
    expect(noTo.code).toBe(2);
    expect(noTo.stderr).toContain("Missing option --to");
    const badTo = await run(["export", "offices.json", "--to", "xml", "--out", "x.json"], {
      cwd: folder.path,
    });
    expect(badTo.code).toBe(2);
    const noOut = await run(["export", "offices.json", "--to", "hsds"], { cwd: folder.path });
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain("Missing option --out");
  });

  it("refuses a file that is not a dataset, listing why, with exit code 1", async () => {
    writeFileSync(join(folder.path, "bad.json"), JSON.stringify({ schemaVersion: "1.0", offices: 3 }));
    const result = await run(["export", "bad.json", "--to", "hsds", "--out", "x.json"], { cwd: folder.path });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('"bad.json" cannot be exported');
    expect(existsSync(join(folder.path, "x.json"))).toBe(false);
  });

  it("refuses an --out that is the input unless --force, and writes nothing then", async () => {
    const original = readFileSync(join(folder.path, "offices.json"), "utf8");
    const refused = await run(["export", "offices.json", "--to", "hsds", "--out", "./offices.json"], {
      cwd: folder.path,
    });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Option --out: "./offices.json" is the input "offices.json"');
    expect(readFileSync(join(folder.path, "offices.json"), "utf8")).toBe(original);

    writeFileSync(join(folder.path, "organizations.csv"), original);
    const folderOut = await run(["export", "organizations.csv", "--to", "hsds-csv", "--out", "."], {
      cwd: folder.path,
    });
    expect(folderOut.code).toBe(2);
    expect(readFileSync(join(folder.path, "organizations.csv"), "utf8")).toBe(original);
    expect(existsSync(join(folder.path, "datapackage.json"))).toBe(false);

    const forced = await run(["export", "offices.json", "--to", "hsds", "--out", "offices.json", "--force"], {
      cwd: folder.path,
    });
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(join(folder.path, "offices.json"), "utf8"))).toHaveLength(3);
  });
});

import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { germanDataset } from "../hsds/fixtures/german-dataset.js";
import { fromHsdsTables } from "../hsds/from-hsds.js";
import { toHsdsTables } from "../hsds/to-hsds.js";
import { readHsdsPackage } from "./hsds-package.js";

const OFFICIAL = fileURLToPath(new URL("../../../../fixtures/hsds-3.0/examples/csv/", import.meta.url));

describe("readHsdsPackage", () => {
  it("reads every CSV of the official package even though its datapackage.json is not JSON", async () => {
    const tables = await readHsdsPackage(OFFICIAL);
    expect(Object.keys(tables)).toContain("organizations.csv");
    expect(Object.keys(tables)).toHaveLength(21);
    expect(fromHsdsTables(tables).dataset.offices).toHaveLength(1);
  });

  it("reads the resources a written package lists and imports them back", async () => {
    const dir = await mkdtemp(join(tmpdir(), "hsds-"));
    for (const [file, content] of Object.entries(toHsdsTables(germanDataset)))
      await writeFile(join(dir, file), content);
    await writeFile(join(dir, "notes.csv"), "not,a,table\n");
    const tables = await readHsdsPackage(dir);
    expect(Object.keys(tables)).not.toContain("notes.csv");
    expect(fromHsdsTables(tables).dataset.offices).toEqual(germanDataset.offices);
  });

  it("throws a typed error for a folder without tables", async () => {
    const dir = await mkdtemp(join(tmpdir(), "hsds-empty-"));
    await expect(readHsdsPackage(dir)).rejects.toMatchObject({ code: "INVALID_HSDS" });
  });
});

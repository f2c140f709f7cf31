import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { fromHsdsTables, toHsdsTables } from "@beratungsfinder/core/convert";
import { parseDataset } from "@beratungsfinder/schemas";
import { describe, expect, it } from "vitest";
import { smallDataset } from "../fixtures/small-dataset.js";
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
    const { dataset } = parseDataset(smallDataset());
    for (const [file, content] of Object.entries(toHsdsTables(dataset)))
      await writeFile(join(dir, file), content);
    await writeFile(join(dir, "notes.csv"), "not,a,table\n");
    const tables = await readHsdsPackage(dir);
    expect(Object.keys(tables)).not.toContain("notes.csv");
    expect(fromHsdsTables(tables).dataset.offices).toEqual(dataset.offices);
  });

  it("throws a typed error for a folder without tables", async () => {
    const dir = await mkdtemp(join(tmpdir(), "hsds-empty-"));
    await expect(readHsdsPackage(dir)).rejects.toMatchObject({ code: "INVALID_HSDS" });
  });
});

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeGeoData } from "../../scripts/build-geodata.js";
import { realGeoData } from "../geo/fixtures/real-geodata.js";
import { defaultGeodataDir, loadGeocoderFromDisk } from "./geodata.js";

const dir = mkdtempSync(join(tmpdir(), "bf-geodata-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("loadGeocoderFromDisk", () => {
  it("reads the geodata files of a folder", async () => {
    writeGeoData(realGeoData(), dir);
    const geocoder = await loadGeocoderFromDisk(dir);
    expect(geocoder.geocode("Koeln")[0]?.name).toBe("Köln");
  });

  it("says how to build the files when they are missing", async () => {
    await expect(loadGeocoderFromDisk(join(dir, "nowhere"))).rejects.toMatchObject({
      code: "GEODATA_UNAVAILABLE",
      message: expect.stringContaining("pnpm --filter @beratungsfinder/core build"),
    });
  });

  it("defaults to the package's geodata folder", () => {
    expect(defaultGeodataDir()).toBe(resolve(import.meta.dirname, "../../geodata"));
  });
});

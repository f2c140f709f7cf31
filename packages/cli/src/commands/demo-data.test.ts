import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDataset } from "@beratungsfinder/schemas";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { run, temporaryFolder } from "../fixtures/capture-io.js";
import { realGeocoder } from "../fixtures/real-geocoder.js";

let folder: ReturnType<typeof temporaryFolder>;
beforeEach(() => {
  folder = temporaryFolder();
});
afterEach(() => folder.remove());

describe("beratungsfinder demo-data", () => {
  it("writes a valid fictional dataset, the same for the same seed", async () => {
    const first = await run(["demo-data", "--out", "a.json", "--count", "40", "--seed", "3"], {
      cwd: folder.path,
    });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Wrote \d+ fictional offices of \d+ providers/);
    await run(["demo-data", "--out", "b.json", "--count", "40", "--seed", "3"], { cwd: folder.path });
    const a = readFileSync(join(folder.path, "a.json"), "utf8");
    expect(readFileSync(join(folder.path, "b.json"), "utf8")).toBe(a);
    const { dataset, invalid } = parseDataset(JSON.parse(a));
    expect(invalid).toEqual([]);
    expect(dataset.fictional).toBe(true);
    // 40 MBE and JMD offices, and Faire Mobilität in Berlin, Köln and Frankfurt am Main (of the small geocoder's five places).
    expect(dataset.offices.filter((office) => office.address).length).toBe(43);
  });

  it("spreads 1,890 valid MBE and JMD offices and 15 Faire Mobilität offices over the real municipalities by default", async () => {
    const result = await run(["demo-data", "--out", "demo.json", "--json"], {
      cwd: folder.path,
      loadGeocoder: realGeocoder,
    });
    expect(result.code).toBe(0);
    const { dataset, invalid } = parseDataset(
      JSON.parse(readFileSync(join(folder.path, "demo.json"), "utf8")),
    );
    expect(invalid).toEqual([]);
    expect(dataset.offices.filter((office) => office.address)).toHaveLength(1905);
    expect(dataset.offices.filter((office) => office.programmes.includes("FAIRE_MOBILITAET"))).toHaveLength(
      15,
    );
  });

  it("reports the file and counts with --json", async () => {
    const result = await run(["demo-data", "--out", "demo.json", "--count", "10", "--json"], {
      cwd: folder.path,
    });
    expect(result.code).toBe(0);
    expect(result.json()).toMatchObject({ out: join(folder.path, "demo.json"), seed: 1 });
  });

  it("rejects a missing --out and a bad --count", async () => {
    expect((await run(["demo-data"], { cwd: folder.path })).code).toBe(2);
    const bad = await run(["demo-data", "--out", "x.json", "--count=-1"], { cwd: folder.path });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      'Option --count: expected a whole number from 0 to 1000000, e.g. `--count 100`, received "-1"',
    );
  });
});

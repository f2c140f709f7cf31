import { linkSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { BeratungsfinderError } from "@beratungsfinder/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { run, temporaryFolder } from "../fixtures/capture-io.js";

let folder: ReturnType<typeof temporaryFolder>;
beforeEach(() => {
  folder = temporaryFolder();
});
afterEach(() => folder.remove());

const HEADER =
  "id,provider_id,provider_name,name,programmes,street,postal_code,city,state,lat,lon,opening_hours";
const GOOD_ROW =
  'mbe-koeln,beispiel,Beispielträger Köln,MBE Köln,MBE,Musterweg 3,50823,Köln,NW,50.95,6.92,"Mo 09:00-12:00"';
const BAD_ROW = "mbe-bonn,beispiel,Beispielträger Köln,MBE Bonn,MBE,Musterweg 4,53A11,Bonn,NW,,,";

function writeCsv(name: string, rows: string[]): string {
  writeFileSync(join(folder.path, name), `${rows.join("\n")}\n`);
  return name;
}

function readOutput(name: string) {
  return JSON.parse(readFileSync(join(folder.path, name), "utf8")) as {
    schemaVersion: string;
    license: string;
    offices: { id: string }[];
  };
}

// The official HSDS examples, kept as test fixtures in <repo>/fixtures/hsds-3.0 (CC BY-SA 4.0).
const HSDS_EXAMPLES = fileURLToPath(new URL("../../../../fixtures/hsds-3.0/examples/", import.meta.url));

describe("beratungsfinder import --from hsds", () => {
  it.each(["csv", "csv/datapackage.json", "organization_full.json"])(
    "imports the official example %s, listing what our model cannot hold",
    async (example) => {
      const result = await run(
        ["import", join(HSDS_EXAMPLES, example), "--from", "hsds", "--out", "o.json", "--json"],
        {
          cwd: folder.path,
        },
      );
      expect(result.code).toBe(0);
      const report = result.json() as { offices: number; warnings: string[] };
      expect(report.offices).toBe(1);
      expect(report.warnings.some((warning) => warning.includes("outside Germany"))).toBe(true);
    },
  );

  it("exits with 1 when HSDS records are left out whole, and 0 for warnings on kept offices", async () => {
    const organization = JSON.parse(readFileSync(join(HSDS_EXAMPLES, "organization_full.json"), "utf8"));
    writeFileSync(join(folder.path, "twice.json"), JSON.stringify([organization, organization]));
    const twice = await run(["import", "twice.json", "--from", "hsds", "--out", "o.json", "--json"], {
      cwd: folder.path,
    });
    expect(twice.code).toBe(1);
    expect(twice.json()).toMatchObject({ offices: 1, invalid: 1, issues: [] });
    const text = await run(["import", "twice.json", "--from", "hsds", "--out", "o.json"], {
      cwd: folder.path,
    });
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("Wrote 1 office to");
    expect(text.stdout).toContain("1 left out");
    expect(text.stdout).toContain("was already imported from another part of the input; left out");
    const validated = await run(["validate", "twice.json", "--json"], { cwd: folder.path });
    expect(validated.code).toBe(1);
    expect(validated.json()).toMatchObject({ format: "hsds", valid: 1, invalid: 1 });

    writeFileSync(join(folder.path, "once.json"), JSON.stringify([organization]));
    const once = await run(["import", "once.json", "--from", "hsds", "--out", "o.json", "--json"], {
      cwd: folder.path,
    });
    expect(once.code).toBe(0);
    expect((once.json() as { warnings: string[] }).warnings.length).toBeGreaterThan(0);
  });

  it("points a dataset given as HSDS to validate", async () => {
    writeFileSync(join(folder.path, "ours.json"), JSON.stringify({ schemaVersion: "1.0" }));
    const result = await run(["import", "ours.json", "--from", "hsds", "--out", "o.json"], {
      cwd: folder.path,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("is already a Beratungsfinder dataset");
  });
});

describe("beratungsfinder import --from csv", () => {
  it("writes a dataset from the spreadsheet template", async () => {
    const file = writeCsv("offices.csv", [HEADER, GOOD_ROW]);
    const result = await run(
      ["import", file, "--from", "csv", "--out", "out/offices.json", "--license", "CC0-1.0"],
      { cwd: folder.path },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Wrote 1 office to");
    const dataset = readOutput("out/offices.json");
    expect(dataset).toMatchObject({ schemaVersion: "1.1", license: "CC0-1.0" });
    expect(dataset.offices.map((office) => office.id)).toEqual(["mbe-koeln"]);
  });

  it("names the line of a bad row, still writes the good ones and exits with 1", async () => {
    const file = writeCsv("offices.csv", [HEADER, GOOD_ROW, BAD_ROW]);
    const result = await run(["import", file, "--from", "csv", "--out", "offices.json"], {
      cwd: folder.path,
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/line 3 postal_code \(column 7\): .*53A11/);
    expect(readOutput("offices.json").offices).toHaveLength(1);
  });

  it("reports counts and line-numbered issues with --json", async () => {
    const file = writeCsv("offices.csv", [HEADER, GOOD_ROW, BAD_ROW]);
    const result = await run(["import", file, "--from", "csv", "--out", "offices.json", "--json"], {
      cwd: folder.path,
    });
    expect(result.code).toBe(1);
    expect(result.json()).toMatchObject({
      out: join(folder.path, "offices.json"),
      offices: 1,
      invalid: 1,
      issues: [
        {
          code: "invalid_format",
          line: 3,
          path: expect.stringContaining("postal_code"),
          expected: expect.stringContaining("5-digit German postcode"),
          received: '"53A11"',
          officeId: null,
        },
      ],
    });
  });

  it("fills missing coordinates from the postcode", async () => {
    const row = "mbe-bonn,beispiel,Beispielträger Köln,MBE Bonn,MBE,Musterweg 4,53111,Bonn,NW,,,";
    const file = writeCsv("offices.csv", [HEADER, GOOD_ROW, row]);
    const result = await run(["import", file, "--from", "csv", "--out", "offices.json", "--json"], {
      cwd: folder.path,
    });
    expect(result.code).toBe(0);
    expect(result.json()).toMatchObject({ offices: 2, coordinatesFilled: 1, coordinatesMissing: [] });
    const bonn = (readOutput("offices.json").offices as { id: string; geo?: unknown }[]).find(
      (office) => office.id === "mbe-bonn",
    );
    expect(bonn?.geo).toEqual({ lat: 50.7374, lon: 7.0982 });
  });

  it("still imports without geodata, saying coordinates could not be filled", async () => {
    const row = "mbe-bonn,beispiel,Beispielträger Köln,MBE Bonn,MBE,Musterweg 4,53111,Bonn,NW,,,";
    const file = writeCsv("offices.csv", [HEADER, row]);
    const result = await run(["import", file, "--from", "csv", "--out", "offices.json"], {
      cwd: folder.path,
      loadGeocoder: async () => {
        throw new BeratungsfinderError("GEODATA_UNAVAILABLE", "Cannot read the geodata file /x/places.json.");
      },
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("coordinates, municipality keys and missing states cannot be filled in");
    expect(readOutput("offices.json").offices).toHaveLength(1);
  });

  it("requires --from and --out", async () => {
    const file = writeCsv("offices.csv", [HEADER, GOOD_ROW]);
    const noFrom = await run(["import", file, "--out", "x.json"], { cwd: folder.path });
    expect(noFrom.code).toBe(2);
    expect(noFrom.stderr).toContain("Missing option --from");
    const badFrom = await run(["import", file, "--from", "xlsx", "--out", "x.json"], { cwd: folder.path });
    expect(badFrom.code).toBe(2);
    expect(badFrom.stderr).toContain('expected one of hsds, csv, received "xlsx"');
    const noOut = await run(["import", file, "--from", "csv"], { cwd: folder.path });
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain("Missing option --out");
  });

  it("names an unreadable input file", async () => {
    const result = await run(["import", "nope.csv", "--from", "csv", "--out", "x.json"], {
      cwd: folder.path,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(join(folder.path, "nope.csv"));
  });

  it("refuses an --out that is the input, under any name, unless --force", async () => {
    const file = writeCsv("offices.csv", [HEADER, GOOD_ROW]);
    const original = readFileSync(join(folder.path, file), "utf8");
    linkSync(join(folder.path, file), join(folder.path, "link.csv"));
    for (const out of ["offices.csv", "./offices.csv", join(folder.path, "offices.csv"), "link.csv"]) {
      const result = await run(["import", file, "--from", "csv", "--out", out], { cwd: folder.path });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`Option --out: "${out}" is the input "offices.csv"`);
      expect(result.stderr).toContain("add --force");
      expect(readFileSync(join(folder.path, file), "utf8")).toBe(original);
    }
    const forced = await run(["import", file, "--from", "csv", "--out", file, "--force"], {
      cwd: folder.path,
    });
    expect(forced.code).toBe(0);
    expect(readOutput(file).offices.map((office) => office.id)).toEqual(["mbe-koeln"]);
  });

  it("refuses to overwrite a file inside an input folder, and writes a new one there", async () => {
    mkdirSync(join(folder.path, "hsds"));
    const table = join(HSDS_EXAMPLES, "csv", "organizations.csv");
    writeFileSync(join(folder.path, "hsds", "organizations.csv"), readFileSync(table));
    const refused = await run(
      ["import", "hsds", "--from", "hsds", "--out", "hsds/organizations.csv", "--json"],
      { cwd: folder.path },
    );
    expect(refused.code).toBe(2);
    expect(refused.json()).toMatchObject({ error: { code: "USAGE" } });
    expect(readFileSync(join(folder.path, "hsds", "organizations.csv"), "utf8")).toBe(
      readFileSync(table, "utf8"),
    );
    const beside = await run(["import", "hsds", "--from", "hsds", "--out", "hsds/new.json"], {
      cwd: folder.path,
    });
    expect(beside.stderr).not.toContain("Option --out");
  });

  it("leaves out a row with extra cells, naming its line and both counts, and shifts nothing", async () => {
    const shifted = GOOD_ROW.replace("mbe-koeln,", "mbe-bonn,").replace("MBE Köln,", "MBE Bonn, Beuel,");
    const file = writeCsv("offices.csv", [HEADER, GOOD_ROW, shifted]);
    const result = await run(["import", file, "--from", "csv", "--out", "offices.json"], {
      cwd: folder.path,
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      "  line 3 (column 13): expected 12 cells as in the header row, received 13:",
    );
    expect(readOutput("offices.json").offices.map((office) => office.id)).toEqual(["mbe-koeln"]);
    const json = await run(["import", file, "--from", "csv", "--out", "offices.json", "--json"], {
      cwd: folder.path,
    });
    expect(json.json()).toMatchObject({
      invalid: 1,
      issues: [{ code: "extra_cells", line: 3, path: "(column 13)" }],
    });
  });

  it("refuses a CSV file whose header row lacks a required column with INVALID_CSV and the header's issues", async () => {
    const file = writeCsv("offices.csv", ["id,titel", "a,x"]);
    const result = await run(["import", file, "--from", "csv", "--out", "offices.json", "--json"], {
      cwd: folder.path,
    });
    expect(result.code).toBe(1);
    expect(result.json()).toMatchObject({
      error: {
        code: "INVALID_CSV",
        issues: [
          { code: "unknown_column", path: "titel (column 2)", line: 1 },
          { code: "csv_header", path: "name", line: 1 },
          { code: "csv_header", path: "programmes", line: 1 },
          { code: "csv_header", path: "provider_id", line: 1 },
        ],
      },
    });
  });
});

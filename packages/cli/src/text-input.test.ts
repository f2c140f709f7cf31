import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { run, temporaryFolder } from "./fixtures/capture-io.js";
import { smallDataset } from "./fixtures/small-dataset.js";

let folder: ReturnType<typeof temporaryFolder>;
beforeEach(() => {
  folder = temporaryFolder();
});
afterEach(() => folder.remove());

const CSV = "id;provider_name;name;programmes\nmbe-koeln;Träger Köln;MBE „Köln-Mülheim“;MBE\n";
const NAME = "MBE „Köln-Mülheim“";
// What German Excel writes: „ is 0x84 and “ 0x93 in Windows-1252 (C1 controls in Latin-1).
const WINDOWS_1252 = Buffer.from(
  Array.from(CSV, (char) => ({ "„": 0x84, "“": 0x93 })[char] ?? char.charCodeAt(0)),
);

function write(name: string, bytes: Buffer | string): string {
  writeFileSync(join(folder.path, name), bytes);
  return name;
}

function importedNames(name: string): string[] {
  const dataset = JSON.parse(readFileSync(join(folder.path, name), "utf8")) as {
    offices: { name: string }[];
  };
  return dataset.offices.map((office) => office.name);
}

describe("import: the encoding of the input", () => {
  it.each([
    ["UTF-8", Buffer.from(CSV, "utf8"), "utf-8", undefined],
    ["UTF-8 with byte order mark", Buffer.from(`\uFEFF${CSV}`, "utf8"), "utf-8", "byte order mark"],
    ["UTF-16 LE", Buffer.from(`\uFEFF${CSV}`, "utf16le"), "utf-16le", "byte order mark"],
    ["UTF-16 BE", Buffer.from(`\uFEFF${CSV}`, "utf16le").swap16(), "utf-16be", "byte order mark"],
    ["Windows-1252", WINDOWS_1252, "windows-1252", "not valid UTF-8"],
  ])("reads %s and says so", async (_, bytes, encoding, note) => {
    const file = write("offices.csv", bytes);
    const result = await run(["import", file, "--from", "csv", "--out", "o.json"], { cwd: folder.path });
    expect(result.code).toBe(0);
    expect(importedNames("o.json")).toEqual([NAME]);
    if (note) expect(result.stdout).toMatch(new RegExp(`Read offices\\.csv as ${encoding}.*${note}`));
    else expect(result.stdout).not.toContain("Read offices.csv");
    const json = await run(["import", file, "--from", "csv", "--out", "o.json", "--json"], {
      cwd: folder.path,
    });
    expect(json.json()).toMatchObject({ encodings: { "offices.csv": encoding } });
  });

  it("reads the encoding --encoding names instead of detecting one", async () => {
    const file = write("offices.csv", Buffer.from(CSV, "utf8"));
    const result = await run(["import", file, "--from", "csv", "--out", "o.json", "--encoding", "Latin1"], {
      cwd: folder.path,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Read offices.csv as windows-1252 (--encoding).");
    expect(importedNames("o.json")[0]).toContain("KÃ¶ln");
  });

  it("warns when --encoding latin1 or windows-1252 reads bytes that look like UTF-8, and reads as told", async () => {
    const file = write("offices.csv", Buffer.from(CSV, "utf8"));
    for (const name of ["latin1", "windows-1252"]) {
      const result = await run(["import", file, "--from", "csv", "--out", "o.json", "--encoding", name], {
        cwd: folder.path,
      });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(
        "Read offices.csv as windows-1252 (--encoding). Warning: its bytes look like UTF-8",
      );
      expect(result.stdout).toContain("give --encoding utf-8");
      expect(importedNames("o.json")[0]).toContain("KÃ¶ln");
    }
  });

  it("does not warn when --encoding windows-1252 reads Windows-1252 bytes or plain ASCII", async () => {
    for (const bytes of [
      WINDOWS_1252,
      Buffer.from("id;provider_name;name;programmes\nmbe-k;T;MBE K;MBE\n"),
    ]) {
      const file = write("offices.csv", bytes);
      const result = await run(["import", file, "--from", "csv", "--out", "o.json", "--encoding", "latin1"], {
        cwd: folder.path,
      });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("Read offices.csv as windows-1252 (--encoding).");
      expect(result.stdout).not.toContain("look like UTF-8");
    }
  });

  it("stops with exit code 1 at bytes the named encoding cannot read, and writes nothing", async () => {
    const file = write("offices.csv", WINDOWS_1252);
    const result = await run(["import", file, "--from", "csv", "--out", "o.json", "--encoding", "utf-8"], {
      cwd: folder.path,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("is not valid utf-8 at line 2, column 13");
    expect(existsSync(join(folder.path, "o.json"))).toBe(false);
  });

  it("refuses an unknown --encoding as a usage error", async () => {
    const file = write("offices.csv", CSV);
    const result = await run(["import", file, "--from", "csv", "--out", "o.json", "--encoding", "ebcdic"], {
      cwd: folder.path,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "Option --encoding: expected one of utf-8, utf-16le, utf-16be, windows-1252",
    );
  });

  it("refuses text that already holds U+FFFD with its line and column, exit code 1", async () => {
    const file = write("offices.csv", CSV.replace("ö", "\uFFFD"));
    const result = await run(["import", file, "--from", "csv", "--out", "o.json"], { cwd: folder.path });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("replacement character U+FFFD at line 2, column 19");
  });

  it("names the encoding of each table of an HSDS folder", async () => {
    write("offices.json", JSON.stringify(smallDataset()));
    await run(["export", "offices.json", "--to", "hsds-csv", "--out", "hsds"], { cwd: folder.path });
    const table = join(folder.path, "hsds", "organizations.csv");
    const text = readFileSync(table, "utf8");
    expect(Buffer.byteLength(text)).toBeGreaterThan(text.length);
    writeFileSync(table, Buffer.from(text, "latin1"));
    const result = await run(["import", "hsds", "--from", "hsds", "--out", "o.json", "--json"], {
      cwd: folder.path,
    });
    expect(result.code).toBe(0);
    const { encodings } = result.json() as { encodings: Record<string, string> };
    expect(encodings[join("hsds", "organizations.csv")]).toBe("windows-1252");
    expect(encodings[join("hsds", "services.csv")]).toBe("utf-8");
  });
});

describe("validate and publish: the encoding of the input", () => {
  it("validate names a Windows-1252 JSON file's encoding and lists U+FFFD as an issue of the file", async () => {
    const json = JSON.stringify({ ...smallDataset(), name: "Beratung „Köln“" });
    write(
      "latin.json",
      Buffer.from(Array.from(json, (char) => ({ "„": 0x84, "“": 0x93 })[char] ?? char.charCodeAt(0))),
    );
    const latin = await run(["validate", "latin.json"], { cwd: folder.path });
    expect(latin.code).toBe(0);
    expect(latin.stdout).toContain("Read latin.json as windows-1252");

    write("damaged.json", json.replace("ö", "\uFFFD"));
    const damaged = await run(["validate", "damaged.json", "--json"], { cwd: folder.path });
    expect(damaged.code).toBe(1);
    expect(damaged.json()).toMatchObject({
      format: "unknown",
      issues: [{ line: 1, message: expect.stringContaining("U+FFFD") }],
    });
  });

  it("publish reads a Windows-1252 CSV and says so", async () => {
    const file = write("offices.csv", WINDOWS_1252);
    const result = await run(["publish", file, "--out", "site", "--json"], { cwd: folder.path });
    expect(result.json()).toMatchObject({ offices: 1, encodings: { "offices.csv": "windows-1252" } });
  });
});

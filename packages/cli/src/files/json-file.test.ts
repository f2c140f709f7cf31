import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatasetParseError, TextEncodingError } from "@beratungsfinder/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDecodedTextFile, readJsonFile } from "./json-file.js";

describe("readJsonFile", () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "bf-json-"));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it("words 30,000 unclosed brackets like any other syntax error, with line and column", async () => {
    const path = join(folder, "deep.json");
    await writeFile(path, `\n${"[".repeat(30_000)}`);
    const error = await readJsonFile(path).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DatasetParseError);
    expect(error).toMatchObject({ line: 2, column: 30_001 });
    expect((error as Error).message).toBe(
      `"${path}" is not valid JSON at line 2, column 30001: the text ends too early. Check for a missing comma or quote there.`,
    );
  });

  it("reads a JSON file with Latin-1 bytes as Windows-1252, not with U+FFFD", async () => {
    const path = join(folder, "latin1.json");
    await writeFile(path, Buffer.from('{"name": "MBE K\xf6ln-M\xfclheim"}', "latin1"));
    expect(await readJsonFile(path)).toEqual({ name: "MBE Köln-Mülheim" });
    expect(await readDecodedTextFile(path)).toMatchObject({ encoding: "windows-1252", reason: "not-utf-8" });
  });

  it("names the file, line and column of bytes that the given encoding cannot read", async () => {
    const path = join(folder, "latin1.csv");
    await writeFile(path, Buffer.from("id;name\n1;K\xf6ln\n", "latin1"));
    const error = await readDecodedTextFile(path, { encoding: "utf-8" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TextEncodingError);
    expect(error).toMatchObject({ line: 2, column: 4 });
    expect((error as Error).message).toMatch(
      /^Cannot read ".*latin1\.csv": The text is not valid utf-8 at line 2, column 4/,
    );
  });
});

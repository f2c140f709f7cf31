import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatasetParseError } from "../errors.js";
import { readJsonFile } from "./json-file.js";

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
});

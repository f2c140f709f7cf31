import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ERROR_CODES, ISSUE_CODES } from "./index.js";

const guide = readFileSync(fileURLToPath(new URL("../../../docs/problems.md", import.meta.url)), "utf8");

/** The first column of the table that starts with `heading`, in its order. */
function codesOfTable(heading: string): string[] {
  const table = guide.slice(guide.indexOf(heading));
  const rows = table.split("\n").slice(2);
  const end = rows.findIndex((row) => !row.startsWith("|"));
  return rows.slice(0, end === -1 ? undefined : end).map((row) => /^\| `([^`]+)`/.exec(row)?.[1] ?? row);
}

describe("the codes in docs/problems.md", () => {
  it("are core's ERROR_CODES, in their order", () => {
    expect(codesOfTable("| code | class | what happened |")).toEqual([...ERROR_CODES]);
  });

  it("are the ISSUE_CODES, in their order", () => {
    expect(codesOfTable("| code | where | what is wrong |")).toEqual([...ISSUE_CODES]);
  });
});

import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { DatasetSchema } from "./dataset.js";
import { invalidFixtures, validFixtures } from "./fixtures/load-fixtures.js";
import { toReadableIssues } from "./issues.js";

describe("DatasetSchema", () => {
  it.each(validFixtures().map((fixture) => [fixture.name, fixture.dataset] as const))(
    "accepts %s",
    (_, dataset) => {
      expect(z.safeParse(DatasetSchema, dataset).error?.issues).toBeUndefined();
    },
  );

  // The same fixtures parseDataset reads: the one-shot schema agrees on every rule, cross-record ones included.
  it.each(invalidFixtures().map((fixture) => [fixture.name, fixture] as const))(
    "rejects %s at the expected paths",
    (_, fixture) => {
      const result = z.safeParse(DatasetSchema, fixture.dataset, { reportInput: true });
      expect(result.success).toBe(false);
      const paths = toReadableIssues(result.error?.issues ?? []).map((issue) => issue.path);
      expect(paths.sort()).toEqual([...fixture.expectedPaths].sort());
    },
  );

  it.each([
    ["providers", 'expected a unique provider id, received "caritas-koeln", already used by providers[0]'],
    ["offices", 'expected a unique office id, received "base-office", already used by offices[0]'],
  ] as const)("finds an id used twice among the %s, naming its first use", (list, message) => {
    const dataset = validFixtures().find((fixture) => fixture.name === "minimal")!.dataset;
    const records = dataset[list] as object[];
    const result = z.safeParse(DatasetSchema, { ...dataset, [list]: [...records, ...records] });
    expect(toReadableIssues(result.error?.issues ?? [])).toEqual([
      {
        code: "duplicate_id",
        path: `${list}[1].id`,
        message,
        expected: `a unique ${list.slice(0, -1)} id`,
        received: message.slice(message.indexOf(", received ") + ", received ".length),
      },
    ]);
  });
});

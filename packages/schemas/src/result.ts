import type { ReadableIssue } from "./issues.js";

/**
 * What a reader that can partly succeed returns (a dataset, a CSV file, HSDS data): the usable part
 * (`value`), what was left out and why (`issues`, each `{ code, path, message, expected?, received? }`),
 * and what was kept with a change (`warnings`, sentences that start with the path they concern). A
 * reader throws only when nothing is usable (docs/problems.md).
 *
 * @example
 * const { value, issues } = parseDataset(json);
 * for (const issue of issues) if (issue.code === "duplicate_id") console.warn(issue.path);
 */
export interface Result<T, I extends ReadableIssue = ReadableIssue> {
  value: T;
  issues: I[];
  warnings: string[];
}

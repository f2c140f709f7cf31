import { DatasetValidationError } from "../errors.js";
import type { CellProblem, OfficeCsvError } from "./office-csv-columns.js";

/** A problem with its path: the column and its number (a row with extra cells: only where they begin). */
export function located(problem: CellProblem): OfficeCsvError {
  const column = problem.column === undefined ? "" : `(column ${problem.column})`;
  return { ...problem, path: [problem.field, column].filter(Boolean).join(" ") };
}

/** The error for a file of which no row can be read, with the header row's problems as its issues. */
export function unusable(errors: CellProblem[]): DatasetValidationError {
  const issues = errors.map(located);
  const shown = issues
    .slice(0, 3)
    .map((issue) => `line ${issue.line}${issue.path ? ` ${issue.path}` : ""}: ${issue.message}`);
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : "";
  return new DatasetValidationError(
    "INVALID_CSV",
    `The CSV file cannot be read: ${shown.join("; ")}${more}`,
    issues,
  );
}

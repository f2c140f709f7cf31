import type { DataIssue } from "@beratungsfinder/core";
import type { InvalidOffice } from "@beratungsfinder/schemas";
import type { TerminalStyle } from "./terminal-style.js";

/** At most this many issues are printed as text; `--json` always lists all of them. */
export const MAX_LISTED_ISSUES = 200;

/** A problem to list: our `DataIssue`, or a `--json` issue whose missing office id is null. */
export interface ListedIssue extends Omit<DataIssue, "line" | "officeId"> {
  line?: number | undefined;
  officeId?: string | null | undefined;
}

/**
 * An issue as `--json` writes it: `code`, `path`, `message`, `expected` and `received` as core's
 * `DataIssue` has them (docs/problems.md), the office id null when unknown, the line only when known.
 */
export interface JsonIssue {
  code: DataIssue["code"];
  path: string;
  message: string;
  expected?: string;
  received?: string;
  officeId: string | null;
  line?: number;
}

/** The `--json` form of a listed issue (import, publish and validate write the same shape). */
export function toJsonIssue(issue: ListedIssue): JsonIssue {
  return {
    code: issue.code,
    path: issue.path,
    message: issue.message,
    ...(issue.expected === undefined ? {} : { expected: issue.expected }),
    ...(issue.received === undefined ? {} : { received: issue.received }),
    officeId: issue.officeId ?? null,
    ...(issue.line === undefined ? {} : { line: issue.line }),
  };
}

/** The issues of the offices a dataset check left out, each with its office's id (null without one). */
export function officeIssues(invalid: readonly InvalidOffice[]): ListedIssue[] {
  return invalid.flatMap((office) =>
    office.issues.map((issue) => ({ ...issue, officeId: office.id ?? null })),
  );
}

/**
 * One line per issue, located by line number and/or path, e.g.
 * `  offices[3].address.postalCode  expected a 5-digit German postcode, received "1234"`.
 */
export function formatIssues(
  issues: readonly ListedIssue[],
  style: TerminalStyle,
  limit = MAX_LISTED_ISSUES,
) {
  const lines = issues.slice(0, limit).map((issue) => {
    const where = [issue.line !== undefined ? `line ${issue.line}` : "", issue.path]
      .filter(Boolean)
      .join(" ");
    const office = issue.officeId ? style.dim(` (office ${JSON.stringify(issue.officeId)})`) : "";
    return `  ${style.yellow(where || "(top level)")}: ${issue.message}${office}`;
  });
  if (issues.length > limit) {
    lines.push(`  … and ${issues.length - limit} more; use --json to see every issue.`);
  }
  return lines;
}

/** At most this many warnings are printed as text; `--json` lists all of them. */
export const MAX_LISTED_WARNINGS = 20;

/** Warning lines for the terminal, cut after `limit` with a pointer to `--json`. */
export function formatWarnings(
  warnings: readonly string[],
  style: TerminalStyle,
  limit = MAX_LISTED_WARNINGS,
) {
  const lines = warnings.slice(0, limit).map((warning) => `${style.yellow("warning:")} ${warning}`);
  if (warnings.length > limit) {
    lines.push(`… and ${warnings.length - limit} more warnings; use --json to see every one.`);
  }
  return lines;
}

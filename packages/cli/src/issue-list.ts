import type { TerminalStyle } from "./terminal-style.js";

/** At most this many issues are printed as text; `--json` always lists all of them. */
export const MAX_LISTED_ISSUES = 200;

/** A problem to list: our `DataIssue`, or a `--json` issue whose missing office id is null. */
export interface ListedIssue {
  path: string;
  message: string;
  line?: number | undefined;
  officeId?: string | null | undefined;
}

/** An issue as `--json` writes it: the office id null when unknown, the line only when known. */
export interface JsonIssue {
  path: string;
  message: string;
  officeId: string | null;
  line?: number;
}

/** The `--json` form of a listed issue (import, publish and validate write the same shape). */
export function toJsonIssue(issue: ListedIssue): JsonIssue {
  return {
    path: issue.path,
    message: issue.message,
    officeId: issue.officeId ?? null,
    ...(issue.line === undefined ? {} : { line: issue.line }),
  };
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

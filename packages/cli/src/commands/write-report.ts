import type { CommandContext } from "../command.js";
import { EXIT_INVALID, EXIT_OK } from "../command.js";
import { formatIssues, formatWarnings, type ListedIssue } from "../issue-list.js";

/** What `import` and `publish` report after writing: how many rows were left out, and why. */
export interface WriteReport {
  /** Rows or records left out because of problems. */
  invalid: number;
  issues: readonly ListedIssue[];
  warnings: readonly string[];
}

/**
 * Prints the report of a command that wrote offices and returns its exit code: the whole report as
 * JSON with `--json`, else `summary` (given the " , N left out" suffix), the `notes`, the warnings and,
 * when rows were left out, the issues and `Fix these in <argument> and <again> …`. Invalid data (issues,
 * or rows left out with the converter's warnings saying why) exits with EXIT_INVALID.
 */
export function printWriteReport(
  report: WriteReport,
  text: { summary: (skipped: string) => string; notes: readonly string[]; again: string },
  argument: string,
  context: CommandContext,
): number {
  const failed = report.issues.length > 0 || report.invalid > 0;
  if (context.json) {
    context.print(JSON.stringify(report, null, 2));
    return failed ? EXIT_INVALID : EXIT_OK;
  }
  const { style } = context;
  context.print(text.summary(report.invalid > 0 ? style.red(`, ${report.invalid} left out`) : ""));
  for (const note of text.notes) context.print(note);
  for (const line of formatWarnings(report.warnings, style)) context.print(line);
  if (!failed) return EXIT_OK;
  context.print("");
  if (report.issues.length > 0) {
    for (const line of formatIssues(report.issues, style)) context.print(line);
    context.print("");
  }
  context.print(`Fix these in ${argument} and ${text.again} to include the offices left out.`);
  return EXIT_INVALID;
}

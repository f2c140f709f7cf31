import type * as z from "zod/mini";

import type { IssueCode } from "./issue-codes.js";

export type { IssueCode } from "./issue-codes.js";
export { ISSUE_CODES } from "./issue-codes.js";

/**
 * One problem, located by a path such as `offices[12].openingHours.weekly.mo[1].to`. `message` is the
 * whole sentence; `expected` and `received` are its two halves when the check knows them, for a
 * caller that lays them out in columns.
 */
export interface ReadableIssue {
  code: IssueCode;
  path: string;
  message: string;
  expected?: string;
  received?: string;
}

type ZodIssue = z.core.$ZodIssue;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Joins path segments the way a reader of JSON writes them: `offices[3].contact.emails[0]`. */
export function formatPath(path: readonly PropertyKey[], basePath = ""): string {
  let out = basePath;
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (typeof segment === "string" && IDENTIFIER.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

/** A short description of a received value, cut so a huge string never floods a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string") {
    const cut = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return JSON.stringify(cut);
  }
  if (Array.isArray(value)) {
    return value.length === 0
      ? "an empty list"
      : `a list of ${value.length} item${value.length === 1 ? "" : "s"}`;
  }
  if (typeof value === "object") return "an object";
  return String(value);
}

const TYPE_NAMES: Record<string, string> = {
  string: "a text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  record: "an object",
};

const FORMAT_NAMES: Record<string, string> = {
  email: 'an e-mail address such as "beratung@example.org"',
  url: 'an http or https URL such as "https://example.org"',
  date: 'a date "YYYY-MM-DD"',
  datetime: 'a date and time such as "2026-03-31T09:00:00Z"',
  regex: "text in the documented format",
};

/** What was expected, in the words after "expected " (`a text`, `one of "de", "en"`). */
function expectation(issue: ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return TYPE_NAMES[issue.expected] ?? issue.expected;
    case "invalid_value": {
      const values = issue.values.map((value) => JSON.stringify(value));
      if (values.length === 1) return values[0]!;
      const shown = values.length > 16 ? [...values.slice(0, 16), "…"] : values;
      return `one of ${shown.join(", ")}`;
    }
    case "too_small":
    case "too_big": {
      const bound = issue.code === "too_small" ? issue.minimum : issue.maximum;
      const word = issue.code === "too_small" ? "at least" : "at most";
      if (issue.origin === "array" || issue.origin === "set")
        return `${word} ${bound} item${bound === 1 ? "" : "s"}`;
      if (issue.origin === "string") {
        return issue.code === "too_small" && bound === 1 ? "a non-empty text" : `${word} ${bound} characters`;
      }
      const op = issue.code === "too_small" ? (issue.inclusive ? "≥" : ">") : issue.inclusive ? "≤" : "<";
      return `a number ${op} ${bound}`;
    }
    case "invalid_format":
      return FORMAT_NAMES[issue.format] ?? `the ${issue.format} format`;
    case "unrecognized_keys":
      return "only the documented fields";
    case "invalid_union":
      return "one of the allowed forms";
    default:
      return "a valid value";
  }
}

/** What was received, in the words after ", received " (`"1011"`, `unknown field "fax"`). */
function reception(issue: ZodIssue): string | undefined {
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((key) => JSON.stringify(key)).join(", ");
    return `unknown field${issue.keys.length === 1 ? "" : "s"} ${keys}`;
  }
  return "input" in issue ? describeValue(issue.input) : undefined;
}

/** Zod's code, or ours where a refinement names one in `params.code` (`duplicate_id`). */
function codeOf(issue: ZodIssue): IssueCode {
  // Only our refinements set `params` (Zod's own issues have none), always with a code of ISSUE_CODES
  // (not checked here: the list would cost every bundle that parses).
  // invalid_key and invalid_element never get here: toReadableIssues reports their nested issues.
  return ((issue as { params?: { code?: IssueCode } }).params?.code ?? issue.code) as IssueCode;
}

// "expected X" and an optional ", received Y", at the first ", received ".
const OWN_PATTERN = /^expected (.*?)(?:, received (.*))?$/s;

/**
 * The two halves of a message in our pattern, "expected X, received Y": `{ expected: "X", received: "Y" }`
 * (only `expected` without ", received "; nothing for a message in another form).
 *
 * @example
 * splitMessage('expected "ja" or "nein", received "vielleicht"');
 * // { expected: '"ja" or "nein"', received: '"vielleicht"' }
 */
export function splitMessage(message: string): { expected?: string; received?: string } {
  const [, expected, received] = OWN_PATTERN.exec(message) ?? [];
  return expected === undefined ? {} : received === undefined ? { expected } : { expected, received };
}

/**
 * An issue in our pattern: the message "expected X, received Y" and its two halves (only "expected X"
 * when nothing received is known). Every issue is built here, so the three never disagree.
 *
 * @example
 * expectedIssue("invalid_type", "offices[0].name", "a text", "12");
 * // { code: "invalid_type", path: "offices[0].name", message: "expected a text, received 12",
 * //   expected: "a text", received: "12" }
 */
export function expectedIssue(
  code: IssueCode,
  path: string,
  expected: string,
  received?: string,
): ReadableIssue {
  const issue: ReadableIssue = { code, path, message: `expected ${expected}`, expected };
  if (received !== undefined) {
    issue.message += `, received ${received}`;
    issue.received = received;
  }
  return issue;
}

/**
 * A readable issue from one Zod issue: our schemas set messages "expected X[, received Y]"; anything
 * else (Zod's own message or a locale's) is replaced by one built from the code.
 */
function readableIssue(issue: ZodIssue, path: string): ReadableIssue {
  const [, expected, received] = OWN_PATTERN.exec(issue.message) ?? [];
  return expectedIssue(codeOf(issue), path, expected ?? expectation(issue), received ?? reception(issue));
}

/**
 * Turns Zod issues into messages a person keeping a spreadsheet can act on: a path and
 * "expected X, received Y". Parse with `{ reportInput: true }` so the received value can be named.
 *
 * @example
 * toReadableIssues(result.error.issues, "offices[12]");
 * // [{ code: "invalid_format", path: "offices[12].address.postalCode",
 * //    message: 'expected a 5-digit German postcode (PLZ) such as "10115", received "1011"',
 * //    expected: 'a 5-digit German postcode (PLZ) such as "10115"', received: '"1011"' }]
 */
export function toReadableIssues(issues: readonly ZodIssue[], basePath = ""): ReadableIssue[] {
  const out: ReadableIssue[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    if (issue.code === "invalid_key" || issue.code === "invalid_element") {
      // A record key such as a description language: report the nested problem at the key itself.
      const keyPath = formatPath(issue.path, basePath);
      const keyPathWithKey =
        issue.code === "invalid_key" ? keyPath : formatPath([issue.key as PropertyKey], keyPath);
      for (const nested of toReadableIssues(issue.issues, keyPathWithKey)) push(nested);
      continue;
    }
    if (issue.code === "invalid_union" && !issue.message.startsWith("expected ") && issue.errors.length > 0) {
      // A value of the right type that fails inside one form (a language object with a bad mode):
      // report that form's problems, not "one of the allowed forms".
      const fitting = issue.errors.filter(
        (branch) => !branch.some((nested) => nested.code === "invalid_type" && nested.path.length === 0),
      );
      if (fitting.length === 1) {
        const unionPath = formatPath(issue.path, basePath);
        for (const nested of toReadableIssues(fitting[0]!, unionPath)) push(nested);
        continue;
      }
    }
    push(readableIssue(issue, formatPath(issue.path, basePath)));
  }
  return out;

  function push(readable: ReadableIssue): void {
    const key = `${readable.path}\u0000${readable.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(readable);
  }
}

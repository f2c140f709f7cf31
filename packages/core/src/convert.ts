/**
 * `@beratungsfinder/core/convert`: the converters between a Beratungsfinder dataset and the formats
 * organisations keep their offices in — the office spreadsheet template (CSV) and Open Referral HSDS
 * 3.0 (JSON and the CSV Tabular Data Package). Pure functions over text and objects, without Node or
 * the DOM, so a browser tool and the `beratungsfinder` CLI (`@beratungsfinder/cli`) use the same code.
 *
 * @example
 * import { parseOfficeCsv } from "@beratungsfinder/core/convert";
 * const { value, issues } = parseOfficeCsv(text); // value.offices; issues name the line and column
 */
// Converters: the office spreadsheet template (csv/).
export type { CsvDelimiter } from "./csv/csv-text.js";
export type {
  OfficeCsvColumn,
  OfficeCsvError,
  OfficeCsvResult,
  OfficeCsvValue,
  ToOfficeCsvOptions,
} from "./csv/office-csv.js";
export { OFFICE_CSV_COLUMNS, parseOfficeCsv, toOfficeCsv } from "./csv/office-csv.js";
export type {
  FormatOpeningHoursOptions,
  OpeningHoursTextError,
  OpeningHoursTextResult,
} from "./csv/opening-hours-text.js";
export {
  formatOpeningHoursText,
  MAX_OPENING_HOURS_ERRORS,
  parseOpeningHoursText,
} from "./csv/opening-hours-text.js";
export type { OutreachTextResult } from "./csv/outreach-text.js";
export { formatOutreachText, parseOutreachText } from "./csv/outreach-text.js";
// Converters: Open Referral HSDS 3.0 JSON and Tabular Data Package (hsds/).
export type { FromHsdsOptions, FromHsdsResult } from "./hsds/from-hsds.js";
export { fromHsds, fromHsdsTables } from "./hsds/from-hsds.js";
export type { HsdsTableName } from "./hsds/hsds-tables.js";
export { HSDS_TABLES } from "./hsds/hsds-tables.js";
export { toHsds } from "./hsds/to-hsds.js";
export { toHsdsTables } from "./hsds/to-hsds-tables.js";

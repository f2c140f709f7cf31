// Converters: the office spreadsheet template (csv/).
export type { CsvDelimiter } from "./csv/csv-text.js";
export type { OfficeCsvColumn, OfficeCsvError, OfficeCsvResult, ToOfficeCsvOptions } from "./csv/office-csv.js";
export { OFFICE_CSV_COLUMNS, parseOfficeCsv, toOfficeCsv } from "./csv/office-csv.js";
export type {
  FormatOpeningHoursOptions,
  OpeningHoursTextError,
  OpeningHoursTextResult,
} from "./csv/opening-hours-text.js";
export { formatOpeningHoursText, parseOpeningHoursText } from "./csv/opening-hours-text.js";

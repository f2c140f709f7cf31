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

// Datasets and demo data (dataset/, demo/).
export type { LoadDatasetOptions, LoadedDataset } from "./dataset/load-dataset.js";
export { loadDataset } from "./dataset/load-dataset.js";
export type { DemoDatasetOptions, DemoPlace } from "./demo/generate-demo-dataset.js";
export { generateDemoDataset } from "./demo/generate-demo-dataset.js";
export type { SearchIndex } from "./search/create-index.js";
export { createIndex } from "./search/create-index.js";

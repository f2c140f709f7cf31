/**
 * Every `code` an issue can carry: Zod's own issue codes for what a schema checks, then ours for the
 * checks that no single schema makes (ids across records, the CSV and HSDS readers, published
 * folders). The table in docs/problems.md says what each means; a test holds the two equal.
 */
export const ISSUE_CODES = [
  // Zod's issue codes, kept as Zod names them.
  "invalid_type",
  "invalid_value",
  "too_small",
  "too_big",
  "invalid_format",
  "not_multiple_of",
  "unrecognized_keys",
  "invalid_union",
  "custom",
  // Ours.
  "overlapping_slots",
  "duplicate_id",
  "unknown_provider",
  "not_a_dataset",
  "unsupported_schema_version",
  "unreadable",
  "csv_syntax",
  "extra_cells",
  "csv_header",
  "unknown_column",
  "invalid_cell",
  "invalid_opening_hours",
  "missing_provider_name",
  "more_problems",
  "not_an_hsds_record",
  "unsupported_record",
  "missing_service",
  "nested_too_deep",
  "missing_file",
  "changed_file",
  "invalid_file",
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];

/** HSDS import: the options, the result, and the state shared while one document is read. */
import type {
  Dataset,
  IssueCode,
  Office,
  Provider,
  Publisher,
  Result,
  StateCode,
} from "@beratungsfinder/schemas";
import type { DataIssue } from "../errors.js";

/** The identifier scheme and external identifier type our export uses to carry our own ids. */
export const PROVIDER_ID_SCHEME = "beratungsfinder";
export const OFFICE_ID_TYPE = "beratungsfinder-office-id";

export interface FromHsdsOptions {
  /** Dataset name; default "Imported from HSDS". */
  name?: string;
  /** Default: the first organisation's name. */
  publisher?: Publisher;
  /** Default "unknown": HSDS data carries no licence, say which one applies. */
  license?: string;
  /** Language of HSDS `description` texts when no attribute says otherwise; default "de". */
  language?: string;
  /** The state for a German address without `state_province`, e.g. from the geocoder's PLZ lookup. */
  resolveState?: (postalCode: string) => StateCode | undefined;
  /** Clock for `generatedAt`. */
  now?: () => Date;
}

/**
 * The imported dataset (`value`), the records left out whole (`issues`, coded) and what could not be
 * mapped of the records kept (`warnings`).
 */
export interface FromHsdsResult extends Result<Dataset, DataIssue> {
  /** @deprecated The same object as `value`; kept for 0.x callers. */
  dataset: Dataset;
  /**
   * What could not be mapped, each beginning with the HSDS path (or CSV file and line) it concerns. In
   * 0.x it also names every record of `issues`, as it did before `issues` existed.
   */
  warnings: string[];
  /**
   * Records left out whole because of a problem, each an issue with its HSDS path: an office with an
   * invalid required field (the field's code) or an id already imported (`duplicate_id`), a
   * service_at_location without its service (`missing_service`), a record that is no HSDS object
   * (`not_an_hsds_record`) or of no kind we import (`unsupported_record`), pages nested too deep
   * (`nested_too_deep`), a CSV row that cannot be read (`extra_cells`, `csv_syntax`; `line` says
   * where). Like a CSV row left out, this is invalid data: the CLI exits with 1. What is left out of an
   * office that is kept (an address outside Germany, an unknown language) is a warning only.
   */
  issues: DataIssue[];
  /** @deprecated `issues.length`; kept for 0.x callers. */
  invalid: number;
}

export interface Context {
  options: FromHsdsOptions;
  warnings: string[];
  issues: DataIssue[];
  providers: Map<string, Provider>;
  offices: Office[];
  officeIds: Set<string>;
}

/**
 * A whole record left out: an issue with its code and HSDS path, and (for 0.x callers) the warning that
 * said so before `issues` existed.
 */
export function leftOut(
  ctx: Context,
  code: IssueCode,
  path: string,
  message: string,
  warning = `${path}: ${message}; left out`,
): void {
  ctx.issues.push({ code, path, message });
  ctx.warnings.push(warning);
}

/** HSDS import: the options, the result, and the state shared while one document is read. */
import type { Dataset, Office, Provider, Publisher, StateCode } from "@beratungsfinder/schemas";

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

export interface FromHsdsResult {
  dataset: Dataset;
  /** What could not be mapped, each beginning with the HSDS path (or CSV file and line) it concerns. */
  warnings: string[];
  /**
   * Records left out whole because of a problem, each also in `warnings`: an office with an invalid
   * required field or an id already imported, a service_at_location without its service, a record that
   * is no HSDS object or of no kind we import, a CSV row that cannot be read (extra cells, an unclosed
   * quote). Like a CSV row left out, this is invalid data: the CLI exits with 1. What is left out of an
   * office that is kept (an address outside Germany, an unknown language) is a warning only.
   */
  invalid: number;
}

export interface Context {
  options: FromHsdsOptions;
  warnings: string[];
  invalid: number;
  providers: Map<string, Provider>;
  offices: Office[];
  officeIds: Set<string>;
}

/** A whole record left out: a warning, and counted as invalid. */
export function leftOut(ctx: Context, warning: string): void {
  ctx.warnings.push(warning);
  ctx.invalid += 1;
}

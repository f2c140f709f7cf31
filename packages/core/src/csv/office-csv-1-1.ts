import type { IssueCode, OfficeInput } from "@beratungsfinder/schemas";
import { cellExcerpt } from "./cell-excerpt.js";
import { INTAKE_WORDS, type OfficeCsvColumn, parseBoolean } from "./office-csv-columns.js";
import { parseOutreachText } from "./outreach-text.js";

/** A row's cell by its column name, trimmed ("" when the column is absent). */
export type CellReader = (name: OfficeCsvColumn) => string;
/** Records a problem of a row's cell (the row is then left out). */
export type CellFailure = (field: OfficeCsvColumn, message: string, code?: IssueCode) => void;

/**
 * Reads the columns that data model 1.1 added (municipality key, counselling by a woman, free of
 * charge, intake and outreach places) into `office`, reporting each bad cell through `fail`.
 */
export function readModel11Cells(cell: CellReader, fail: CellFailure, office: OfficeInput): void {
  const municipalityKey = cell("municipality_key");
  if (municipalityKey) {
    if (office.address) office.address.municipalityKey = municipalityKey;
    else fail("municipality_key", "expected a street address for the municipality key, received none");
  }
  const womanText = cell("woman_counsellor");
  if (womanText !== "") {
    const woman = parseBoolean(womanText);
    if (woman === undefined)
      fail("woman_counsellor", `expected "ja", "nein" or "unbekannt", received "${cellExcerpt(womanText)}"`);
    else office.womanCounsellor = woman;
  }
  const freeText = cell("free_of_charge");
  if (freeText !== "") {
    const free = parseBoolean(freeText);
    if (typeof free !== "boolean")
      fail("free_of_charge", `expected "ja" or "nein", received "${cellExcerpt(freeText)}"`);
    else office.freeOfCharge = free;
  }
  const intakeText = cell("intake");
  const intakeNote = cell("intake_note");
  if (intakeText !== "" || intakeNote !== "") {
    const status = INTAKE_WORDS[intakeText.toLowerCase()];
    if (!status)
      fail(
        "intake",
        `expected "offen", "warteliste" or "pausiert" (open, waiting-list, paused), received "${cellExcerpt(intakeText)}"`,
      );
    else office.intake = { status, ...(intakeNote ? { note: intakeNote } : {}) };
  }
  const outreachText = cell("outreach");
  if (outreachText !== "") {
    const outreach = parseOutreachText(outreachText, office.address?.state);
    for (const message of outreach.errors) fail("outreach", message);
    office.outreach = outreach.places;
  }
}

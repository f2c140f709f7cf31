import type {
  Channel,
  Office,
  OfficeInput,
  OpeningHours,
  Programme,
  Provider,
  Topic,
  Umbrella,
} from "@beratungsfinder/schemas";
import { type IssueCode, parseOffice, splitMessage } from "@beratungsfinder/schemas";
import { CHANNELS, PHONE_TYPES, TARGET_GROUPS, TOPICS } from "@beratungsfinder/schemas/vocabulary";
import { programmeFromText, umbrellaFromText } from "../hsds/provider-umbrella.js";
import { cellExcerpt } from "./cell-excerpt.js";
import { extraCellsMessage, readCsv } from "./csv-text.js";
import { readModel11Cells } from "./office-csv-1-1.js";
import {
  type CellProblem,
  LANGUAGE_ENTRY,
  LANGUAGE_MODE_WORDS,
  list,
  MAX_CELL_PROBLEMS,
  OFFICE_CSV_COLUMNS,
  type OfficeCsvColumn,
  type OfficeCsvResult,
  PATH_COLUMNS,
  parseBoolean,
  parseDate,
  parseNumber,
  readHeader,
} from "./office-csv-columns.js";
import { located, unusable } from "./office-csv-problems.js";
import { parseOpeningHoursText } from "./opening-hours-text.js";
import { stateFromText } from "./state-name.js";

export {
  OFFICE_CSV_COLUMNS,
  type OfficeCsvColumn,
  type OfficeCsvError,
  type OfficeCsvResult,
  type OfficeCsvValue,
  type ToOfficeCsvOptions,
} from "./office-csv-columns.js";
export { toOfficeCsv, yesNo } from "./office-csv-write.js";

/**
 * Reads the office spreadsheet template (one row per office, see docs/csv-template.md) into offices and
 * providers. Every problem names the line in the file (embedded newlines counted), the column and what
 * was expected; rows with problems are left out, the others are kept.
 *
 * Throws a `DatasetValidationError` coded `INVALID_CSV` when no row can be read at all: an empty file,
 * or a header row that lacks a required column, repeats one, or cannot be split into cells. Its
 * `issues` say what is wrong with the header row (an unknown column alone is an issue, not fatal).
 *
 * @example
 * const { value, issues } = parseOfficeCsv(await readFile("offices.csv", "utf8"));
 * for (const e of issues) console.log(`line ${e.line}, ${e.path}: ${e.message}`);
 */
export function parseOfficeCsv(text: string): OfficeCsvResult {
  const { records, delimiter, errors: textErrors } = readCsv(text);
  const errors: CellProblem[] = textErrors.map((error) => ({
    code: "csv_syntax",
    line: error.line,
    field: "",
    message: error.message,
  }));
  const offices: Office[] = [];
  const providers = new Map<string, { provider: Provider; line: number }>();
  const headerRecord = records[0];
  if (!headerRecord) {
    errors.push({
      code: "csv_header",
      line: 1,
      field: "",
      message: `expected a header row with the columns ${OFFICE_CSV_COLUMNS.join(", ")}, received an empty file`,
    });
    throw unusable(errors);
  }
  const { header, columnIndex, errors: headerErrors } = readHeader(headerRecord);
  errors.push(...headerErrors);
  // Any problem of the header row but an unknown column leaves no row to read.
  if (errors.some((error) => error.line === headerRecord.line && error.code !== "unknown_column")) {
    throw unusable(errors);
  }

  const officeLines = new Map<string, number>();
  for (const record of records.slice(1)) {
    const line = record.line;
    const cell = (name: OfficeCsvColumn) => {
      const index = columnIndex.get(name);
      return index === undefined ? "" : (record.fields[index] ?? "").trim();
    };
    const rowErrors: CellProblem[] = [];
    // At most MAX_CELL_PROBLEMS per cell, then one count: 10,000 bad topics in a cell are one problem.
    const perCell = new Map<OfficeCsvColumn, number>();
    // A cell's problem: its code (`invalid_cell` unless said), and the two halves of the message.
    const push = (field: OfficeCsvColumn, message: string, code: IssueCode) => {
      const index = columnIndex.get(field);
      const column = index === undefined ? {} : { column: index + 1 };
      rowErrors.push({ code, line, ...column, field, message, ...splitMessage(message) });
    };
    const fail = (field: OfficeCsvColumn, message: string, code: IssueCode = "invalid_cell") => {
      const count = (perCell.get(field) ?? 0) + 1;
      perCell.set(field, count);
      if (count <= MAX_CELL_PROBLEMS) push(field, message, code);
    };
    const countUnlisted = () => {
      for (const [field, count] of perCell) {
        const more = count - MAX_CELL_PROBLEMS;
        if (more > 0)
          push(field, `and ${more} more problem${more === 1 ? "" : "s"} in this cell`, "more_problems");
      }
    };
    if (record.fields.every((value) => value.trim() === "")) continue;
    if (record.fields.length > header.length) {
      const message = extraCellsMessage(header.length, record.fields.length, delimiter);
      errors.push({ code: "extra_cells", line, column: header.length + 1, field: "", message });
      continue;
    }

    const id = cell("id");
    if (id === "") fail("id", 'expected an office id such as "mbe-koeln-1", received an empty cell');
    else if (officeLines.has(id))
      fail(
        "id",
        `expected a unique office id, received "${id}", already used on line ${officeLines.get(id)}`,
        "duplicate_id",
      );

    // Provider: the id, or one made from the name, so a sheet with only provider names works.
    const providerName = cell("provider_name");
    const providerId =
      cell("provider_id") ||
      providerName
        .toLowerCase()
        .normalize("NFKD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/ß/g, "ss")
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "");
    if (providerId === "")
      fail("provider_id", "expected a provider id or a provider name, received empty cells");
    const umbrellaText = cell("umbrella");
    let umbrella: Umbrella | undefined;
    if (umbrellaText !== "") {
      umbrella = umbrellaFromText(umbrellaText);
      if (!umbrella)
        fail(
          "umbrella",
          `expected an umbrella such as "caritas", "diakonie", "awo" or "other", received "${cellExcerpt(umbrellaText)}"`,
        );
    }
    const known = providers.get(providerId);
    if (known && providerName !== "" && known.provider.name !== providerName) {
      fail(
        "provider_name",
        `expected the same provider name for "${providerId}" as on line ${known.line} ("${known.provider.name}"), received "${cellExcerpt(providerName)}"`,
      );
    }

    const programmes: Programme[] = [];
    for (const item of list(cell("programmes"))) {
      const programme = programmeFromText(item);
      if (programme) programmes.includes(programme) || programmes.push(programme);
      else
        fail(
          "programmes",
          `expected programmes such as "MBE" or "JMD, MBEON", received "${cellExcerpt(item)}"`,
        );
    }

    const office: OfficeInput = { id, providerId, name: cell("name"), programmes };

    const street = cell("street");
    const postalCode = cell("postal_code");
    const city = cell("city");
    const stateText = cell("state");
    if (street || postalCode || city || stateText) {
      const state = stateText === "" ? undefined : stateFromText(stateText);
      if (stateText === "")
        fail("state", 'expected the state, such as "Nordrhein-Westfalen" or "DE-NW", received an empty cell');
      else if (!state)
        fail(
          "state",
          `expected a German state such as "Nordrhein-Westfalen" or "DE-NW", received "${cellExcerpt(stateText)}"`,
        );
      // A PLZ saved as a number loses its leading zero ("1067" for 01067): put it back.
      const plz = /^\d{4}$/.test(postalCode) ? `0${postalCode}` : postalCode;
      // No placeholder state: a missing or unknown one is already reported, and the row is left out.
      office.address = {
        street,
        postalCode: plz,
        city,
        ...(state ? { state } : {}),
      } as OfficeInput["address"];
    }
    const latText = cell("lat");
    const lonText = cell("lon");
    if (latText !== "" || lonText !== "") {
      const lat = parseNumber(latText);
      const lon = parseNumber(lonText);
      if (lat === undefined)
        fail("lat", `expected a latitude such as "50.9375", received "${cellExcerpt(latText)}"`);
      if (lon === undefined)
        fail("lon", `expected a longitude such as "6.9603", received "${cellExcerpt(lonText)}"`);
      if (lat !== undefined && lon !== undefined) office.geo = { lat, lon };
    }

    const phoneTypes = list(cell("phone_type"));
    const phones = cell("phone")
      .split(/\s*[;|\n]\s*|,\s+(?=\+|0)/)
      .filter((number) => number !== "")
      .map((number, index) => {
        const type = (phoneTypes[index] ?? phoneTypes[0] ?? "voice").toLowerCase();
        if (!(PHONE_TYPES as readonly string[]).includes(type)) {
          fail(
            "phone_type",
            `expected a phone type ${PHONE_TYPES.join(", ")}, received "${cellExcerpt(type)}"`,
          );
        }
        return { number, type: type as (typeof PHONE_TYPES)[number] };
      });
    const website = cell("website");
    const bookingUrl = cell("booking_url");
    office.contact = {
      phones,
      emails: list(cell("email")),
      ...(website ? { website } : {}),
      ...(bookingUrl ? { bookingUrl } : {}),
    };

    const hoursText = cell("opening_hours");
    const appointmentText = cell("appointment_only");
    const note = cell("note");
    if (hoursText || appointmentText || note) {
      const parsed = parseOpeningHoursText(hoursText);
      for (const error of parsed.errors)
        fail(
          "opening_hours",
          `${error.message} (at character ${error.position} of "${cellExcerpt(hoursText, error.position)}")`,
          "invalid_opening_hours",
        );
      const appointmentOnly = appointmentText === "" ? false : parseBoolean(appointmentText);
      if (typeof appointmentOnly !== "boolean")
        fail("appointment_only", `expected "ja" or "nein", received "${cellExcerpt(appointmentText)}"`);
      const hours: OpeningHours = {
        weekly: parsed.weekly,
        exceptions: [],
        appointmentOnly: appointmentOnly === true,
        temporarilyClosed: false,
        ...(note ? { note } : {}),
      };
      office.openingHours = hours;
    }

    office.languages = [];
    for (const item of list(cell("languages"))) {
      const match = LANGUAGE_ENTRY.exec(item);
      const mode = match?.[2] === undefined ? undefined : LANGUAGE_MODE_WORDS[match[2].toLowerCase()];
      if (!match || (match[2] !== undefined && !mode)) {
        fail(
          "languages",
          `expected language codes, each alone or with how it is offered ("ar:interpreter", "fa:on-request"), received "${cellExcerpt(item)}"`,
        );
        continue;
      }
      const code = match[1]!.toLowerCase();
      office.languages.push(mode && mode !== "counsellor" ? { code, mode } : code);
    }
    const languageNote = cell("language_note");
    if (languageNote) office.languageNote = languageNote;
    const topics = list(cell("topics")).map((topic) => topic.toLowerCase());
    for (const topic of topics) {
      if (!(TOPICS as readonly string[]).includes(topic))
        fail("topics", `expected topics from ${TOPICS.join(", ")}, received "${cellExcerpt(topic)}"`);
    }
    office.topics = topics.filter((topic): topic is Topic => (TOPICS as readonly string[]).includes(topic));
    const groups = list(cell("target_groups")).map((group) => group.toLowerCase());
    for (const group of groups) {
      if (!(TARGET_GROUPS as readonly string[]).includes(group)) {
        fail(
          "target_groups",
          `expected target groups from ${TARGET_GROUPS.join(", ")}, received "${cellExcerpt(group)}"`,
        );
      }
    }
    office.targetGroups = groups as OfficeInput["targetGroups"];
    const channels = list(cell("channels")).map((channel) => channel.toLowerCase());
    for (const channel of channels) {
      if (!(CHANNELS as readonly string[]).includes(channel)) {
        fail("channels", `expected channels from ${CHANNELS.join(", ")}, received "${cellExcerpt(channel)}"`);
      }
    }
    // An office with a street address and no channels given is visited in person.
    office.channels = (channels.length === 0 && street ? ["in-person"] : channels) as Channel[];

    const ageRange: { min?: number; max?: number } = {};
    for (const [column, key] of [
      ["age_min", "min"],
      ["age_max", "max"],
    ] as const) {
      const text = cell(column);
      if (text === "") continue;
      if (!/^\d+$/.test(text))
        fail(column, `expected an age in whole years such as "27", received "${cellExcerpt(text)}"`);
      else ageRange[key] = Number(text);
    }
    if (ageRange.min !== undefined || ageRange.max !== undefined) office.ageRange = ageRange;

    const stepFreeText = cell("step_free");
    if (stepFreeText !== "") {
      const stepFree = parseBoolean(stepFreeText);
      if (stepFree === undefined)
        fail("step_free", `expected "ja", "nein" or "unbekannt", received "${cellExcerpt(stepFreeText)}"`);
      else office.accessibility = { stepFree };
    }
    office.serviceArea = list(cell("service_area"));
    const verified = cell("last_verified");
    if (verified !== "") {
      const date = parseDate(verified);
      if (!date)
        fail(
          "last_verified",
          `expected a date such as "2026-11-24" or "24.11.2026", received "${cellExcerpt(verified)}"`,
        );
      else office.lastVerified = date;
    }
    readModel11Cells(cell, fail, office);
    const description: Record<string, string> = {};
    if (cell("description_de")) description.de = cell("description_de");
    if (cell("description_en")) description.en = cell("description_en");
    if (Object.keys(description).length > 0) office.description = description;

    const result = parseOffice(office);
    if (!result.success) {
      for (const issue of result.issues) {
        const column = PATH_COLUMNS.find(([pattern]) => pattern.test(issue.path))?.[1];
        // Problems already reported for a column are not repeated in the schema's words.
        if (column && rowErrors.some((error) => error.field === column)) continue;
        if (column) fail(column, issue.message, issue.code);
        else {
          const { code, message } = issue;
          rowErrors.push({ code, line, field: issue.path, message, ...splitMessage(message) });
        }
      }
    }
    countUnlisted();
    if (rowErrors.length > 0 || !result.success) {
      errors.push(...rowErrors.sort((a, b) => (a.column ?? 0) - (b.column ?? 0)));
      continue;
    }
    officeLines.set(id, line);
    offices.push(result.office);
    if (!known) {
      if (providerName === "") {
        fail(
          "provider_name",
          `expected a provider name on the first row of provider "${providerId}"`,
          "missing_provider_name",
        );
        errors.push(...rowErrors);
        offices.pop();
        continue;
      }
      providers.set(providerId, {
        provider: {
          id: providerId,
          name: providerName,
          umbrella: umbrella ?? umbrellaFromText(providerName) ?? "other",
        },
        line,
      });
    }
  }
  const value = { offices, providers: [...providers.values()].map((entry) => entry.provider) };
  const issues = errors.map(located);
  return { value, issues, warnings: [], ...value, errors: issues, delimiter };
}

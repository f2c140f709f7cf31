/**
 * Reads the files of a published folder in the browser without Zod: the data was validated with the
 * full rules when it was published, so these checks only make sure each file has the structure the
 * search reads (types, column lengths, references), cheaply. A damaged file throws a
 * `PublishedDataError` that names it, so the caller can drop that part and keep the others.
 */
import type {
  Office,
  OpeningHours,
  OutreachPlace,
  Provider,
  StateCode,
  TimeSlot,
} from "@beratungsfinder/schemas";
import { BeratungsfinderError } from "../errors.js";
import { runToEnd } from "../scheduling/run-in-slices.js";
import type { DerivedFields } from "./encode-published.js";
import {
  COORDINATE_SCALE,
  type CompactPlace,
  DETAILS_FORMAT,
  hashedName,
  INDEX_FORMAT,
  INDEX_FORMAT_1,
  INDEX_FORMAT_2,
  type IndexPart,
  LANGUAGE_DIGITS,
  MANIFEST_FORMAT,
  MANIFEST_FORMAT_1,
  MANIFEST_FORMAT_2,
  type PublishedManifest,
  type PublishedRegion,
} from "./published-format.js";

/** A published file cannot be used: wrong format, a missing or mistyped field, columns of different lengths. */
export class PublishedDataError extends BeratungsfinderError {
  override name = "PublishedDataError";
  /** The file's name in the published folder, e.g. "index-50.3f2a9c1b7e0d.json". */
  readonly file: string;

  constructor(file: string, message: string, options?: { cause?: unknown }) {
    super("INVALID_PUBLISHED", `The published file "${file}" cannot be used: ${message}`, options);
    this.file = file;
  }
}

/** The offices of one index file, as search needs them, with what publishing derived. */
export interface DecodedIndexPart {
  region: string;
  offices: Office[];
  /** Position of each office in the source dataset. */
  orders: number[];
  providers: Provider[];
  derived: Map<string, DerivedFields>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === "string");

/** Checks a parsed `manifest.json`. */
export function decodeManifest(json: unknown, file = "manifest.json"): PublishedManifest {
  const fail = (message: string) => new PublishedDataError(file, message);
  if (!isRecord(json)) throw fail("expected a JSON object.");
  if (![MANIFEST_FORMAT, MANIFEST_FORMAT_2, MANIFEST_FORMAT_1].includes(json.format as string)) {
    throw fail(`expected the format "${MANIFEST_FORMAT}", received ${JSON.stringify(json.format)}.`);
  }
  const dataset = json.dataset;
  if (!isRecord(dataset) || typeof dataset.name !== "string" || !isRecord(dataset.publisher)) {
    throw fail('expected "dataset" with a name and a publisher.');
  }
  const vocabularies = json.vocabularies;
  if (
    !isRecord(vocabularies) ||
    !["programmes", "topics", "channels"].every((name) => isStringArray(vocabularies[name]))
  ) {
    throw fail('expected "vocabularies" with lists of programmes, topics and channels.');
  }
  if (json.format === MANIFEST_FORMAT && !isStringArray(vocabularies.languages)) {
    throw fail('expected "vocabularies.languages" to be a list of language codes.');
  }
  // Format 3 writes the regions as columns (see CompactRegions); a list of them is read too.
  const regions =
    json.format === MANIFEST_FORMAT && isRecord(json.regions) ? regionsOf(json.regions, fail) : json.regions;
  if (!Array.isArray(regions)) throw fail('expected "regions" to be a list.');
  if (json.hours !== undefined) checkHours(json.hours, "hours", fail);
  regions.forEach((region: unknown, position) => {
    const ok =
      isRecord(region) &&
      typeof region.key === "string" &&
      typeof region.index === "string" &&
      typeof region.details === "string" &&
      typeof region.count === "number" &&
      (region.bounds === null ||
        (Array.isArray(region.bounds) &&
          region.bounds.length === 4 &&
          region.bounds.every((value) => typeof value === "number")));
    if (!ok) throw fail(`expected regions[${position}] to have a key, a count, bounds and two file names.`);
  });
  return { ...json, regions } as unknown as PublishedManifest;
}

/** Manifest format 3's columns of regions (CompactRegions) as the list of regions they describe. */
function regionsOf(columns: Record<string, unknown>, fail: (message: string) => Error): PublishedRegion[] {
  const { key, count, index, details, unbounded, bounds, unlocated } = columns;
  const lengths = [key, count, index, details, bounds].map((list) =>
    Array.isArray(list) ? list.length : -1,
  );
  // Only what the loop below needs; the regions it makes are checked as a list's are.
  if (
    ![key, index, details, unbounded, unlocated].every(isStringArray) ||
    lengths.slice(1, 4).some((length) => length !== lengths[0]) ||
    lengths[4] !== 4 * ((lengths[0] as number) - (unbounded as string[]).length)
  ) {
    throw fail(
      'expected "regions" to have keys, counts and hashes for each region, and four bounds per box.',
    );
  }
  let previous = [0, 0, 0, 0];
  let at = 0;
  return (key as string[]).map((name, position) => {
    let box: PublishedRegion["bounds"] = null;
    if (!(unbounded as string[]).includes(name)) {
      previous = previous.map((value) => value + ((bounds as number[])[at++] as number));
      box = previous.map((value) => value / 100) as [number, number, number, number];
    }
    return {
      key: name,
      count: (count as number[])[position] as number,
      bounds: box,
      unlocated: (unlocated as string[]).includes(name),
      index: hashedName("index", name, (index as string[])[position] as string),
      details: hashedName("details", name, (details as string[])[position] as string),
    };
  });
}

/** Decodes one index file into offices (without their details) that `createIndex` and `search` take. */
export function decodeIndexPart(json: unknown, manifest: PublishedManifest, file: string): DecodedIndexPart {
  return runToEnd(decodeIndexPartSteps(json, manifest, file));
}

/**
 * `decodeIndexPart` as a generator that yields after each office, so that `openPublished` can decode
 * in slices (`runInSlices`) and a large region never blocks the page.
 */
export function* decodeIndexPartSteps(
  json: unknown,
  manifest: PublishedManifest,
  file: string,
): Generator<void, DecodedIndexPart, undefined> {
  const fail = (message: string) => new PublishedDataError(file, message);
  if (!isRecord(json)) throw fail("expected a JSON object.");
  const version = [INDEX_FORMAT_1, INDEX_FORMAT_2, INDEX_FORMAT].indexOf(json.format as string) + 1;
  if (version === 0) {
    throw fail(`expected the format "${INDEX_FORMAT}", received ${JSON.stringify(json.format)}.`);
  }
  // Version 1 has absolute orders and positions (see INDEX_FORMAT).
  const differences = version > 1;
  const languageCodes = manifest.vocabularies.languages;
  if (version === 3 && !languageCodes) throw fail("its manifest has no language list (format 3 needs one).");
  if (!isStringArray(json.id)) throw fail('expected "id" to be a list of texts.');
  const count = json.id.length;
  const column = <T>(name: keyof IndexPart, check: (value: unknown) => boolean, expected: string): T[] => {
    const values = json[name];
    if (!Array.isArray(values) || values.length !== count) {
      const received = Array.isArray(values) ? `${values.length} entries` : typeof values;
      throw fail(`expected "${name}" to be a list of ${count} ${expected}, received ${received}.`);
    }
    for (let position = 0; position < count; position++) {
      if (!check(values[position])) {
        throw fail(
          `expected ${name}[${position}] to be ${expected}, received ${JSON.stringify(values[position])}.`,
        );
      }
    }
    return values as T[];
  };
  const text = (value: unknown) => typeof value === "string";
  const integer = (value: unknown) => Number.isInteger(value);
  const integerOrNull = (value: unknown) => value === null || Number.isInteger(value);
  const flag = (value: unknown) => value === 0 || value === 1;

  const providers = json.providers;
  if (!Array.isArray(providers) || !providers.every((p) => isRecord(p) && typeof p.id === "string")) {
    throw fail('expected "providers" to be a list of providers with ids.');
  }
  const ownHours = checkHours(json.hoursTable, "hoursTable", fail);
  // Format 2's positions count the manifest's shared hours first (checked with the manifest).
  const hoursTable = differences ? [...(manifest.hours ?? []), ...ownHours] : ownHours;
  // A position in `table`, or -1 (none) where `none` allows it.
  const positionIn =
    (table: unknown[], none = false) =>
    (value: unknown) =>
      integer(value) && (value as number) >= (none ? -1 : 0) && (value as number) < table.length;
  // Format 2 stores each entry as the difference from the previous one (nulls skipped): the running sum.
  // A new list, so the parsed file stays as it was for a caller who decodes it again.
  const summed = <T extends number | null>(values: T[]): T[] => {
    let sum = 0;
    return values.map((value) => {
      if (value === null || !differences) return value;
      sum += value;
      return sum as T;
    });
  };
  // Format 3 keeps of each id and name only what follows the part it shares with the previous one's.
  const unshared = (name: "id" | "name"): string[] => {
    const rest = column<string>(name, text, "texts");
    if (version < 3) return rest;
    let previous = "";
    const shared = column<number>(`${name}Shared`, integer, "whole numbers");
    return rest.map((end, position) => {
      const length = shared[position] as number;
      if (length < 0 || length > previous.length) {
        throw fail(
          `expected ${name}Shared[${position}] to be at most ${previous.length}, received ${length}.`,
        );
      }
      previous = previous.slice(0, length) + end;
      return previous;
    });
  };
  const ids = unshared("id");
  const orders = summed(column<number>("order", integer, "whole numbers"));
  const provider = column<number>("provider", positionIn(providers), "positions in providers");
  const name = unshared("name");
  const masks = ["programmes", "topics", "channels"] as const;
  const [programmes, topics, channels] = masks.map((mask) =>
    column<number>(mask, integer, "bit masks").map((bits) => valuesOf(manifest.vocabularies[mask], bits)),
  ) as [string[][], string[][], string[][]];
  const languages = column<string>("languages", text, "texts").map((value, position) =>
    version === 3
      ? languagesOf(languageCodes as string[], value, () =>
          fail(
            `expected languages[${position}] to name languages of the manifest, received ${JSON.stringify(value)}.`,
          ),
        )
      : split(value),
  );
  const lat = summed(column<number | null>("lat", integerOrNull, "whole numbers or null"));
  const lon = summed(column<number | null>("lon", integerOrNull, "whole numbers or null"));
  const approximate = column<number>("approximate", flag, "0 or 1");
  const ags = column<string>("ags", text, "texts");
  const street = column<string>("street", text, "texts");
  const postalCode = column<string>("postalCode", text, "texts");
  const city = column<string>("city", text, "texts");
  const state = column<string>("state", text, "texts");
  const addition = column<string>("addition", text, "texts");
  const serviceArea = column<string>("serviceArea", text, "texts");
  const ageMin = column<number | null>("ageMin", integerOrNull, "whole numbers or null");
  const ageMax = column<number | null>("ageMax", integerOrNull, "whole numbers or null");
  const stepFree = column<number>("stepFree", flag, "0 or 1");
  const fictional = column<number>("fictional", flag, "0 or 1");
  const hours = column<number>("hours", positionIn(hoursTable, true), "positions in hoursTable or -1");
  // Since 1.1, and only in regions with outreach places: older folders have them in the details only.
  // Format 3 writes places as arrays (CompactPlace), expanded and checked with their office below.
  const outreach =
    json.outreach === undefined
      ? undefined
      : column<OutreachPlace[] | CompactPlace[] | 0>(
          "outreach",
          (value) => value === 0 || (version === 3 ? Array.isArray(value) : isPlaceList(value)),
          "places or 0",
        );

  const offices: Office[] = [];
  const derived = new Map<string, DerivedFields>();
  for (let i = 0; i < count; i++) {
    yield;
    const id = ids[i] as string;
    const office: Office = {
      id,
      providerId: (providers[provider[i] as number] as Provider).id,
      name: name[i] as string,
      programmes: programmes[i] as Office["programmes"],
      serviceArea: split(serviceArea[i] as string),
      contact: { phones: [], emails: [] },
      languages: languages[i] as string[],
      topics: topics[i] as Office["topics"],
      targetGroups: [],
      channels: channels[i] as Office["channels"],
    };
    if (postalCode[i]) {
      office.address = {
        street: street[i] as string,
        postalCode: postalCode[i] as string,
        city: city[i] as string,
        state: state[i] as StateCode,
      };
      if (addition[i]) office.address.addition = addition[i] as string;
    }
    const latitude = lat[i];
    const longitude = lon[i];
    if (latitude != null && longitude != null) {
      office.geo = { lat: latitude / COORDINATE_SCALE, lon: longitude / COORDINATE_SCALE };
    }
    const min = ageMin[i];
    const max = ageMax[i];
    if (min != null || max != null) {
      office.ageRange = {};
      if (min != null) office.ageRange.min = min;
      if (max != null) office.ageRange.max = max;
    }
    // Only "step-free: yes" filters; the full answers come with the details.
    if (stepFree[i])
      office.accessibility = { stepFree: true, accessibleToilet: "unknown", hearingLoop: "unknown" };
    if (fictional[i]) office.fictional = true;
    const hoursAt = hours[i] as number;
    if (hoursAt >= 0) office.openingHours = hoursTable[hoursAt] as OpeningHours;
    let places: unknown = outreach?.[i];
    if (places && version === 3) {
      const own = [postalCode[i], city[i], state[i], ags[i]] as string[];
      places = (places as unknown[]).map((place) => placeOf(place, own, [latitude, longitude]));
      if (!isPlaceList(places)) {
        throw fail(`expected outreach[${i}] to be places, received ${JSON.stringify(outreach?.[i])}.`);
      }
    }
    if (places) office.outreach = places as OutreachPlace[];
    offices.push(office);
    if (approximate[i] || ags[i]) {
      const fields: DerivedFields = {};
      if (ags[i]) fields.ags = ags[i] as string;
      if (approximate[i]) fields.approximate = true;
      derived.set(id, fields);
    }
  }
  return { region: String(json.region), offices, orders, providers: providers as Provider[], derived };
}

/** Decodes one details file into the detail fields of each office, by id. */
export function decodeDetailsPart(json: unknown, file: string): Map<string, Partial<Office>> {
  const fail = (message: string) => new PublishedDataError(file, message);
  if (!isRecord(json)) throw fail("expected a JSON object.");
  if (json.format !== DETAILS_FORMAT) {
    throw fail(`expected the format "${DETAILS_FORMAT}", received ${JSON.stringify(json.format)}.`);
  }
  const { id, records } = json;
  if (!isStringArray(id) || !Array.isArray(records) || records.length !== id.length) {
    throw fail('expected "id" and "records" to be lists of the same length.');
  }
  const details = new Map<string, Partial<Office>>();
  records.forEach((record, position) => {
    if (!isRecord(record)) throw fail(`expected records[${position}] to be an object.`);
    if (record.contact !== undefined) {
      const contact = record.contact;
      if (!isRecord(contact) || !Array.isArray(contact.phones) || !Array.isArray(contact.emails)) {
        throw fail(`expected records[${position}].contact to have lists of phones and emails.`);
      }
    }
    details.set(id[position] as string, record as Partial<Office>);
  });
  return details;
}

/**
 * A CompactPlace of index format 3 as the place it stands for, given the office's postcode, city, state
 * and municipality key and its position in 1/COORDINATE_SCALE degree; what is not a CompactPlace comes
 * back as it is, for the caller's check to refuse.
 */
function placeOf(place: unknown, own: string[], [lat, lon]: (number | null | undefined)[]): unknown {
  if (!Array.isArray(place)) return place;
  const [name, street, postalCode, city, state, key, dLat, dLon, slots, rest] = place;
  const address = { street, postalCode: postalCode || own[0], city: city || own[1], state: state || own[2] };
  if (key !== null) Object.assign(address, { municipalityKey: key || own[3] });
  const result: Record<string, unknown> = { name, address };
  if (dLat !== null)
    result.geo = { lat: (dLat + (lat ?? 0)) / COORDINATE_SCALE, lon: (dLon + (lon ?? 0)) / COORDINATE_SCALE };
  result.slots = Array.isArray(slots) ? slots.map((slot) => ({ kind: "consultation", ...slot })) : slots;
  if (isRecord(rest)) {
    const { addition, ...others } = rest;
    if (addition !== undefined) Object.assign(address, { addition });
    Object.assign(result, others);
  }
  return result;
}

/** `value` if it is a list of opening hours `nextOpening` can read, else throws through `fail`. */
function checkHours(value: unknown, name: string, fail: (message: string) => Error): OpeningHours[] {
  if (!Array.isArray(value)) throw fail(`expected "${name}" to be a list.`);
  value.forEach((hours, position) => {
    const problem = hoursProblem(hours);
    if (problem) throw fail(`${name}[${position}]: ${problem}`);
  });
  return value;
}

/** What is wrong with a set of opening hours for `nextOpening`, or undefined. */
function hoursProblem(hours: unknown): string | undefined {
  if (!isRecord(hours) || !isRecord(hours.weekly) || !Array.isArray(hours.exceptions)) {
    return 'expected an object with "weekly" and "exceptions".';
  }
  for (const [day, slots] of Object.entries(hours.weekly)) {
    if (!Array.isArray(slots) || !slots.every(isSlot)) return `expected weekly.${day} to be a list of slots.`;
  }
  for (const [position, exception] of hours.exceptions.entries()) {
    const ok =
      isRecord(exception) &&
      typeof exception.from === "string" &&
      typeof exception.to === "string" &&
      typeof exception.closed === "boolean" &&
      (exception.slots === undefined || (Array.isArray(exception.slots) && exception.slots.every(isSlot)));
    if (!ok) return `expected exceptions[${position}] to have from, to, closed and slots.`;
  }
  return undefined;
}

const TIME = /^\d\d:\d\d$/;

/** Outreach places with what search and `nextOutreachVisit` read: an address and recurring slots. */
function isPlaceList(places: unknown): places is OutreachPlace[] {
  return (
    Array.isArray(places) &&
    places.every(
      (place) =>
        isRecord(place) && isRecord(place.address) && Array.isArray(place.slots) && place.slots.every(isSlot),
    )
  );
}

function isSlot(slot: unknown): slot is TimeSlot {
  return (
    isRecord(slot) &&
    typeof slot.from === "string" &&
    typeof slot.to === "string" &&
    TIME.test(slot.from) &&
    TIME.test(slot.to) &&
    typeof slot.kind === "string"
  );
}

function valuesOf(vocabulary: readonly string[], bits: number): string[] {
  const values: string[] = [];
  for (let position = 0; position < vocabulary.length; position++) {
    if (bits & (1 << position)) values.push(vocabulary[position] as string);
  }
  return values;
}

/** Index format 3's characters of languages (see LANGUAGE_DIGITS) as codes; `fail` for one not in `codes`. */
function languagesOf(codes: readonly string[], digits: string, fail: () => Error): string[] {
  const languages: string[] = [];
  const digitAt = (at: number) => {
    const digit = digits[at];
    return digit === undefined ? -1 : LANGUAGE_DIGITS.indexOf(digit);
  };
  for (let at = 0; at < digits.length; at++) {
    let position = digitAt(at);
    if (digits[at] === "~") {
      const high = digitAt(at + 1);
      const low = digitAt(at + 2);
      position = high < 1 || low < 0 ? -1 : high * LANGUAGE_DIGITS.length + low;
      at += 2;
    }
    const code = codes[position];
    if (position < 0 || code === undefined) throw fail();
    languages.push(code);
  }
  return languages;
}

function split(text: string): string[] {
  return text === "" ? [] : text.split(" ");
}

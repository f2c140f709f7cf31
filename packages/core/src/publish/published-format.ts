/**
 * The published form of a dataset: a folder of static files that any web server or CDN serves as-is.
 * `manifest.json` names every other file; those carry a content hash in their names, so servers can
 * send them with `Cache-Control: immutable`. Offices are split by the first two digits of their
 * postcode, and a dense region into pieces of nearby offices (`50-1`, `50-2`…), so a search fetches
 * only the regions its radius touches:
 * - `index-<region>.<hash>.json`: what search, filters, sorting, "open now" and the result card need,
 *   as columns (one array per field, one entry per office), with hours and providers stored once per file;
 * - `details-<region>.<hash>.json`: the rest of each office (description, contact, accessibility…),
 *   fetched when a person is shown or opens an office.
 * Online services (no address) form the region `online`, which every search loads.
 *
 * This module holds only types and constants, so the browser's decoder imports nothing heavy.
 */
import type { OpeningHours, OutreachPlace, Provider, Publisher } from "@beratungsfinder/schemas";

/**
 * Version 3 adds `vocabularies.languages`, which index files of format 3 refer to; version 2 added
 * `hours`, the opening hours many regions share. The decoder still reads versions 1 and 2.
 */
export const MANIFEST_FORMAT = "beratungsfinder-published/3";
export const MANIFEST_FORMAT_2 = "beratungsfinder-published/2";
export const MANIFEST_FORMAT_1 = "beratungsfinder-published/1";
/**
 * Version 3 stores each office's languages as one character per language (its position in the
 * manifest's `vocabularies.languages`, see LANGUAGE_DIGITS), and `id` and `name` as what differs from
 * the previous office's (`idShared`, `nameShared`): the first search of a national dataset loads
 * thousands of offices, and a city's offices share most of their names. Version 2 stores `order`, `lat`
 * and `lon` as differences from the previous office's, so runs of offices gzip to little. The decoder
 * still reads versions 1 and 2.
 */
export const INDEX_FORMAT = "beratungsfinder-index/3";
/** Languages as codes, ids and names in full. */
export const INDEX_FORMAT_2 = "beratungsfinder-index/2";
/** The first index format: `order`, `lat` and `lon` absolute. */
export const INDEX_FORMAT_1 = "beratungsfinder-index/1";
export const DETAILS_FORMAT = "beratungsfinder-details/1";

/** The region of online services without an address; every search loads it. */
export const ONLINE_REGION = "online";
/** The manifest's name in a published folder; every other file is named by it. */
export const MANIFEST_FILE = "manifest.json";

/**
 * The characters of index format 3's languages: position 0 to 63 in the manifest's `vocabularies.languages`
 * is one of these; a later position is "~" followed by two of them (64 × high + low). Characters JSON
 * writes as they are, so a file holds one byte per language.
 */
export const LANGUAGE_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";

/** Coordinates are stored as integers of 1/COORDINATE_SCALE degree (about 1 m). */
export const COORDINATE_SCALE = 100_000;

/**
 * Hex digits of a file's SHA-256 that its name carries (40 bits): enough to tell the versions of one
 * region apart, and short, because a national dataset's manifest lists hundreds of files.
 */
export const HASH_LENGTH = 10;

/**
 * A 2-digit postcode region with more located offices than this is cut into pieces of at most this many
 * nearby offices (a national dataset has thousands per region). Smaller pieces cost more than they save
 * at 50,000 offices: each file repeats its providers and hours, and each adds a manifest entry.
 */
export const REGION_SPLIT_THRESHOLD = 256;

/**
 * How manifest format 3 writes `regions` (`manifestJson`): one list per field, one entry per region, so
 * the manifest every visit downloads does not repeat field names, file names and keys for hundreds of
 * regions. File names are rebuilt from key and hash (`hashedName`); bounds are integers of 1/100 degree,
 * four per region that has bounds, each the difference from the previous such region's same value.
 * The reader takes a list of regions (as formats 1 and 2 have it) too.
 */
export interface CompactRegions {
  key: string[];
  count: number[];
  /** The HASH_LENGTH hex digits of each region's index and details file names. */
  index: string[];
  details: string[];
  /** Keys of the regions without bounds (`online`, or offices without coordinates only). */
  unbounded: string[];
  bounds: number[];
  /** Keys of the regions holding offices without coordinates. */
  unlocated: string[];
}

/** One region (2-digit postcode area, a piece `50-1` of a dense one, or `online`) with its two files. */
export interface PublishedRegion {
  key: string;
  /** Offices in this region. */
  count: number;
  /**
   * The box around the region's offices with coordinates and their outreach places with coordinates
   * (which may lie in another region: a search near the place must load the office),
   * `[minLat, minLon, maxLat, maxLon]`, rounded outwards to two decimals; null when none has any.
   */
  bounds: [number, number, number, number] | null;
  /** Whether the region holds offices without coordinates (only searches without a point find them). */
  unlocated: boolean;
  /** File names, each with the content hash in it (`hashedName`). */
  index: string;
  details: string;
}

export interface PublishedManifest {
  format: typeof MANIFEST_FORMAT;
  dataset: {
    schemaVersion: string;
    name: string;
    publisher: Publisher;
    license: string;
    attribution?: string;
    fictional: boolean;
    /** When the source dataset was generated. */
    generatedAt: string;
  };
  /** When this folder was written (ISO 8601). */
  builtAt: string;
  counts: {
    offices: number;
    providers: number;
    /** Online services without address. */
    online: number;
    /** Offices whose position was filled in from their postcode (approximate). */
    approximate: number;
    regions: number;
  };
  /**
   * The closed lists the bit masks of the index files refer to, in bit order; since format 3 also the
   * dataset's language codes, most used first, which index files of format 3 refer to by position.
   */
  vocabularies: { programmes: string[]; topics: string[]; channels: string[]; languages?: string[] };
  /**
   * Since format 2: sets of opening hours used in several regions, stored once here instead of in each
   * of their index files (a national dataset's offices share a few dozen; the first search loads a dozen files).
   */
  hours?: OpeningHours[];
  /** Every file of the folder is the index or details file of one region. */
  regions: PublishedRegion[];
}

/** One index file: one array per field, each with one entry per office, offices in dataset order. */
export interface IndexPart {
  format: typeof INDEX_FORMAT;
  region: string;
  /**
   * Position of each office in the source dataset, so merged regions keep the dataset's order; as the
   * difference from the previous office's (the first office's own), so runs of offices are runs of 1.
   */
  order: number[];
  /** Since format 3: what follows the first `idShared[i]` characters of the previous office's id. */
  id: string[];
  /** Since format 3: how many characters the id shares with the previous office's (0 for the first). */
  idShared: number[];
  /** Index into `providers`. */
  provider: number[];
  providers: Provider[];
  /** Since format 3: as `id`, what follows the first `nameShared[i]` characters of the previous name. */
  name: string[];
  nameShared: number[];
  /** Bit masks over the manifest's vocabularies. */
  programmes: number[];
  topics: number[];
  channels: number[];
  /**
   * Since format 3: one character of LANGUAGE_DIGITS per language (two after "~" beyond the 64th), its
   * position in the manifest's `vocabularies.languages`; "" for none. Format 1 and 2: codes separated by
   * spaces.
   */
  languages: string[];
  /**
   * Integers of 1/COORDINATE_SCALE degree, as the difference from the previous office with coordinates
   * (the first one's own value); null without coordinates.
   */
  lat: (number | null)[];
  lon: (number | null)[];
  /** 1 when the position was filled in from the postcode. */
  approximate: number[];
  /** 8-digit official key of the office's municipality, from its postcode; "" when unknown. */
  ags: string[];
  /** Address fields; an office without address has "" as postcode (and everywhere else). */
  street: string[];
  postalCode: string[];
  city: string[];
  state: string[];
  addition: string[];
  /** Official keys separated by spaces. */
  serviceArea: string[];
  ageMin: (number | null)[];
  ageMax: (number | null)[];
  stepFree: number[];
  fictional: number[];
  /**
   * Position in the manifest's `hours` followed by `hoursTable` (format 1: in `hoursTable`); -1 for none.
   * Offices share hours often, so each set is stored once.
   */
  hours: number[];
  hoursTable: OpeningHours[];
  /**
   * Since 1.1, only in regions where an office has outreach places (absent in older folders): each office's
   * places, 0 for none. Search finds an office by its places and the card shows the next date. Format 3
   * writes each place as a CompactPlace.
   */
  outreach?: (OutreachPlace[] | CompactPlace[] | 0)[];
}

/**
 * An outreach place in index format 3: `[name, street, postalCode, city, state, municipalityKey, lat, lon,
 * slots, rest]`. Postcode, city and state are "" when they are the office's own, the municipality key "" when it is
 * the office's `ags` (most places lie in the office's town) and null when the place has none; lat and lon are
 * integers of 1/COORDINATE_SCALE degree, the difference from the office's position when it has one, null
 * without a position; slots leave out `kind` when it is "consultation"; `rest` holds the place's other
 * fields (addition, note), or is left out.
 */
export type CompactPlace = [
  string,
  string,
  string,
  string,
  string,
  string | null,
  number | null,
  number | null,
  Record<string, unknown>[],
  Record<string, unknown>?,
];

/** The fields of an office that the index leaves out, per office in the index's order. */
export interface DetailsPart {
  format: typeof DETAILS_FORMAT;
  region: string;
  id: string[];
  records: Record<string, unknown>[];
}

/**
 * Fields of `Office` that live in the details file rather than the index. `languages` is in the index as
 * codes; an office with 1.1 language offers (mode, note) has the full entries in its details too.
 * `outreach` is in the index too (search needs it), and stays here for readers older than that column.
 */
export const DETAIL_FIELDS = [
  "description",
  "contact",
  "accessibility",
  "languageNote",
  "targetGroups",
  "lastVerified",
  "source",
  // Since 1.1.
  "womanCounsellor",
  "freeOfCharge",
  "intake",
  "outreach",
] as const;

/** "index-50.3f2a9c1b7e.json": the region's key and the first HASH_LENGTH hex digits of the content's SHA-256. */
export function hashedName(kind: "index" | "details", region: string, sha256: string): string {
  return `${kind}-${region}.${sha256.slice(0, HASH_LENGTH)}.json`;
}

/** The content hash a file name carries, or undefined for a name `hashedName` did not make. */
export function hashInName(path: string): string | undefined {
  return new RegExp(`\\.([0-9a-f]{${HASH_LENGTH}})\\.json$`).exec(path)?.[1];
}

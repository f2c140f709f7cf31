import type {
  Dataset,
  GeoPoint,
  Office,
  OpeningHours,
  OutreachPlace,
  Provider,
} from "@beratungsfinder/schemas";
import { CHANNELS, languageCodeOf, PROGRAMMES, TOPICS } from "@beratungsfinder/schemas/vocabulary";
import { facetMask } from "../search/facet-mask.js";
import {
  COORDINATE_SCALE,
  type CompactPlace,
  type CompactRegions,
  DETAIL_FIELDS,
  DETAILS_FORMAT,
  type DetailsPart,
  hashedName,
  INDEX_FORMAT,
  type IndexPart,
  LANGUAGE_DIGITS,
  MANIFEST_FORMAT,
  ONLINE_REGION,
  type PublishedManifest,
  type PublishedRegion,
  REGION_SPLIT_THRESHOLD,
} from "./published-format.js";

/** What publishing worked out for an office beyond its own fields. */
export interface DerivedFields {
  /** 8-digit official key of the municipality of the office's postcode. */
  ags?: string;
  /** The position was filled in from the postcode's centre. */
  approximate?: boolean;
}

export interface EncodePublishedOptions {
  /** SHA-256 of a text, as hex: injected so this module runs anywhere (Node's crypto is sync, the browser's is not). */
  sha256(text: string): string;
  /** Recorded as `builtAt`. */
  builtAt: Date;
  /** Per office id. */
  derived?: ReadonlyMap<string, DerivedFields>;
}

export interface EncodedPublished {
  manifest: PublishedManifest;
  /** Every file but the manifest, with its content. */
  files: { path: string; text: string }[];
}

/**
 * Turns a validated dataset into the files of a published folder (see published-format.ts). Pure:
 * writing them is the caller's job (`publish` in the Node subpath does it).
 *
 * @example
 * const { manifest, files } = encodePublished(dataset, { sha256, builtAt: new Date() });
 */
export function encodePublished(dataset: Dataset, options: EncodePublishedOptions): EncodedPublished {
  const programmes = facetMask(PROGRAMMES);
  const topics = facetMask(TOPICS);
  const channels = facetMask(CHANNELS);
  const providers = new Map(dataset.providers.map((provider) => [provider.id, provider]));

  const byRegion = regionsOf(dataset.offices);
  const keys = [...byRegion.keys()].sort();

  const files: { path: string; text: string }[] = [];
  const add = (kind: "index" | "details", region: string, part: unknown): string => {
    const text = JSON.stringify(part);
    const path = hashedName(kind, region, options.sha256(text));
    files.push({ path, text });
    return path;
  };

  const sharedHours = hoursInSeveral(byRegion);
  const languages = languagesByUse(dataset.offices);
  const languageDigits = new Map(languages.map((code, position) => [code, languageDigit(position)]));
  const regions: PublishedRegion[] = [];
  let approximate = 0;
  for (const key of keys) {
    const entries = byRegion.get(key) ?? [];
    const part = emptyIndex(key);
    const details: DetailsPart = { format: DETAILS_FORMAT, region: key, id: [], records: [] };
    const providerSlots = new Map<string, number>();
    const hoursSlots = new Map<string, number>();
    const outreach: (CompactPlace[] | 0)[] = [];
    // Differences from the previous office's order, position, id and name (see INDEX_FORMAT).
    let previous = { order: 0, lat: 0, lon: 0, id: "", name: "" };
    let bounds: [number, number, number, number] | null = null;
    let unlocated = false;
    for (const { office, order } of entries) {
      const derived = options.derived?.get(office.id) ?? {};
      part.order.push(order - previous.order);
      previous.order = order;
      const id = sharedStart(previous.id, office.id);
      part.idShared.push(id);
      part.id.push(office.id.slice(id));
      previous.id = office.id;
      part.provider.push(
        slot(providerSlots, office.providerId, () => {
          part.providers.push(providers.get(office.providerId) as Provider);
        }),
      );
      const name = sharedStart(previous.name, office.name);
      part.nameShared.push(name);
      part.name.push(office.name.slice(name));
      previous.name = office.name;
      part.programmes.push(programmes.mask(office.programmes));
      part.topics.push(topics.mask(office.topics));
      part.channels.push(channels.mask(office.channels));
      part.languages.push(
        office.languages.map((entry) => languageDigits.get(languageCodeOf(entry)) as string).join(""),
      );
      const geo = office.geo;
      if (geo) {
        const lat = Math.round(geo.lat * COORDINATE_SCALE);
        const lon = Math.round(geo.lon * COORDINATE_SCALE);
        part.lat.push(lat - previous.lat);
        part.lon.push(lon - previous.lon);
        previous = { ...previous, lat, lon };
      } else {
        part.lat.push(null);
        part.lon.push(null);
      }
      if (!geo) unlocated = true;
      // A search near an outreach place must load its office, wherever the office's own postcode lies.
      for (const point of [geo, ...(office.outreach ?? []).map((place) => place.geo)]) {
        if (!point) continue;
        bounds = bounds
          ? [
              Math.min(bounds[0], point.lat),
              Math.min(bounds[1], point.lon),
              Math.max(bounds[2], point.lat),
              Math.max(bounds[3], point.lon),
            ]
          : [point.lat, point.lon, point.lat, point.lon];
      }
      part.approximate.push(derived.approximate ? 1 : 0);
      if (derived.approximate) approximate++;
      part.ags.push(office.address?.municipalityKey ?? derived.ags ?? "");
      const address = office.address;
      part.street.push(address?.street ?? "");
      part.postalCode.push(address?.postalCode ?? "");
      part.city.push(address?.city ?? "");
      part.state.push(address?.state ?? "");
      part.addition.push(address?.addition ?? "");
      part.serviceArea.push(office.serviceArea.join(" "));
      part.ageMin.push(office.ageRange?.min ?? null);
      part.ageMax.push(office.ageRange?.max ?? null);
      part.stepFree.push(office.accessibility?.stepFree === true ? 1 : 0);
      part.fictional.push(office.fictional ? 1 : 0);
      const hours = office.openingHours;
      const hoursKey = hours && JSON.stringify(hours);
      part.hours.push(
        hours && hoursKey
          ? (sharedHours.positions.get(hoursKey) ??
              sharedHours.table.length + slot(hoursSlots, hoursKey, () => part.hoursTable.push(hours)))
          : -1,
      );
      const ownKey = part.ags[part.ags.length - 1] as string;
      outreach.push(office.outreach?.map((place) => compactPlace(place, office, ownKey)) ?? 0);
      details.id.push(office.id);
      details.records.push(detailRecord(office));
    }
    // Only where an office has outreach places, so the other regions' files stay as they were.
    if (outreach.some((places) => places !== 0)) part.outreach = outreach;
    const index = add("index", key, part);
    const detailsFile = add("details", key, details);
    regions.push({
      key,
      count: entries.length,
      bounds: bounds && outward(bounds),
      unlocated,
      index,
      details: detailsFile,
    });
  }

  const manifest: PublishedManifest = {
    format: MANIFEST_FORMAT,
    dataset: {
      schemaVersion: dataset.schemaVersion,
      name: dataset.name,
      publisher: dataset.publisher,
      license: dataset.license,
      ...(dataset.attribution ? { attribution: dataset.attribution } : {}),
      fictional: dataset.fictional,
      generatedAt: dataset.generatedAt,
    },
    builtAt: options.builtAt.toISOString(),
    counts: {
      offices: dataset.offices.length,
      providers: dataset.providers.length,
      online: byRegion.get(ONLINE_REGION)?.length ?? 0,
      approximate,
      regions: regions.length,
    },
    vocabularies: { programmes: [...PROGRAMMES], topics: [...TOPICS], channels: [...CHANNELS], languages },
    hours: sharedHours.table,
    regions,
  };
  return { manifest, files };
}

/**
 * The text of `manifest.json`: the manifest with its regions as columns (see CompactRegions), without
 * indentation, because every visit downloads it.
 */
export function manifestJson(manifest: PublishedManifest): string {
  const hash = (path: string) => path.slice(path.lastIndexOf(".", path.length - 6) + 1, -5);
  const regions: CompactRegions = {
    key: [],
    count: [],
    index: [],
    details: [],
    unbounded: [],
    bounds: [],
    unlocated: [],
  };
  let previous = [0, 0, 0, 0];
  for (const region of manifest.regions) {
    regions.key.push(region.key);
    regions.count.push(region.count);
    regions.index.push(hash(region.index));
    regions.details.push(hash(region.details));
    if (region.unlocated) regions.unlocated.push(region.key);
    if (!region.bounds) {
      regions.unbounded.push(region.key);
      continue;
    }
    const bounds = region.bounds.map((value) => Math.round(value * 100));
    regions.bounds.push(...bounds.map((value, position) => value - (previous[position] as number)));
    previous = bounds;
  }
  manifest.regions.forEach((region, position) => {
    const names = [
      hashedName("index", region.key, regions.index[position] as string),
      hashedName("details", region.key, regions.details[position] as string),
    ];
    if (names[0] !== region.index || names[1] !== region.details) {
      throw new Error(
        `The files of region "${region.key}" are not named by hashedName: ${region.index}, ${region.details}.`,
      );
    }
  });
  return `${JSON.stringify({ ...manifest, regions })}\n`;
}

type Entry = { office: Office; order: number };

/** An outreach place as index format 3 writes it (see CompactPlace); `ownKey` is the office's `ags` entry. */
function compactPlace(place: OutreachPlace, office: Office, ownKey: string): CompactPlace {
  const { street, postalCode, city, state, municipalityKey, ...address } = place.address;
  const own = office.address;
  const scaled = (value: number) => Math.round(value * COORDINATE_SCALE);
  const { name, geo, slots, address: _, ...others } = place;
  const rest = { ...address, ...others };
  const compact: CompactPlace = [
    name,
    street,
    postalCode === own?.postalCode ? "" : postalCode,
    city === own?.city ? "" : city,
    state === own?.state ? "" : state,
    municipalityKey === undefined ? null : municipalityKey === ownKey ? "" : municipalityKey,
    geo ? scaled(geo.lat) - (office.geo ? scaled(office.geo.lat) : 0) : null,
    geo ? scaled(geo.lon) - (office.geo ? scaled(office.geo.lon) : 0) : null,
    slots.map(({ kind, ...slot }) => (kind === "consultation" ? slot : { ...slot, kind })),
  ];
  if (Object.keys(rest).length > 0) compact.push(rest);
  return compact;
}

/** The dataset's language codes, most used first (then alphabetical), so most offices' take one character each. */
function languagesByUse(offices: readonly Office[]): string[] {
  const uses = new Map<string, number>();
  for (const office of offices) {
    for (const entry of office.languages) {
      const code = languageCodeOf(entry);
      uses.set(code, (uses.get(code) ?? 0) + 1);
    }
  }
  return [...uses.keys()].sort(
    (a, b) => (uses.get(b) as number) - (uses.get(a) as number) || (a < b ? -1 : 1),
  );
}

/** A position in the manifest's languages as index format 3 writes it (see LANGUAGE_DIGITS). */
function languageDigit(position: number): string {
  if (position < LANGUAGE_DIGITS.length) return LANGUAGE_DIGITS[position] as string;
  const high = Math.floor(position / LANGUAGE_DIGITS.length);
  if (high >= LANGUAGE_DIGITS.length)
    throw new RangeError(`More than 4,096 language codes (${position + 1}).`);
  return `~${LANGUAGE_DIGITS[high]}${LANGUAGE_DIGITS[position % LANGUAGE_DIGITS.length]}`;
}

/** How many characters `text` starts with that `previous` starts with too (never half a surrogate pair). */
function sharedStart(previous: string, text: string): number {
  let shared = 0;
  while (shared < text.length && previous.charCodeAt(shared) === text.charCodeAt(shared)) shared++;
  const last = text.charCodeAt(shared - 1);
  return last >= 0xd800 && last <= 0xdbff ? shared - 1 : shared;
}

/** Regions that must share a set of opening hours before it moves to the manifest. */
const SHARED_HOURS_REGIONS = 3;

/**
 * The sets of opening hours used in SHARED_HOURS_REGIONS regions or more, for the manifest: templates
 * many offices use. Hours of one or two regions stay in their files, so a dataset whose offices each
 * have their own hours does not grow the manifest every search loads.
 */
function hoursInSeveral(byRegion: ReadonlyMap<string, Entry[]>) {
  const usage = new Map<string, { hours: OpeningHours; regions: Set<string> }>();
  for (const [key, entries] of byRegion) {
    for (const { office } of entries) {
      if (!office.openingHours) continue;
      const text = JSON.stringify(office.openingHours);
      const entry = usage.get(text) ?? { hours: office.openingHours, regions: new Set<string>() };
      usage.set(text, entry);
      entry.regions.add(key);
    }
  }
  const table: OpeningHours[] = [];
  const positions = new Map<string, number>();
  for (const [text, { hours, regions }] of usage) {
    if (regions.size < SHARED_HOURS_REGIONS) continue;
    positions.set(text, table.length);
    table.push(hours);
  }
  return { table, positions };
}

/**
 * The offices of each region: the first two digits of the postcode; a region with more than
 * REGION_SPLIT_THRESHOLD offices is cut in halves at the middle office along its longer side, again
 * and again, into pieces `50-1`, `50-2`… of at most that many, each covering a small box, so a search
 * in a dense city fetches only the pieces near it. (Postcodes would not do: a city's offices often
 * share a few.) Online services (no address) are the region `online`.
 */
function regionsOf(offices: readonly Office[]): Map<string, Entry[]> {
  const byPostcode = new Map<string, Entry[]>();
  offices.forEach((office, order) => {
    const key = office.address?.postalCode.slice(0, 2) ?? ONLINE_REGION;
    const list = byPostcode.get(key) ?? [];
    if (list.length === 0) byPostcode.set(key, list);
    list.push({ office, order });
  });
  const regions = new Map<string, Entry[]>();
  for (const [key, entries] of byPostcode) {
    const located = entries.filter((entry) => entry.office.geo);
    if (key === ONLINE_REGION || located.length <= REGION_SPLIT_THRESHOLD) {
      regions.set(key, entries);
      continue;
    }
    const pieces = halves(located);
    // Offices without a position are found only by searches without a point, which load every piece.
    pieces[0]?.push(...entries.filter((entry) => !entry.office.geo));
    pieces.forEach((piece, position) => {
      regions.set(
        `${key}-${position + 1}`,
        piece.sort((a, b) => a.order - b.order),
      );
    });
  }
  return regions;
}

/** Cuts located offices at the middle one along the longer side of their box until each part is small enough. */
function halves(entries: Entry[]): Entry[][] {
  if (entries.length <= REGION_SPLIT_THRESHOLD) return [entries];
  const lats = entries.map((entry) => (entry.office.geo as GeoPoint).lat);
  const lons = entries.map((entry) => (entry.office.geo as GeoPoint).lon);
  const height = Math.max(...lats) - Math.min(...lats);
  const width = (Math.max(...lons) - Math.min(...lons)) * Math.cos((Math.min(...lats) * Math.PI) / 180);
  const axis = width > height ? "lon" : "lat";
  const sorted = [...entries].sort(
    (a, b) => (a.office.geo as GeoPoint)[axis] - (b.office.geo as GeoPoint)[axis],
  );
  const middle = Math.ceil(sorted.length / 2);
  return [...halves(sorted.slice(0, middle)), ...halves(sorted.slice(middle))];
}

/** Bounds rounded outward to 1/1000 degree (about 100 m): shorter in the manifest, never smaller. */
function outward([minLat, minLon, maxLat, maxLon]: [number, number, number, number]): [
  number,
  number,
  number,
  number,
] {
  // Two decimals (about 1 km) are enough to pick regions, and a national manifest lists hundreds of boxes.
  const down = (value: number) => Math.floor(value * 100) / 100;
  const up = (value: number) => Math.ceil(value * 100) / 100;
  return [down(minLat), down(minLon), up(maxLat), up(maxLon)];
}

/** The position of `key` in a per-file table, adding it (through `append`) the first time. */
function slot(slots: Map<string, number>, key: string, append: () => void): number {
  let position = slots.get(key);
  if (position === undefined) {
    position = slots.size;
    slots.set(key, position);
    append();
  }
  return position;
}

function detailRecord(office: Office): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const field of DETAIL_FIELDS) {
    const value = office[field];
    if (value !== undefined) record[field] = value;
  }
  // The index has the codes search needs; how each language is offered (1.1) comes with the details.
  if (office.languages.some((entry) => typeof entry !== "string")) record.languages = office.languages;
  return record;
}

function emptyIndex(region: string): IndexPart {
  return {
    format: INDEX_FORMAT,
    region,
    order: [],
    id: [],
    idShared: [],
    provider: [],
    providers: [],
    name: [],
    nameShared: [],
    programmes: [],
    topics: [],
    channels: [],
    languages: [],
    lat: [],
    lon: [],
    approximate: [],
    ags: [],
    street: [],
    postalCode: [],
    city: [],
    state: [],
    addition: [],
    serviceArea: [],
    ageMin: [],
    ageMax: [],
    stepFree: [],
    fictional: [],
    hours: [],
    hoursTable: [],
  };
}

import { createHash } from "node:crypto";
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  DatasetValidationError,
  type DerivedFields,
  deriveMunicipalityKeys,
  encodePublished,
  type Geocoder,
  MANIFEST_FILE,
  manifestJson,
  type PublishedManifest,
} from "@beratungsfinder/core";
import type { Dataset, InvalidOffice } from "@beratungsfinder/schemas";
import { SchemaError } from "@beratungsfinder/schemas";
import { parseDataset } from "@beratungsfinder/schemas/compiled";

export interface PublishOptions {
  /** The folder to write; created when missing. Files of an earlier publish that are no longer listed are removed. */
  outDir: string;
  /** Fills in municipality keys and missing positions from postcodes; without it they stay as they are. */
  geocoder?: Geocoder;
  /** Recorded as the build time. Default: now. */
  now?: Date;
}

export interface PublishReport {
  manifest: PublishedManifest;
  /** Offices left out because they break the dataset rules, with what is wrong. */
  invalid: InvalidOffice[];
  warnings: string[];
  /** Ids of offices whose position was filled in from their postcode (marked approximate). */
  positioned: string[];
  /** Ids of offices with an address whose postcode is unknown to the geocoder. */
  unlocated: string[];
  /** Bytes written, manifest included. */
  bytes: number;
}

const PUBLISHED_FILE = /^(?:index|details)-[\w-]+\.[0-9a-f]+\.json$/;

/**
 * Validates a dataset with the full rules and writes its published folder (see
 * `publish/published-format.ts`): `manifest.json` plus content-hashed index and details files per
 * 2-digit postcode region, a dense one cut into pieces of nearby offices. Invalid offices are left out and reported; a dataset that is not one at
 * all throws a `DatasetValidationError`.
 *
 * @example
 * const report = await publish(JSON.parse(text), { outDir: "public/offices", geocoder });
 * console.log(report.manifest.counts.offices);
 */
export async function publish(input: unknown, options: PublishOptions): Promise<PublishReport> {
  let parsed: ReturnType<typeof parseDataset>;
  try {
    // Nothing keeps or changes the parsed offices but the files written from them: no need to copy.
    parsed = parseDataset(input, { shareInput: true });
  } catch (error) {
    if (!(error instanceof SchemaError)) throw error;
    throw new DatasetValidationError(error.code, error.message, error.issues, { cause: error });
  }
  const { dataset, derived, positioned, unlocated, keyWarnings } = derive(parsed.dataset, options.geocoder);
  const encoded = encodePublished(dataset, {
    sha256: (text) => createHash("sha256").update(text).digest("hex"),
    builtAt: options.now ?? new Date(),
    derived,
  });

  await mkdir(options.outDir, { recursive: true });
  const keep = new Set(encoded.files.map((file) => file.path));
  for (const name of await readdir(options.outDir)) {
    if (PUBLISHED_FILE.test(name) && !keep.has(name)) await rm(join(options.outDir, name));
  }
  let bytes = 0;
  for (const file of encoded.files) {
    await writeFile(join(options.outDir, file.path), file.text);
    bytes += Buffer.byteLength(file.text);
  }
  // The manifest goes last: a reader never sees it name a file that is not there yet.
  const manifestText = manifestJson(encoded.manifest);
  await writeFile(join(options.outDir, MANIFEST_FILE), manifestText);
  bytes += Buffer.byteLength(manifestText);

  const warnings = [...parsed.warnings, ...keyWarnings];
  for (const id of unlocated) {
    warnings.push(`Office "${id}": its postcode is unknown, so it has no position and no municipality key.`);
  }
  return { manifest: encoded.manifest, invalid: parsed.invalid, warnings, positioned, unlocated, bytes };
}

/**
 * Municipality keys where missing (`deriveMunicipalityKeys`, before positions are filled in, so only an
 * office's own position decides between the municipalities of a postcode), then positions from the postcode.
 */
function derive(dataset: Dataset, geocoder: Geocoder | undefined) {
  const derived = new Map<string, DerivedFields>();
  const positioned: string[] = [];
  const unlocated: string[] = [];
  if (!geocoder) return { dataset, derived, positioned, unlocated, keyWarnings: [] };
  const keyed = deriveMunicipalityKeys(dataset.offices, geocoder);
  const offices = keyed.offices.map((office) => {
    if (!office.address) return office;
    const match = geocoder
      .geocode(office.address.postalCode)
      .find((candidate) => candidate.kind === "postcode");
    if (!match) {
      if (!office.geo) unlocated.push(office.id);
      return office;
    }
    if (office.geo) return office;
    derived.set(office.id, { approximate: true });
    positioned.push(office.id);
    return { ...office, geo: { lat: match.lat, lon: match.lon } };
  });
  return { dataset: { ...dataset, offices }, derived, positioned, unlocated, keyWarnings: keyed.warnings };
}

import { toAsciiDigits } from "./ascii-digits.js";
import type { GeodataManifest } from "./geodata-format.js";
import { nameKeys, spaced } from "./name-keys.js";
import { PiecePlan } from "./piece-plan.js";

/** Longer input is no place name or postcode; lookups answer it with nothing. */
export const MAX_QUERY_LENGTH = 200;

/** The query as the lookups read it: ASCII digits, trimmed; "" for nothing or something too long. */
export function queryText(query: unknown): string {
  const text = typeof query === "string" ? toAsciiDigits(query).trim() : "";
  return text.length > MAX_QUERY_LENGTH ? "" : text;
}

/**
 * What a lookup of `query` (read by `queryText`) loads first: the postcodes starting with its digits,
 * or the names starting like its name's keys (before the part after a comma); undefined for nothing to
 * look up. Near misses and the other keys of a name come later, only when these find nothing.
 */
export type FirstStep =
  | { kind: "postcodes"; digits: string }
  | { kind: "names"; name: string; keys: string[] };

export function firstStep(query: string): FirstStep | undefined {
  if (query === "") return undefined;
  const digits = /(?:^|\D)(\d{5})(?:\D|$)/.exec(query)?.[1] ?? /^(\d{1,5})(?:\s|$)/.exec(query)?.[1];
  if (digits) return { kind: "postcodes", digits };
  if (/^[\d\s]*$/.test(query)) return undefined;
  const name = query.split(",")[0] ?? "";
  return { kind: "names", name, keys: nameKeys(name).map(spaced) };
}

/**
 * The geodata pieces (file names in the folder of `manifest`) that a search for `query` loads first,
 * from the manifest alone: for fetching them ahead, before the geocoder's code has arrived (the
 * widget's CDN file does). The geocoder asks for the same files, and more only if these find nothing.
 *
 * @example
 * firstPieces(manifest, "Köln"); // ["names-ko.d40bda625d.json"]
 */
export function firstPieces(manifest: GeodataManifest, query: string, limit = 100): string[] {
  const step = firstStep(queryText(query));
  if (!step) return [];
  const plan = new PiecePlan(manifest);
  const files =
    step.kind === "postcodes"
      ? plan.postcodes(step.digits, limit)
      : step.keys.flatMap((key) => plan.names(key));
  return [...new Set(files)];
}

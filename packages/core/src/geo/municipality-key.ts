import type { Address, GeoPoint, Office } from "@beratungsfinder/schemas";
import type { Place } from "./decode-pieces.js";
import { distanceKm } from "./distance.js";
import type { Geocoder } from "./geocoder.js";
import { nameKeys } from "./name-keys.js";

/**
 * How an address's municipality key was found, or why it was not:
 * - `postcode`: the postcode lies in one municipality;
 * - `city`: the postcode spans several and the address's city names exactly one of them;
 * - `position`: the postcode spans several and the one whose centre is nearest to the given position;
 * - `ambiguous`: the postcode spans several and neither city nor position decides;
 * - `unknown`: the postcode is not in the geodata (`near`: a neighbouring code is, which does not
 *   tell the municipality), or names no municipality but a locality (87491 Jungholz, `locality`).
 */
export type MunicipalityKeyLookup =
  | { kind: "postcode" | "city" | "position"; key: string }
  | { kind: "ambiguous"; names: string[] }
  | { kind: "unknown"; near?: boolean; locality?: string };

/**
 * The official municipality key (AGS) of an address, from its postcode; for a postcode that spans
 * several municipalities, from its city or else the position (`geo`: the nearest of their centres; a
 * position at the postcode's centre, as filled in from it, does not count). Never a guess: when nothing
 * decides, `ambiguous` with the names.
 *
 * @example
 * municipalityKeyOf(geocoder, { postalCode: "80331", city: "München" }); // { kind: "postcode", key: "09162000" }
 */
export function municipalityKeyOf(
  geocoder: Geocoder,
  address: Pick<Address, "postalCode" | "city">,
  geo?: GeoPoint,
): MunicipalityKeyLookup {
  const match = geocoder.geocode(address.postalCode).find((candidate) => candidate.kind === "postcode");
  if (!match) return { kind: "unknown" };
  if (match.approximate) return { kind: "unknown", near: true };
  // A geocoder of its own making may give only the main municipality's key.
  const keys = match.municipalityKeys ?? (match.ags ? [match.ags] : []);
  if (keys.length === 0) return { kind: "unknown", locality: match.name };
  if (keys.length === 1) return { kind: "postcode", key: keys[0] as string };
  const names = match.names ?? [];
  const city = new Set(nameKeys(address.city));
  const named = keys.filter((_, index) => nameKeys(names[index] ?? "").some((key) => city.has(key)));
  if (named.length === 1) return { kind: "city", key: named[0] as string };
  // A position at the postcode's centre was filled in from it (by an earlier import): it decides nothing.
  if (geo && distanceKm(geo, match) > SAME_POINT_KM) {
    const places = placesByKey(geocoder);
    let best: { key: string; km: number } | undefined;
    for (const key of named.length > 1 ? named : keys) {
      const place = places.get(key);
      const km = place ? distanceKm(geo, place) : Number.POSITIVE_INFINITY;
      if (km < (best?.km ?? Number.POSITIVE_INFINITY)) best = { key, km };
    }
    if (best) return { kind: "position", key: best.key };
  }
  return { kind: "ambiguous", names };
}

/** Closer than this to the postcode's centre, a position counts as that centre (geodata grid: about 190 m). */
const SAME_POINT_KM = 0.3;

const placeMaps = new WeakMap<readonly Place[], Map<string, Place>>();

function placesByKey(geocoder: Geocoder): Map<string, Place> {
  const places = geocoder.places;
  let map = placeMaps.get(places);
  if (!map) {
    map = new Map(places.map((place) => [place.ags, place]));
    placeMaps.set(places, map);
  }
  return map;
}

export interface DerivedMunicipalityKeys {
  /** The offices, each address (outreach places' too) with a key where one was found. */
  offices: Office[];
  /** Ids of the offices whose own address got a key, and how it was found. */
  derived: { id: string; key: string; by: "postcode" | "city" | "position" }[];
  /** One sentence per address left without a key because its postcode spans several municipalities or is unknown. */
  warnings: string[];
}

/**
 * Fills in `address.municipalityKey` where it is missing, for offices and their outreach places, as
 * `municipalityKeyOf` finds it (import and publish both do this). Keys already there are kept.
 * Call it before positions are filled in from postcodes: only a position of the office's own decides.
 *
 * @example
 * const { offices, derived, warnings } = deriveMunicipalityKeys(dataset.offices, geocoder);
 */
export function deriveMunicipalityKeys(
  offices: readonly Office[],
  geocoder: Geocoder,
): DerivedMunicipalityKeys {
  const derived: DerivedMunicipalityKeys["derived"] = [];
  const warnings: string[] = [];
  const keyed = <T extends { address?: Address | undefined; geo?: GeoPoint | undefined }>(
    holder: T,
    where: string,
    onFound?: (key: string, by: "postcode" | "city" | "position") => void,
  ): T => {
    const address = holder.address;
    if (!address || address.municipalityKey) return holder;
    const found = municipalityKeyOf(geocoder, address, holder.geo);
    if (found.kind === "ambiguous") {
      warnings.push(
        `${where}: postcode ${address.postalCode} spans several municipalities (${found.names.join(", ")}) ` +
          `and neither the city "${address.city}" nor a position decides, so it has no municipality key; ` +
          "add municipality_key (address.municipalityKey) or lat and lon.",
      );
      return holder;
    }
    if (found.kind === "unknown") {
      // A postcode missing from the geodata altogether is reported by whoever fills in positions.
      const why = found.locality
        ? `names a locality ("${found.locality}"), not a municipality`
        : "is not in the geodata (only a neighbouring code is)";
      if (found.near || found.locality) {
        warnings.push(
          `${where}: postcode ${address.postalCode} ${why}, so it has no municipality key; ` +
            "add municipality_key (address.municipalityKey).",
        );
      }
      return holder;
    }
    onFound?.(found.key, found.kind);
    return { ...holder, address: { ...address, municipalityKey: found.key } };
  };
  const result = offices.map((office) => {
    const withKey = keyed(office, `Office "${office.id}"`, (key, by) =>
      derived.push({ id: office.id, key, by }),
    );
    if (!withKey.outreach) return withKey;
    const outreach = withKey.outreach.map((place, index) =>
      keyed(place, `Office "${office.id}", outreach place ${index + 1} "${place.name}"`),
    );
    return { ...withKey, outreach };
  });
  return { offices: result, derived, warnings };
}

import { BestCandidates, type Ranked } from "./best-candidates.js";
import type { Place } from "./decode-pieces.js";
import { allowedEdits, nearKeys } from "./fuzzy-names.js";
import { lowerBound } from "./geocode-label.js";
import { districtMatch, type GeocodeMatch, placeMatch } from "./geocode-match.js";
import type { LoadedGeodata, NameEntry } from "./loaded-geodata.js";
import { nameKeys, spaced } from "./name-keys.js";

// Name lookups over the sorted name index of the pieces loaded so far: places, districts and
// localities whose folded names start with the query, districts named after their city, near misses.
// Functions over the data rather than a class: their names minify, methods' names would not.

/** At most this many matches of names that start with the query, or of near misses. */
export const MAX_PREFIX_MATCHES = 10;
// Official suffixes people copy from registers ("Köln, Stadt"); they qualify nothing. Other words
// after a comma narrow by district or state ("Neuenkirchen, Steinfurt"), when that leaves any match.
const OFFICIAL_SUFFIX =
  /^(stadt|gemeinde|markt|flecken|kreisfreie stadt|grosse kreisstadt|kreisstadt|landeshauptstadt|(freie und )?hansestadt|(universi?tae?ts|wissenschafts|kolping|klingen)stadt)$/;

/**
 * The best `limit` entries of one kind whose names start with `name`, by tier, then spelling,
 * then population. Tier 0 is the name itself or followed by a qualifier ("Frankfurt (Oder)"),
 * 1 a compound ("Neuenkirchen-Vörden"), 2 any longer name ("Frankfurter …"). Within a tier, the
 * spelling as typed beats a folded one ("Hüsby" before "Husby" for "Hüsby", after it for "Husby").
 * One pass over the sorted range, keeping only the best few: a one-letter prefix costs microseconds.
 */
export function bestNames(
  data: LoadedGeodata,
  name: string,
  kind: NameEntry["kind"],
  limit: number,
  options: { maxTier?: number; accept?: (index: number) => boolean } = {},
): Ranked[] {
  const { maxTier = 2, accept } = options;
  const best = new BestCandidates(limit);
  const keys = nameKeys(name).map(spaced);
  for (const [variant, key] of keys.entries()) {
    const { names } = data;
    for (let i = lowerBound(names, key, (entry) => entry.key); i < names.length; i++) {
      const entry = names[i] as NameEntry;
      if (!entry.key.startsWith(key)) break;
      if (entry.kind !== kind || (accept && !accept(entry.index))) continue;
      const next = entry.key[key.length];
      const tier = next === undefined ? 0 : next !== " " ? 2 : entry.hyphenated[key.length] === "-" ? 1 : 0;
      if (tier > maxTier) continue;
      const folded = variant === 0 && entry.variant === 0 ? 0 : 1;
      best.offer(entry.index, 2 * tier + folded, entryPopulation(data, entry));
    }
  }
  return best.items;
}

/**
 * Places with the name (tier ≤ 1) or starting with it (tier 2), narrowed by the words after a comma
 * to a district or state when that leaves any ("Neuenkirchen, Steinfurt"). `regionKeys` keeps each
 * place's folded district and state once computed.
 */
export function namedPlaces(
  data: LoadedGeodata,
  regionKeys: Map<number, string>,
  text: string,
  maxTier: number,
  limit: number,
): Ranked[] {
  const [name = "", ...rest] = text.split(",");
  const qualifiers = nameKeys(rest.join(" ")).map(spaced);
  const qualified =
    qualifiers.length > 0 && !qualifiers.some((qualifier) => OFFICIAL_SUFFIX.test(qualifier))
      ? (index: number) => inRegion(data, regionKeys, index, qualifiers)
      : undefined;
  const narrowed = qualified ? bestNames(data, name, "place", limit, { maxTier, accept: qualified }) : [];
  return narrowed.length > 0 ? narrowed : bestNames(data, name, "place", limit, { maxTier });
}

/** "Hamburg Altona", "Köln-Ehrenfeld", "Berlin Neukölln": a city's name, then one of its districts. */
export function districtsInCity(data: LoadedGeodata, name: string): Ranked[] {
  for (const key of nameKeys(name).map(spaced)) {
    const words = key.split(" ");
    for (let cut = 1; cut < words.length; cut++) {
      const cities = bestNames(data, words.slice(0, cut).join(" "), "place", MAX_PREFIX_MATCHES, {
        maxTier: 0,
      });
      if (cities.length === 0) continue;
      const inCity = new Set(cities.map(({ index }) => data.places[index]));
      const found = bestNames(data, words.slice(cut).join(" "), "district", MAX_PREFIX_MATCHES, {
        maxTier: 1,
        accept: (index) => inCity.has(data.districts[index]?.city),
      });
      if (found.length > 0) return found;
    }
  }
  return [];
}

/**
 * Places and districts spelt within a few edits of `name`, closest first, marked `fuzzy`. With
 * `replacedFirst`, `name` is a key whose first letter was replaced, which counts as one edit.
 */
export function nearMisses(data: LoadedGeodata, name: string, replacedFirst = false): GeocodeMatch[] {
  const seen = new Set<string>();
  const matches: { match: GeocodeMatch; population: number }[] = [];
  for (const key of replacedFirst ? [name] : nameKeys(name).map(spaced)) {
    const { keys, names } = data;
    const max = replacedFirst ? allowedEdits(key.length) - 1 : undefined;
    const found = nearKeys(keys, key, (value) => lowerBound(keys, value, (item) => item), max);
    for (const position of found) {
      const entry = names[position] as NameEntry;
      if (entry.kind === "locality" || seen.has(`${entry.kind}${entry.index}`)) continue;
      seen.add(`${entry.kind}${entry.index}`);
      const match =
        entry.kind === "place"
          ? placeMatch(data.places[entry.index] as Place)
          : districtMatch(data, entry.index);
      matches.push({ match: { ...match, fuzzy: true }, population: entryPopulation(data, entry) });
    }
  }
  matches.sort((a, b) => b.population - a.population);
  return matches.slice(0, MAX_PREFIX_MATCHES).map(({ match }) => match);
}

function inRegion(
  data: LoadedGeodata,
  regionKeys: Map<number, string>,
  index: number,
  qualifiers: string[],
): boolean {
  let region = regionKeys.get(index);
  if (region === undefined) {
    const place = data.places[index];
    region = place ? ` ${nameKeys(`${place.district} ${place.stateName}`).map(spaced).join(" ")}` : "";
    regionKeys.set(index, region);
  }
  return qualifiers.some((qualifier) => region.includes(` ${qualifier}`));
}

/** The population that ranks a name entry: its place's, or for a district its city's. */
function entryPopulation(data: LoadedGeodata, entry: NameEntry): number {
  const { places, districts } = data;
  if (entry.kind === "place") return places[entry.index]?.population ?? 0;
  return entry.kind === "district" ? (districts[entry.index]?.city.population ?? 0) : 0;
}

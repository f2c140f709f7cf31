import type { StateCode } from "@beratungsfinder/schemas";
import { type DecodedGeoData, decodeGeoData, type Place, type PostcodeRecord } from "./decode-geodata.js";
import type { GeoData } from "./geodata-format.js";
import { nameKeys, spaced } from "./name-keys.js";

export type { Place } from "./decode-geodata.js";
export type { GeoData } from "./geodata-format.js";

/** One answer of `geocode` or `suggest`: a postcode or a municipality, with coordinates. */
export interface GeocodeMatch {
  kind: "postcode" | "place";
  /** The postcode; for a place, the postcode of its town hall when known. */
  postalCode?: string;
  /** The place's name; for a postcode, its main place. */
  name: string;
  /** For a postcode, every place it covers, main place first (municipalities, then localities). */
  names?: string[];
  district: string;
  state: StateCode;
  stateName: string;
  /** 8-digit official municipality key; for a postcode, that of its main place. */
  ags?: string;
  lat: number;
  lon: number;
  /** True when the postcode is unknown and a neighbouring code of the same region stands in. */
  approximate: boolean;
  /** Human-readable, disambiguated: "Neuenkirchen, Kreis Steinfurt, Nordrhein-Westfalen", "50667 Köln, Nordrhein-Westfalen". */
  label: string;
}

export interface Geocoder {
  /** Resolves a postcode, a partial postcode or a place name; best match first, [] when nothing fits. */
  geocode(query: string): GeocodeMatch[];
  /** Typeahead: postcodes or places starting with `prefix`, at most `limit` (default 8). */
  suggest(prefix: string, limit?: number): GeocodeMatch[];
  /** Every municipality, ascending by official key. */
  readonly places: readonly Place[];
}

const MAX_NAME_MATCHES = 100;
const MAX_PREFIX_MATCHES = 10;
const MAX_PARTIAL_POSTCODES = 100;
const MAX_QUERY_LENGTH = 200;
// Official suffixes people copy from registers ("Köln, Stadt"); they qualify nothing.
const OFFICIAL_SUFFIX =
  /^(sankt |st |kreisfreie |grosse |gro |)?(stadt|landeshauptstadt|hansestadt|universitatsstadt|universitaetsstadt|kreisstadt|gemeinde|markt|flecken|freie und hansestadt|[a-z]*stadt)$/;

interface NameEntry {
  /** Folded key with hyphens as spaces, the sort key. */
  key: string;
  /** The same key with hyphens kept. */
  hyphenated: string;
  /** Index into places (kind "place") or postcodes (kind "locality"). */
  index: number;
  kind: "place" | "locality";
}

/**
 * Builds the lookup structures (sorted postcodes, sorted folded names) once, so that every lookup
 * afterwards is a binary search plus a short scan.
 *
 * @example
 * const geocoder = createGeocoder({ postcodes, places });
 * geocoder.geocode("Koeln")[0]?.label; // "Köln, Nordrhein-Westfalen"
 * geocoder.geocode("99090")[0]?.approximate; // true: a neighbouring Erfurt code stands in
 */
export function createGeocoder(data: GeoData): Geocoder {
  const decoded = decodeGeoData(data);
  return new IndexedGeocoder(decoded);
}

class IndexedGeocoder implements Geocoder {
  readonly places: readonly Place[];
  readonly #postcodes: readonly PostcodeRecord[];
  readonly #codes: readonly string[];
  readonly #names: readonly NameEntry[];
  readonly #regionKeys = new Map<number, string>();

  constructor(data: DecodedGeoData) {
    this.places = data.places;
    this.#postcodes = data.postcodes;
    this.#codes = data.postcodes.map((postcode) => postcode.code);
    const names: NameEntry[] = [];
    const add = (text: string, index: number, kind: NameEntry["kind"]) => {
      for (const hyphenated of nameKeys(text))
        names.push({ key: spaced(hyphenated), hyphenated, index, kind });
    };
    data.places.forEach((place, index) => {
      add(place.name, index, "place");
    });
    data.postcodes.forEach((postcode, index) => {
      if (postcode.locality) add(postcode.locality, index, "locality");
    });
    names.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    this.#names = names;
  }

  geocode(query: string): GeocodeMatch[] {
    const text = typeof query === "string" ? query.trim() : "";
    if (text === "" || text.length > MAX_QUERY_LENGTH) return [];
    const postcode = /(?:^|\D)(\d{5})(?:\D|$)/.exec(text)?.[1];
    if (postcode) return this.#postcode(postcode);
    if (/^\d{1,4}$/.test(text)) return this.#postcodesStartingWith(text, MAX_PARTIAL_POSTCODES);
    if (/^[\d\s]*$/.test(text)) return [];
    return this.#placesNamed(text);
  }

  suggest(prefix: string, limit = 8): GeocodeMatch[] {
    const text = typeof prefix === "string" ? prefix.trim() : "";
    const max = Number.isFinite(limit) ? Math.floor(limit) : 8;
    if (text === "" || max <= 0 || text.length > MAX_QUERY_LENGTH) return [];
    const digits = /^(\d{1,5})(?:\s|$)/.exec(text)?.[1];
    if (digits) {
      const matches = this.#postcodesStartingWith(digits, max);
      return matches.length > 0 || digits.length < 5 ? matches : this.#postcode(digits).slice(0, max);
    }
    const { places } = this.#nameTiers(text.split(",")[0] ?? "");
    return disambiguated(this.#ranked(places, max).map((index) => this.#placeMatch(index)));
  }

  /**
   * Places and locality postcodes whose names start with `name`, each with a tier: 0 the name itself
   * or followed by a qualifier ("Frankfurt (Oder)"), 1 a compound ("Neuenkirchen-Vörden"), 2 any
   * longer name ("Frankfurter …").
   */
  #nameTiers(name: string): { places: Map<number, number>; localities: Map<number, number> } {
    const places = new Map<number, number>();
    const localities = new Map<number, number>();
    for (const key of nameKeys(name).map(spaced)) {
      for (const entry of this.#entriesStartingWith(key)) {
        const next = entry.key[key.length];
        const tier = next === undefined ? 0 : next !== " " ? 2 : entry.hyphenated[key.length] === "-" ? 1 : 0;
        const tiers = entry.kind === "place" ? places : localities;
        tiers.set(entry.index, Math.min(tier, tiers.get(entry.index) ?? tier));
      }
    }
    return { places, localities };
  }

  #postcode(code: string): GeocodeMatch[] {
    const index = this.#lowerBound(this.#codes, code);
    const exact = this.#postcodes[index];
    if (exact?.code === code) return [this.#postcodeMatch(exact, false)];
    // An unknown code borrows the numerically nearest known code of its 3-digit region.
    const region = code.slice(0, 3);
    const value = Number(code);
    let nearest: PostcodeRecord | undefined;
    for (const candidate of [this.#postcodes[index - 1], this.#postcodes[index]]) {
      if (!candidate?.code.startsWith(region)) continue;
      if (!nearest || Math.abs(Number(candidate.code) - value) < Math.abs(Number(nearest.code) - value)) {
        nearest = candidate;
      }
    }
    return nearest ? [this.#postcodeMatch(nearest, true)] : [];
  }

  #postcodesStartingWith(prefix: string, limit: number): GeocodeMatch[] {
    const matches: GeocodeMatch[] = [];
    for (
      let i = this.#lowerBound(this.#codes, prefix);
      i < this.#codes.length && matches.length < limit;
      i++
    ) {
      const record = this.#postcodes[i];
      if (!record?.code.startsWith(prefix)) break;
      matches.push(this.#postcodeMatch(record, false));
    }
    return matches;
  }

  #placesNamed(text: string): GeocodeMatch[] {
    const [name = "", ...rest] = text.split(",");
    const qualifiers = nameKeys(rest.join(" ")).map(spaced);
    const { places, localities } = this.#nameTiers(name);
    let candidates = [...places];
    if (qualifiers.length > 0 && !qualifiers.some((qualifier) => OFFICIAL_SUFFIX.test(qualifier))) {
      const qualified = candidates.filter(([index]) => this.#inRegion(index, qualifiers));
      if (qualified.length > 0) candidates = qualified;
    }
    const named = candidates.filter(([, tier]) => tier < 2);
    if (named.length > 0) {
      return disambiguated(
        this.#ranked(new Map(named), MAX_NAME_MATCHES).map((index) => this.#placeMatch(index)),
      );
    }
    const localityCodes = [...localities].filter(([, tier]) => tier < 2).map(([index]) => index);
    if (localityCodes.length > 0) {
      return localityCodes
        .sort((a, b) => a - b)
        .slice(0, MAX_NAME_MATCHES)
        .map((index) => this.#postcodeMatch(this.#postcodes[index] as PostcodeRecord, false));
    }
    return disambiguated(
      this.#ranked(new Map(candidates), MAX_PREFIX_MATCHES).map((index) => this.#placeMatch(index)),
    );
  }

  /** Place indices by tier, then population, largest first. */
  #ranked(tiers: Map<number, number>, limit: number): number[] {
    return [...tiers]
      .sort(
        ([a, tierA], [b, tierB]) =>
          tierA - tierB || (this.places[b]?.population ?? 0) - (this.places[a]?.population ?? 0) || a - b,
      )
      .slice(0, limit)
      .map(([index]) => index);
  }

  #inRegion(index: number, qualifiers: string[]): boolean {
    let region = this.#regionKeys.get(index);
    if (region === undefined) {
      const place = this.places[index];
      region = place ? ` ${nameKeys(`${place.district} ${place.stateName}`).map(spaced).join(" ")}` : "";
      this.#regionKeys.set(index, region);
    }
    return qualifiers.some((qualifier) => region.includes(` ${qualifier}`));
  }

  *#entriesStartingWith(key: string): Generator<NameEntry> {
    if (key === "") return;
    let low = 0;
    let high = this.#names.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.#names[middle]?.key ?? "") < key) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < this.#names.length; i++) {
      const entry = this.#names[i] as NameEntry;
      if (!entry.key.startsWith(key)) return;
      yield entry;
    }
  }

  #lowerBound(sorted: readonly string[], value: string): number {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((sorted[middle] ?? "") < value) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  #placeMatch(index: number): GeocodeMatch {
    const place = this.places[index] as Place;
    const match: GeocodeMatch = {
      kind: "place",
      name: place.name,
      district: place.district,
      state: place.state,
      stateName: place.stateName,
      ags: place.ags,
      lat: place.lat,
      lon: place.lon,
      approximate: false,
      label: label(place.name, place),
    };
    if (place.postalCode) match.postalCode = place.postalCode;
    return match;
  }

  #postcodeMatch(record: PostcodeRecord, approximate: boolean): GeocodeMatch {
    const places = record.places.map((index) => this.places[index]).filter((place) => place !== undefined);
    const main = places[0];
    const named = record.locality ? [] : places;
    const name = record.locality ?? named[0]?.name ?? "";
    const region = main ?? { district: "", state: "DE-BY" as const, stateName: "" };
    const match: GeocodeMatch = {
      kind: "postcode",
      postalCode: record.code,
      name,
      names: record.locality ? [record.locality] : named.map((place) => place.name),
      district: region.district,
      state: region.state,
      stateName: region.stateName,
      lat: record.lat,
      lon: record.lon,
      approximate,
      label: `${record.code} ${label(name, region)}`,
    };
    if (main) match.ags = main.ags;
    return match;
  }
}

/** Two places of one name in one district (Neuenkirchen, Vorpommern-Greifswald) get their postcode in the label. */
function disambiguated(matches: GeocodeMatch[]): GeocodeMatch[] {
  const counts = new Map<string, number>();
  for (const match of matches) counts.set(match.label, (counts.get(match.label) ?? 0) + 1);
  for (const match of matches) {
    if ((counts.get(match.label) ?? 0) > 1 && match.postalCode) {
      match.label = match.label.replace(match.name, `${match.name} (${match.postalCode})`);
    }
  }
  return matches;
}

/** "Neuenkirchen, Kreis Steinfurt, Nordrhein-Westfalen"; "Köln, Nordrhein-Westfalen"; "Berlin". */
function label(name: string, region: { district: string; stateName: string }): string {
  const parts = [name];
  if (region.district && region.district !== name) parts.push(region.district);
  if (region.stateName && region.stateName !== name && region.stateName !== region.district) {
    parts.push(region.stateName);
  }
  return parts.join(", ");
}

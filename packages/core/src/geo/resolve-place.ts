/**
 * What a search for a place text ends in: one place, a choice between places of one name, a "did you
 * mean" list for a near miss, or nothing. The geocoder ranks the candidates (`Geocoder.resolve`);
 * this module decides between them and words the labels a person chooses by.
 */
import type { GeocodeMatch } from "./geocode-match.js";

/**
 * A place a person can pick: its name, and the region that tells it apart from the others offered
 * with it, as separate fields, so that a list can show the region smaller beside the name without
 * taking `label` apart ("Frankfurt (Oder)" has brackets of its own).
 */
export interface PlaceChoice {
  match: GeocodeMatch;
  /** The name it is shown by: "Neuenkirchen", "Frankfurt (Oder)", "50667 Köln" (a postcode with its place). */
  name: string;
  /**
   * What tells it apart: its city, district and state, and for two of one name in one district its
   * postcode first ("Kreis Steinfurt, Nordrhein-Westfalen", "17498, Landkreis Vorpommern-Greifswald, …");
   * absent when the name says all there is.
   */
  region?: string;
  /** `name (region)` as one text: "Neuenkirchen (Kreis Steinfurt, Nordrhein-Westfalen)", "Mitte (Berlin)". */
  label: string;
  /** A text that resolves to this place alone ("Neuenkirchen, Kreis Steinfurt"): for the field and links. */
  query: string;
  /** Its name for a heading once chosen, as `shortPlaceLabel` gives it ("Neuenkirchen (Kreis Steinfurt)"). */
  shortLabel: string;
}

/**
 * The answer of `Geocoder.resolve`:
 * - `place`: the text names one place (or one far larger than the others of its name: "Frankfurt" is
 *   Frankfurt am Main, "Essen" the city); `label` names it shortly for a heading ("Neuenkirchen (Kreis
 *   Steinfurt)", "Neukölln (Berlin)", "Köln"), `others` are the other places of that name.
 * - `ambiguous`: several places of that name, none dominant (11 × Neuenkirchen, "Mitte"): ask which;
 *   `more` when there were more than `choices` holds.
 * - `suggestions`: no place of that name, but near misses ("Muenchn" → München, "Löln" → Köln) or
 *   names that start with it ("Esen" → Essen, Esens): "Did you mean …?"
 * - `not-found`: nothing close.
 */
export type PlaceResolution =
  | { kind: "place"; match: GeocodeMatch; label: string; others: PlaceChoice[] }
  | { kind: "ambiguous"; choices: PlaceChoice[]; more: boolean }
  | { kind: "suggestions"; suggestions: PlaceChoice[] }
  | { kind: "not-found" };

/** A candidate as the geocoder ranks it. */
export interface RankedMatch {
  match: GeocodeMatch;
  /** 2 × tier + 1 when only a folded spelling matched; tier 0 the name itself, 1 a compound, 2 a longer name. */
  rank: number;
  /** Inhabitants, for a city district a share of its city's: what makes one place of a name dominant. */
  weight: number;
}

/** At most this many choices or suggestions are offered. */
export const MAX_CHOICES = 12;
export const MAX_SUGGESTIONS = 8;
/** One place of a name is taken without asking when it has this many times the next one's weight. */
export const DOMINANT_FACTOR = 10;
/**
 * A city district counts as this share of its city's population (Berlin's Ortsteile hold about 1/30
 * to 1/10 of it): Schöneberg in Berlin outweighs the villages named Schöneberg, Linden in Hannover
 * does not outweigh the town of Linden near Gießen.
 */
export const DISTRICT_SHARE = 1 / 20;

/** Decides between ranked name candidates (tier ≤ 1) and, failing them, near misses and longer names. */
export function decide(named: readonly RankedMatch[], suggestions: () => RankedMatch[]): PlaceResolution {
  const close = named.filter((candidate) => candidate.rank < 4);
  if (close.length > 0) {
    const best = Math.min(...close.map((candidate) => candidate.rank));
    const byWeight = (a: RankedMatch, b: RankedMatch) => b.weight - a.weight;
    const top = close.filter((candidate) => candidate.rank === best).sort(byWeight);
    const rest = close.filter((candidate) => candidate.rank !== best).sort((a, b) => a.rank - b.rank);
    const [first, second] = top;
    if (first && (!second || first.weight >= DOMINANT_FACTOR * second.weight)) {
      return {
        kind: "place",
        match: first.match,
        label: shortPlaceLabel(first.match),
        others: choices([...top.slice(1), ...rest].map((candidate) => candidate.match)),
      };
    }
    const all = [...top, ...rest].map((candidate) => candidate.match);
    return { kind: "ambiguous", choices: choices(all.slice(0, MAX_CHOICES)), more: all.length > MAX_CHOICES };
  }
  const seen = new Set<string>();
  const offered = suggestions();
  // A district of a city that is offered itself goes ("Gamburg": Hamburg, not also Hamburg-Nord).
  const cities = new Set(offered.filter(({ match }) => match.kind === "place").map(({ match }) => match.ags));
  const found = offered
    .filter(({ match }) => match.kind !== "district" || !cities.has(match.ags))
    .sort((a, b) => b.weight - a.weight)
    .filter(({ match }) => {
      const id = `${match.kind} ${match.ags ?? ""} ${match.name} ${match.postalCode ?? ""}`;
      return !seen.has(id) && Boolean(seen.add(id));
    })
    .slice(0, MAX_SUGGESTIONS)
    .map((candidate) => candidate.match);
  return found.length > 0 ? { kind: "suggestions", suggestions: choices(found) } : { kind: "not-found" };
}

/** Postcodes starting with some digits: one is a place, several a choice. */
export function decidePostcodes(matches: readonly GeocodeMatch[], limit = MAX_CHOICES): PlaceResolution {
  const [only] = matches;
  if (!only) return { kind: "not-found" };
  if (matches.length === 1) return { kind: "place", match: only, label: shortPlaceLabel(only), others: [] };
  return {
    kind: "ambiguous",
    choices: choices(matches.slice(0, limit)),
    more: matches.length > limit,
  };
}

/** What tells a match apart: its city (for a district), its district (Kreis) and its state. */
function regionParts(match: GeocodeMatch, withState: boolean): string[] {
  const parts: string[] = [];
  const add = (part: string | undefined) => {
    if (part && part !== match.name && !parts.includes(part)) parts.push(part);
  };
  add(match.partOf);
  add(match.district);
  if (withState) add(match.stateName);
  return parts;
}

const shownName = (match: GeocodeMatch) =>
  match.kind === "postcode" ? `${match.postalCode} ${match.name}` : match.name;

/** A heading's name for the place used: "Neuenkirchen (Kreis Steinfurt)", "Neukölln (Berlin)", "Köln", "50667 Köln". */
export function shortPlaceLabel(match: GeocodeMatch): string {
  const parts = match.kind === "district" ? regionParts(match, false).slice(0, 1) : regionParts(match, false);
  return parts.length > 0 ? `${shownName(match)} (${parts.join(", ")})` : shownName(match);
}

/**
 * Labels that tell the offered places apart: "Neuenkirchen (Kreis Steinfurt, Nordrhein-Westfalen)";
 * two of one name in one district get their postcode first ("Neuenkirchen (17498, …)").
 */
export function choices(matches: readonly GeocodeMatch[]): PlaceChoice[] {
  const regions = matches.map((match) => regionParts(match, true).join(", "));
  const labelOf = (name: string, region: string) => (region ? `${name} (${region})` : name);
  const labels = matches.map((match, index) => labelOf(shownName(match), regions[index] as string));
  return matches.map((match, index) => {
    const name = shownName(match);
    const twin = labels.some((other, at) => at !== index && other === labels[index]);
    const twins = twin && Boolean(match.postalCode) && match.kind !== "postcode";
    const region = twins
      ? [match.postalCode, ...regionParts(match, true)].join(", ")
      : (regions[index] as string);
    const choice: PlaceChoice = {
      match,
      name,
      label: labelOf(name, region),
      query: queryForPlace(match, twins),
      shortLabel: shortPlaceLabel(match),
    };
    if (region) choice.region = region;
    return choice;
  });
}

/**
 * A text that `resolve` takes as this very place, for the search field and shared links after a
 * person chose it: "Neuenkirchen, Kreis Steinfurt", "Berlin Mitte", "50667"; two of one name in one
 * district by their town hall's postcode ("17498 Neuenkirchen", a postcode that covers it).
 */
export function queryForPlace(match: GeocodeMatch, twins = false): string {
  if (match.kind === "postcode") return match.postalCode ?? match.name;
  if (match.kind === "district") return `${match.partOf ?? ""} ${match.name}`.trim();
  if (twins && match.postalCode) return `${match.postalCode} ${match.name}`;
  return match.district && match.district !== match.name ? `${match.name}, ${match.district}` : match.name;
}

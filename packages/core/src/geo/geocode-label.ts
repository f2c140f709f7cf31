import type { GeocodeMatch } from "./geocode-match.js";

/** Position of the first item of a list sorted by `keyOf` whose key is not below `value`. */
export function lowerBound<T>(sorted: readonly T[], value: string, keyOf: (item: T) => string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (keyOf(sorted[middle] as T) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Two places of one name in one district (Neuenkirchen, Vorpommern-Greifswald) get their postcode in the label. */
export function disambiguated(matches: GeocodeMatch[]): GeocodeMatch[] {
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
export function label(name: string, region: { district: string; stateName: string }): string {
  const parts = [name];
  if (region.district && region.district !== name) parts.push(region.district);
  if (region.stateName && region.stateName !== name && region.stateName !== region.district) {
    parts.push(region.stateName);
  }
  return parts.join(", ");
}

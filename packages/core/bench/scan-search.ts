import type { Dataset, Office } from "@beratungsfinder/schemas";
import { languageCodeOf, relatedLanguages } from "@beratungsfinder/schemas";
import { eligibility } from "../src/eligibility/eligibility.js";
import { distanceKm } from "../src/geo/distance.js";
import { isOpen } from "../src/opening-hours/is-open.js";
import type { SearchQuery } from "../src/search/search.js";

export interface ScanResult {
  office: Office;
  distanceKm?: number;
}

/**
 * The naive baseline the benchmark compares `search` with, and the oracle the property tests check it
 * against: look at every office, test every filter the obvious way, sort the survivors. Never exported.
 */
export function searchByScan(dataset: Dataset, query: SearchQuery): { total: number; results: ScanResult[] } {
  const radius = query.radiusKm ?? 25;
  const fit = query.age === undefined ? undefined : eligibility({ age: query.age });
  // Every programme the age does not rule out; the one made for the age sorts first (see search.ts).
  const fitting = fit?.programmes;
  const primary = fit?.primary;
  const umbrellaOf = new Map(dataset.providers.map((provider) => [provider.id, provider.umbrella]));
  const languages = query.languages?.map((language) => language.toLowerCase());
  const matches: Array<ScanResult & { order: number; group: number }> = [];
  dataset.offices.forEach((office, order) => {
    const online =
      !office.address && !office.geo && office.channels.some((c) => c !== "in-person" && c !== "outreach");
    if (online) return;
    if (query.point && !office.geo) return;
    if (query.programmes?.length && !office.programmes.some((p) => query.programmes!.includes(p))) return;
    if (fitting && !office.programmes.some((p) => fitting.includes(p))) return;
    if (query.age !== undefined && office.ageRange) {
      const { min, max } = office.ageRange;
      if ((min !== undefined && query.age < min) || (max !== undefined && query.age > max)) return;
    }
    let related = false;
    if (
      languages?.length &&
      !office.languages.some((l) => languages.includes(languageCodeOf(l).toLowerCase()))
    ) {
      // Else a language of the same macrolanguage (see search.ts): listed after the exact matches.
      const near = languages.flatMap((l) => relatedLanguages(l));
      if (!office.languages.some((l) => near.includes(languageCodeOf(l).toLowerCase()))) return;
      related = true;
    }
    if (query.topics?.length && !office.topics.some((t) => query.topics!.includes(t))) return;
    if (query.channels?.length && !office.channels.some((c) => query.channels!.includes(c))) return;
    if (query.stepFree && office.accessibility?.stepFree !== true) return;
    if (query.umbrellas?.length) {
      const umbrella = umbrellaOf.get(office.providerId);
      if (!umbrella || !query.umbrellas.includes(umbrella)) return;
    }
    let km: number | undefined;
    if (query.point && office.geo) {
      km = distanceKm(query.point, office.geo);
      if (km > radius) return;
    }
    if (query.openAt && !isOpen(office.openingHours, query.openAt, office.address?.state)) return;
    const group = (related ? 2 : 0) + (primary && office.programmes.includes(primary) ? 0 : 1);
    matches.push(km === undefined ? { office, order, group } : { office, distanceKm: km, order, group });
  });
  matches.sort((a, b) => a.group - b.group || (a.distanceKm ?? 0) - (b.distanceKm ?? 0) || a.order - b.order);
  const offset = query.offset ?? 0;
  const limit = query.limit ?? 20;
  return { total: matches.length, results: matches.slice(offset, offset + limit) };
}

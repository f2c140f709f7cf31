import type { Dataset, Office } from "@beratungsfinder/schemas";
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
  // In person only the programme made for the age (see search.ts), when there is one.
  const fitting = fit && (fit.primary ? [fit.primary] : fit.programmes);
  const umbrellaOf = new Map(dataset.providers.map((provider) => [provider.id, provider.umbrella]));
  const languages = query.languages?.map((language) => language.toLowerCase());
  const matches: Array<ScanResult & { order: number }> = [];
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
    if (languages?.length && !office.languages.some((l) => languages.includes(l.toLowerCase()))) return;
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
    matches.push(km === undefined ? { office, order } : { office, distanceKm: km, order });
  });
  matches.sort((a, b) => (a.distanceKm ?? 0) - (b.distanceKm ?? 0) || a.order - b.order);
  const offset = query.offset ?? 0;
  const limit = query.limit ?? 20;
  return { total: matches.length, results: matches.slice(offset, offset + limit) };
}

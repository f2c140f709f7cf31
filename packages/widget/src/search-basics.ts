/**
 * What the element needs of the search before its code has loaded: the page size and the dataset's
 * counselling languages. Imports nothing, so that the main file of the CDN build does not pull in core's
 * search (the search model in `search-model.ts` loads lazily with the results).
 */
import type { Dataset } from "@beratungsfinder/schemas";
import { DEFAULT_WIDGET_LIMIT, languageCodeOf } from "@beratungsfinder/schemas/vocabulary";

/** Offices per page: the whole `limit`, or the default when it is missing, 0 or not a number ("abc"). */
export function pageSize(limit: number | undefined): number {
  // Whole, because core floors the limit: "0.5" would otherwise show no office at all.
  return Math.max(1, Math.floor(limit ?? Number.NaN) || DEFAULT_WIDGET_LIMIT);
}

/** The counselling languages of a dataset, each once, in the order they first appear. */
export function officeLanguages(dataset: Dataset): string[] {
  return [...new Set(dataset.offices.flatMap((office) => office.languages.map(languageCodeOf)))];
}

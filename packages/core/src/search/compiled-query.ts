import { isOnlineOffice, relatedLanguages } from "@beratungsfinder/schemas/vocabulary";
import type { EligibilityResult, ProgrammeFit } from "../eligibility/eligibility.js";
import { officeHolidayPlace } from "../opening-hours/holiday-place.js";
import { isOpen } from "../opening-hours/is-open.js";
import type { IndexedOffice } from "./create-index.js";
import { CHANNEL_MASK, PROGRAMME_MASK, TOPIC_MASK, UMBRELLA_MASK } from "./create-index.js";
import type { SearchQuery } from "./search.js";

// How `search` tests and ranks an office: the query compiled once, then cheap checks against it.

/** A query reduced to what each office is tested against, built once per search. 0 means no filter. */
export interface CompiledQuery {
  programmes: number;
  /** Programmes that fit the age; kept apart from `programmes` because both must hold. */
  ageProgrammes: number;
  /** The programme made for the age: its offices come first. 0 when there is none. */
  primary: number;
  fit: EligibilityResult | undefined;
  age: number | undefined;
  languages: readonly string[] | undefined;
  /** Languages related to the asked ones (not among them), each with the asked language it relates to. */
  relatedLanguages: ReadonlyMap<string, string>;
  topics: number;
  channels: number;
  umbrellas: number;
  stepFree: boolean;
  openAt: Date | undefined;
}

/** A filter asked for with values that match nothing (an empty age fit, an unknown topic): no office fits. */
const NOTHING = -1;

/**
 * An age keeps the offices with any programme that fits it (an age rules out only what it rules out) and
 * marks the programme made for it (`primary`) so that its offices sort first.
 */
export function compileQuery(query: SearchQuery, fit: EligibilityResult | undefined): CompiledQuery {
  const ageProgrammes = fit?.programmes;
  const compile = (
    mask: { mask(values: readonly string[]): number },
    values: readonly string[] | undefined,
  ) => (values === undefined || values.length === 0 ? 0 : mask.mask(values) || NOTHING);
  const languages = query.languages?.map((language) => language.toLowerCase());
  const related = new Map<string, string>();
  for (const language of languages ?? []) {
    for (const other of relatedLanguages(language)) {
      if (!languages!.includes(other) && !related.has(other)) related.set(other, language);
    }
  }
  return {
    programmes: compile(PROGRAMME_MASK, query.programmes),
    ageProgrammes: ageProgrammes ? PROGRAMME_MASK.mask(ageProgrammes) || NOTHING : 0,
    primary: fit?.primary ? PROGRAMME_MASK.mask([fit.primary]) : 0,
    fit,
    age: query.age,
    languages: languages && languages.length > 0 ? languages : undefined,
    relatedLanguages: related,
    topics: compile(TOPIC_MASK, query.topics),
    channels: compile(CHANNEL_MASK, query.channels),
    umbrellas: compile(UMBRELLA_MASK, query.umbrellas),
    stepFree: query.stepFree === true,
    openAt: query.openAt,
  };
}

function isPrimary(entry: IndexedOffice, query: CompiledQuery): boolean {
  return (entry.programmes & query.primary) !== 0;
}

/**
 * Which block of the results an office belongs to, 0 first: offices in an asked language before those in a
 * related one (a person must understand the counsellor), within each the primary programme's offices first.
 */
export function rankGroup(entry: IndexedOffice, query: CompiledQuery): number {
  return (languageMatch(entry, query) === "related" ? 2 : 0) + (isPrimary(entry, query) ? 0 : 1);
}

/** The best fit among the office's programmes: `fit.fits` is best first. */
export function bestFit(entry: IndexedOffice, query: CompiledQuery): ProgrammeFit | undefined {
  return query.fit?.fits.find((fit) => entry.office.programmes.includes(fit.programme));
}

/** Whether a facet of the office meets a compiled filter (0: no filter; NOTHING: nothing meets it). */
function meets(officeMask: number, filter: number): boolean {
  return filter === 0 || (filter !== NOTHING && (officeMask & filter) !== 0);
}

/** Every filter except the opening hours, which cost more and run last. */
export function fitsFilters(entry: IndexedOffice, query: CompiledQuery): boolean {
  if (!meets(entry.programmes, query.programmes) || !meets(entry.programmes, query.ageProgrammes))
    return false;
  if (!meets(entry.topics, query.topics) || !meets(entry.channels, query.channels)) return false;
  if (!meets(entry.umbrella, query.umbrellas)) return false;
  if (query.stepFree && !entry.stepFree) return false;
  if (query.age !== undefined && !fitsAgeRange(entry, query.age)) return false;
  if (query.languages && languageMatch(entry, query) === undefined) return false;
  return true;
}

/** "exact" when the office speaks an asked language, "related" when only a related one; undefined otherwise. */
export function languageMatch(entry: IndexedOffice, query: CompiledQuery): "exact" | "related" | undefined {
  if (!query.languages) return undefined;
  let match: "related" | undefined;
  for (const language of entry.languages) {
    if (query.languages.includes(language)) return "exact";
    if (query.relatedLanguages.has(language)) match = "related";
  }
  return match;
}

function fitsAgeRange(entry: IndexedOffice, age: number): boolean {
  const range = entry.office.ageRange;
  if (!range) return true;
  return (range.min === undefined || age >= range.min) && (range.max === undefined || age <= range.max);
}

export function fitsOpenAt(entry: IndexedOffice, query: CompiledQuery): boolean {
  if (!query.openAt) return true;
  const { office } = entry;
  // Online services without published hours take messages at any time.
  if (!office.openingHours && isOnlineOffice(office)) return true;
  return isOpen(office.openingHours, query.openAt, officeHolidayPlace(office));
}

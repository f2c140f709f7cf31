import type { Programme } from "@beratungsfinder/schemas";
import { AGE_BOUNDS, type ReasonKey } from "@beratungsfinder/schemas/vocabulary";
import {
  DEFAULT_ELIGIBILITY_RULES,
  type EligibilityChannel,
  type EligibilityRule,
  type Situation,
} from "./eligibility-rules.js";

/** What a person tells about themselves; everything is optional. */
export interface EligibilityPerson {
  /** Age in whole or fractional years. */
  age?: number;
  /** Situations the person chose to tell; the programme for a listed situation moves up among the alternatives. */
  situations?: readonly Situation[];
  /** Ways of counselling the person accepts; all when missing or empty. */
  channels?: readonly EligibilityChannel[];
}

/** A message key with parameters, translated by the widget ("eligibility.jmd.age" with { age: 19 }). */
export interface Reason {
  /** One of `ELIGIBILITY_REASON_KEYS` or `MATCH_REASON_KEYS`, or the key of a custom eligibility rule. */
  key: ReasonKey | (string & {});
  params?: Record<string, string | number>;
}

/** How one programme fits: by the rule that ranks it highest. */
export interface ProgrammeFit {
  programme: Programme;
  /** The reason of that rule ("eligibility.mbe.exception-under-27"). */
  reason: Reason;
  /** The programme made for this person (`EligibilityResult.primary`). */
  primary: boolean;
  /** It fits only by exception (MBE for 18–26-year-olds with "adult" problems). */
  exception: boolean;
}

export interface EligibilityResult {
  /** Every programme that fits, best first. */
  programmes: Programme[];
  /** How each of `programmes` fits, in the same order. */
  fits: ProgrammeFit[];
  /** The programme made for this person; missing when the age is unknown or invalid, or none is made for them. */
  primary?: Programme;
  /** The other fitting programmes, best first: the neighbour programme, the online services, the rest. */
  alternatives: Programme[];
  /** Why, in the order of `programmes`, then general remarks (unknown or invalid age, children). */
  reasons: Reason[];
}

export type { EligibilityReasonKey } from "@beratungsfinder/schemas/vocabulary";
export { ELIGIBILITY_REASON_KEYS } from "@beratungsfinder/schemas/vocabulary";

/** Ages outside 0–130 (or not a number) are treated as unknown and reported with "eligibility.invalid-age". */
export const MAX_PLAUSIBLE_AGE = AGE_BOUNDS.max;
// Below this priority a programme is made for the person (JMD, MBE, the situation programmes); above, an alternative.
const PRIMARY_PRIORITY_LIMIT = 20;

/**
 * Which programmes fit a person and why, from rules held in data (`DEFAULT_ELIGIBILITY_RULES` unless given).
 * Never throws: an invalid age becomes an "eligibility.invalid-age" reason and is treated as unknown, because
 * the age usually comes straight from a form field. With no (valid) age every age rule fits. An age rules out
 * only the programmes whose rules exclude it: AVB, IQ, Faire Integration, Faire Mobilität, anti-discrimination
 * counselling and OTHER have no age limit and always fit.
 *
 * @example
 * eligibility({ age: 19 }).programmes // ["JMD", "JMD4YOU", "MBEON", "MBE", "AVB", "IQ", "FAIRE_INTEGRATION", "FAIRE_MOBILITAET", "ADB", "OTHER"]
 * eligibility({ age: 19 }).fits[3] // { programme: "MBE", exception: true, primary: false, reason: { key: "eligibility.mbe.exception-under-27", … } }
 * eligibility({ age: 19 }).reasons[0] // { key: "eligibility.jmd.age", params: { programme: "JMD", age: 19, minAge: 12, maxAgeExclusive: 27 } }
 */
export function eligibility(
  person: EligibilityPerson | null = {},
  rules: readonly EligibilityRule[] = DEFAULT_ELIGIBILITY_RULES,
): EligibilityResult {
  // Straight from a form or a URL: null, or lists that are not lists, count as "not told".
  const told: EligibilityPerson = typeof person === "object" && person !== null ? person : {};
  const remarks: Reason[] = [];
  let age: number | undefined = told.age ?? undefined;
  if (age !== undefined && !isValidAge(age)) {
    remarks.push({
      key: "eligibility.invalid-age",
      params: { received: String(age), max: MAX_PLAUSIBLE_AGE },
    });
    age = undefined;
  }
  if (age === undefined) remarks.push({ key: "eligibility.age-unknown" });

  const situations = new Set(Array.isArray(told.situations) ? told.situations : []);
  const channels =
    Array.isArray(told.channels) && told.channels.length > 0 ? new Set(told.channels) : undefined;

  const matches = rules
    .map((rule, order) => ({ rule, order }))
    .filter(({ rule }) => {
      if (rule.situation !== undefined && !situations.has(rule.situation)) return false;
      if (channels && !channels.has(rule.channel)) return false;
      if (age === undefined) return true;
      if (rule.minAge !== undefined && age < rule.minAge) return false;
      if (rule.maxAgeExclusive !== undefined && age >= rule.maxAgeExclusive) return false;
      return true;
    })
    .sort((a, b) => a.rule.priority - b.rule.priority || a.order - b.order);

  const best = matches[0];
  const primary =
    age !== undefined && best && best.rule.priority < PRIMARY_PRIORITY_LIMIT
      ? best.rule.programme
      : undefined;
  const programmes: Programme[] = [];
  const fits: ProgrammeFit[] = [];
  const reasons: Reason[] = [];
  const seenReasons = new Set<string>();
  for (const { rule } of matches) {
    const reason = { key: rule.reason, params: reasonParams(rule, age) };
    if (!programmes.includes(rule.programme)) {
      programmes.push(rule.programme);
      fits.push({
        programme: rule.programme,
        reason,
        primary: rule.programme === primary,
        exception: rule.exception === true,
      });
    }
    // A programme without an age limit has two rules with one reason: say it once.
    const said = `${rule.programme} ${rule.reason}`;
    if (!seenReasons.has(said)) reasons.push(reason);
    seenReasons.add(said);
  }

  const result: EligibilityResult = {
    programmes,
    fits,
    alternatives: programmes.filter((programme) => programme !== primary),
    reasons: [...reasons, ...remarks],
  };
  if (primary) result.primary = primary;
  return result;
}

/** Whether `age` is a plausible age in years: a finite number from 0 to 130. */
export function isValidAge(age: unknown): age is number {
  return typeof age === "number" && Number.isFinite(age) && age >= AGE_BOUNDS.min && age <= MAX_PLAUSIBLE_AGE;
}

function reasonParams(rule: EligibilityRule, age: number | undefined): Record<string, string | number> {
  const params: Record<string, string | number> = { programme: rule.programme };
  if (age !== undefined) params.age = age;
  if (rule.minAge !== undefined) params.minAge = rule.minAge;
  if (rule.maxAgeExclusive !== undefined) params.maxAgeExclusive = rule.maxAgeExclusive;
  if (rule.situation !== undefined) params.situation = rule.situation;
  return params;
}

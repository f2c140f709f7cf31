/**
 * The model's vocabulary: closed lists, names, defaults and the few rules that define them. It imports
 * nothing, so a bundle that needs a constant pays for the constant and never for Zod.
 *
 * @example
 * import { DEFAULT_RADIUS_KM, isOnlineOffice, TOPICS } from "@beratungsfinder/schemas/vocabulary";
 */
export type { Channel, OnlineOfficeFields, PhoneType } from "./channels.js";
export { CHANNELS, isOnlineOffice, PHONE_TYPES, REMOTE_CHANNELS } from "./channels.js";
export { AGE_BOUNDS, DEFAULT_RADIUS_KM, DEFAULT_SEARCH_LIMIT, DEFAULT_WIDGET_LIMIT } from "./defaults.js";
export { MACROLANGUAGES, relatedLanguages } from "./language-relations.js";
export type { LanguageEntry, LanguageMode } from "./languages.js";
export {
  isLanguageCode,
  LANGUAGE_CODES,
  LANGUAGE_MODES,
  languageCodeOf,
  languageModeOf,
  TWO_LETTER_TWIN,
  toLanguageCode,
} from "./languages.js";
export type { MonthWeek, OutreachRepeat } from "./outreach.js";
export { MONTH_WEEKS, OUTREACH_REPEATS } from "./outreach.js";
export type { Programme } from "./programmes.js";
export { PROGRAMMES } from "./programmes.js";
export type { EligibilityReasonKey, MatchReasonKey, ReasonKey } from "./reason-keys.js";
export { ELIGIBILITY_REASON_KEYS, MATCH_REASON_KEYS } from "./reason-keys.js";
export type { FreeOfChargeFields, IntakeStatus } from "./services.js";
export { FREE_OF_CHARGE_PROGRAMMES, INTAKE_STATUSES, isFreeOfCharge } from "./services.js";
export type { StateCode } from "./states.js";
export { GERMANY_BOUNDS, STATE_BY_AGS_PREFIX, STATE_CODES, STATE_NAMES, stateOfKey } from "./states.js";
export type { TargetGroup } from "./target-groups.js";
export { TARGET_GROUPS } from "./target-groups.js";
export type { Topic } from "./topics.js";
export { TOPICS } from "./topics.js";
export type { Umbrella } from "./umbrellas.js";
export { UMBRELLAS } from "./umbrellas.js";
export type { SlotKind, Weekday } from "./weekdays.js";
export { SLOT_KINDS, WALK_IN_SLOT_KINDS, WEEKDAYS } from "./weekdays.js";

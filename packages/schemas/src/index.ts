export type { Accessibility, AccessibilityInput } from "./accessibility.js";
export { AccessibilitySchema } from "./accessibility.js";
export type { Address } from "./address.js";
export { AddressSchema, MunicipalityKeySchema, PostalCodeSchema, StateCodeSchema } from "./address.js";
export { CalendarDateSchema, DateTimeSchema } from "./calendar-date.js";
export { ChannelSchema } from "./channel.js";
export type { Contact, ContactInput, Phone, PhoneInput } from "./contact.js";
export { ContactSchema, PhoneNumberSchema, PhoneSchema } from "./contact.js";
export type { Dataset, DatasetInput, Publisher } from "./dataset.js";
export { DatasetSchema, PublisherSchema, SCHEMA_VERSION, SchemaVersionSchema } from "./dataset.js";
export type { GeoPoint } from "./geo-point.js";
export { GeoPointSchema } from "./geo-point.js";
export type { IssueCode, ReadableIssue } from "./issues.js";
export {
  describeValue,
  expectedIssue,
  formatPath,
  ISSUE_CODES,
  splitMessage,
  toReadableIssues,
} from "./issues.js";
export type { LanguageOffer } from "./language.js";
export {
  LanguageCodeSchema,
  LanguageEntrySchema,
  LanguageModeSchema,
  LanguageOfferSchema,
} from "./language.js";
export type { AgeRange, Intake, Office, OfficeInput } from "./office.js";
export { AgeRangeSchema, IntakeSchema, OfficeSchema, RegionKeySchema } from "./office.js";
export type {
  OpeningException,
  OpeningExceptionInput,
  OpeningHours,
  OpeningHoursInput,
  TimeSlot,
  TimeSlotInput,
  WeeklyHours,
  WeeklyHoursInput,
} from "./opening-hours.js";
export {
  DaySlotsSchema,
  OpeningExceptionSchema,
  OpeningHoursSchema,
  TimeOfDaySchema,
  TimeSlotSchema,
  WeekdaySchema,
  WeeklyHoursSchema,
} from "./opening-hours.js";
export type {
  OutreachPlace,
  OutreachPlaceInput,
  OutreachSlot,
  OutreachSlotInput,
} from "./outreach.js";
export {
  BiweeklyOutreachSlotSchema,
  MonthlyOutreachSlotSchema,
  OutreachPlaceSchema,
  OutreachSlotSchema,
  WeeklyOutreachSlotSchema,
} from "./outreach.js";
export type {
  DatasetParseResult,
  InvalidOffice,
  ParseDatasetOptions,
  ParseOfficeResult,
  ParseProviderResult,
} from "./parse-dataset.js";
export { parseDataset, parseDatasetSteps, parseOffice, parseProvider } from "./parse-dataset.js";
export { ProgrammeSchema } from "./programme.js";
export type { Provider } from "./provider.js";
export { ProviderSchema } from "./provider.js";
export type { Result } from "./result.js";
export type { SchemaErrorCode } from "./schema-error.js";
export { DatasetShapeError, SchemaError, SchemaVersionError } from "./schema-error.js";
export { TargetGroupSchema } from "./target-group.js";
export { TopicSchema } from "./topic.js";
export { UmbrellaSchema } from "./umbrella.js";
// The vocabulary (closed lists, names, defaults) is also its own Zod-free entry, "@beratungsfinder/schemas/vocabulary".
export type {
  Channel,
  EligibilityReasonKey,
  FreeOfChargeFields,
  IntakeStatus,
  LanguageEntry,
  LanguageMode,
  MatchReasonKey,
  MonthWeek,
  OutreachRepeat,
  PhoneType,
  Programme,
  ReasonKey,
  SlotKind,
  StateCode,
  TargetGroup,
  Topic,
  Umbrella,
  Weekday,
} from "./vocabulary/index.js";
export {
  AGE_BOUNDS,
  CHANNELS,
  DEFAULT_RADIUS_KM,
  DEFAULT_SEARCH_LIMIT,
  DEFAULT_WIDGET_LIMIT,
  ELIGIBILITY_REASON_KEYS,
  FREE_OF_CHARGE_PROGRAMMES,
  GERMANY_BOUNDS,
  INTAKE_STATUSES,
  isFreeOfCharge,
  isLanguageCode,
  isOnlineOffice,
  LANGUAGE_CODES,
  LANGUAGE_MODES,
  languageCodeOf,
  languageModeOf,
  MACROLANGUAGES,
  MATCH_REASON_KEYS,
  MONTH_WEEKS,
  OUTREACH_REPEATS,
  PHONE_TYPES,
  PROGRAMMES,
  REMOTE_CHANNELS,
  relatedLanguages,
  SLOT_KINDS,
  STATE_BY_AGS_PREFIX,
  STATE_CODES,
  STATE_NAMES,
  stateOfKey,
  TARGET_GROUPS,
  TOPICS,
  TWO_LETTER_TWIN,
  toLanguageCode,
  UMBRELLAS,
  WALK_IN_SLOT_KINDS,
  WEEKDAYS,
} from "./vocabulary/index.js";
export { EmailSchema, HttpUrlSchema } from "./web-address.js";

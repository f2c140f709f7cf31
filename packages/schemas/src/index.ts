export type { Accessibility, AccessibilityInput } from "./accessibility.js";
export { AccessibilitySchema } from "./accessibility.js";
export type { Address, StateCode } from "./address.js";
export {
  AddressSchema,
  MunicipalityKeySchema,
  PostalCodeSchema,
  STATE_CODES,
  StateCodeSchema,
} from "./address.js";
export { CalendarDateSchema, DateTimeSchema } from "./calendar-date.js";
export type { Channel } from "./channel.js";
export { CHANNELS, ChannelSchema } from "./channel.js";
export type { Contact, ContactInput, Phone, PhoneInput } from "./contact.js";
export { ContactSchema, PHONE_TYPES, PhoneNumberSchema, PhoneSchema } from "./contact.js";
export type { Dataset, DatasetInput, Publisher } from "./dataset.js";
export { DatasetSchema, PublisherSchema, SCHEMA_VERSION, SchemaVersionSchema } from "./dataset.js";
export type { GeoPoint } from "./geo-point.js";
export { GERMANY_BOUNDS, GeoPointSchema } from "./geo-point.js";
export type { ReadableIssue } from "./issues.js";
export { formatPath, toReadableIssues } from "./issues.js";
export { isLanguageCode, LANGUAGE_CODES, LanguageCodeSchema } from "./language.js";
export { MACROLANGUAGES, relatedLanguages } from "./language-relations.js";
export type { AgeRange, Office, OfficeInput } from "./office.js";
export { AgeRangeSchema, OfficeSchema, RegionKeySchema } from "./office.js";
export type {
  OpeningException,
  OpeningExceptionInput,
  OpeningHours,
  OpeningHoursInput,
  SlotKind,
  TimeSlot,
  TimeSlotInput,
  Weekday,
  WeeklyHours,
  WeeklyHoursInput,
} from "./opening-hours.js";
export {
  DaySlotsSchema,
  OpeningExceptionSchema,
  OpeningHoursSchema,
  SLOT_KINDS,
  TimeOfDaySchema,
  TimeSlotSchema,
  WALK_IN_SLOT_KINDS,
  WEEKDAYS,
  WeekdaySchema,
  WeeklyHoursSchema,
} from "./opening-hours.js";
export type {
  DatasetParseResult,
  InvalidOffice,
  ParseDatasetOptions,
  ParseOfficeResult,
  ParseProviderResult,
} from "./parse-dataset.js";
export { parseDataset, parseOffice, parseProvider } from "./parse-dataset.js";
export type { Programme } from "./programme.js";
export { PROGRAMMES, ProgrammeSchema } from "./programme.js";
export type { Provider } from "./provider.js";
export { ProviderSchema } from "./provider.js";
export type { SchemaErrorCode } from "./schema-error.js";
export { DatasetShapeError, SchemaError, SchemaVersionError } from "./schema-error.js";
export type { TargetGroup } from "./target-group.js";
export { TARGET_GROUPS, TargetGroupSchema } from "./target-group.js";
export type { Topic } from "./topic.js";
export { TOPICS, TopicSchema } from "./topic.js";
export type { Umbrella } from "./umbrella.js";
export { UMBRELLAS, UmbrellaSchema } from "./umbrella.js";
export { EmailSchema, HttpUrlSchema } from "./web-address.js";

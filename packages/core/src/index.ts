// Issue codes and the result shape of every reader that can partly succeed (the schemas' own; docs/problems.md).
export type { IssueCode, Result } from "@beratungsfinder/schemas";
export { ISSUE_CODES } from "@beratungsfinder/schemas";
// Datasets: loading, validating and parsing JSON text with line and column (dataset/).
export type { LoadDatasetOptions, LoadedDataset } from "./dataset/load-dataset.js";
export { loadDataset } from "./dataset/load-dataset.js";
export { parseJsonText } from "./dataset/parse-json-text.js";
// Eligibility: which programmes fit a person and why (eligibility/).
export type {
  EligibilityPerson,
  EligibilityReasonKey,
  EligibilityResult,
  ProgrammeFit,
  Reason,
} from "./eligibility/eligibility.js";
export {
  ELIGIBILITY_REASON_KEYS,
  eligibility,
  isValidAge,
  MAX_PLAUSIBLE_AGE,
} from "./eligibility/eligibility.js";
export type { EligibilityChannel, EligibilityRule, Situation } from "./eligibility/eligibility-rules.js";
export { DEFAULT_ELIGIBILITY_RULES, SITUATIONS } from "./eligibility/eligibility-rules.js";
// Errors: every error core throws on purpose, each with a stable `code` (errors.ts).
export type { DataIssue, ErrorCode } from "./errors.js";
export {
  BeratungsfinderError,
  DatasetFetchError,
  DatasetParseError,
  DatasetValidationError,
  ERROR_CODES,
} from "./errors.js";
// Geocoding Germany offline: postcodes and municipalities (geo/).
export { toAsciiDigits } from "./geo/ascii-digits.js";
export type { Place } from "./geo/decode-pieces.js";
export { distanceKm } from "./geo/distance.js";
export { firstPieces } from "./geo/first-pieces.js";
export type { GeocodeMatch, Geocoder, PlaceChoice, PlaceResolution } from "./geo/geocoder.js";
export { createGeocoder } from "./geo/geocoder.js";
export type { GeoData, GeodataManifest, NamePiece, PostcodePiece } from "./geo/geodata-format.js";
export type { LoadGeocoderOptions } from "./geo/load-geocoder.js";
export { loadGeocoder } from "./geo/load-geocoder.js";
export type { DerivedMunicipalityKeys, MunicipalityKeyLookup } from "./geo/municipality-key.js";
export { deriveMunicipalityKeys, municipalityKeyOf } from "./geo/municipality-key.js";
// From their own file, so a bundle that imports them by file does not take the geocoder along.
export { queryForPlace, shortPlaceLabel } from "./geo/resolve-place.js";
// Take-away files for a visitor: a visit as a calendar event (icalendar/).
export type { VisitEventOptions } from "./icalendar/visit-event.js";
export { visitEventIcs } from "./icalendar/visit-event.js";
// Opening hours in Europe/Berlin, with public holidays (opening-hours/).
export type { BerlinParts } from "./opening-hours/berlin-time.js";
export {
  addDays,
  berlinInstant,
  berlinOffsetMinutes,
  berlinParts,
  weekdayOf,
} from "./opening-hours/berlin-time.js";
export type { DayHours } from "./opening-hours/day-hours.js";
export { hoursOn } from "./opening-hours/day-hours.js";
export type { HolidayPlace } from "./opening-hours/holiday-place.js";
export { officeHolidayPlace } from "./opening-hours/holiday-place.js";
export { currentInterval, isOpen } from "./opening-hours/is-open.js";
export type { NextOpeningOptions } from "./opening-hours/next-opening.js";
export { MAX_HORIZON_DAYS, nextOpening } from "./opening-hours/next-opening.js";
export type { OpeningInterval } from "./opening-hours/opening-interval.js";
export { intervalsOn } from "./opening-hours/opening-interval.js";
export type { OpeningState, OpeningStatus } from "./opening-hours/opening-status.js";
export { openingStatus } from "./opening-hours/opening-status.js";
export type { OutreachDate, OutreachOptions, OutreachVisit } from "./opening-hours/outreach.js";
export { nextOutreachDate, nextOutreachVisit, outreachOccursOn } from "./opening-hours/outreach.js";
export type { Holiday } from "./opening-hours/public-holidays.js";
export { easterSunday, holidayOn, publicHolidays } from "./opening-hours/public-holidays.js";
export type { RegionalHolidayRule, RegionalHolidayScope } from "./opening-hours/regional-holidays.js";
export { REGIONAL_HOLIDAY_RULES } from "./opening-hours/regional-holidays.js";
export type { DayView, WeekViewOptions } from "./opening-hours/week-view.js";
export { weekView } from "./opening-hours/week-view.js";
// Published folders: a dataset as static files loaded region by region (publish/).
export type { DecodedIndexPart } from "./publish/decode-published.js";
export {
  decodeDetailsPart,
  decodeIndexPart,
  decodeManifest,
  PublishedDataError,
} from "./publish/decode-published.js";
export type {
  DerivedFields,
  EncodedPublished,
  EncodePublishedOptions,
} from "./publish/encode-published.js";
export { encodePublished, manifestJson } from "./publish/encode-published.js";
export type { PublishedPage } from "./publish/first-page.js";
export { loadFirstPage, regionsForPage } from "./publish/first-page.js";
export type {
  OfficeDetails,
  OpenPublishedOptions,
  PartFailure,
  PublishedDataset,
  PublishedView,
  RegionDistance,
} from "./publish/open-published.js";
export { openPublished } from "./publish/open-published.js";
export type {
  CompactRegions,
  DetailsPart,
  IndexPart,
  PublishedManifest,
  PublishedRegion,
} from "./publish/published-format.js";
export { HASH_LENGTH, hashInName, MANIFEST_FILE, MANIFEST_FORMAT } from "./publish/published-format.js";
export type { IndexedOffice, OutreachPoint, SearchIndex } from "./search/create-index.js";
export { createIndex } from "./search/create-index.js";
export type { OutreachMatch, SearchQuery, SearchResult, SearchResults } from "./search/search.js";
export { search } from "./search/search.js";
// Text input in the encoding its bytes show (text-encoding/).
export type { DecodedText, DecodeTextOptions, TextEncodingName } from "./text-encoding/decode-text.js";
export {
  decodeText,
  TEXT_ENCODINGS,
  TextEncodingError,
  textEncodingName,
} from "./text-encoding/decode-text.js";
// Take-away files for a visitor: the office as a contact card (vcard/).
export type { OfficeVCardOptions } from "./vcard/office-vcard.js";
export { officeVCard } from "./vcard/office-vcard.js";

// What each field means, for the JSON Schema `description`s and FIELDS.md. Kept out of the runtime
// schemas so the browser bundle does not carry prose; json-schema.test.ts checks every field is here.
import type * as z from "zod/mini";
import {
  AccessibilitySchema,
  AddressSchema,
  AgeRangeSchema,
  BiweeklyOutreachSlotSchema,
  ContactSchema,
  DatasetSchema,
  GeoPointSchema,
  IntakeSchema,
  LanguageOfferSchema,
  MonthlyOutreachSlotSchema,
  OfficeSchema,
  OpeningExceptionSchema,
  OpeningHoursSchema,
  OutreachPlaceSchema,
  PhoneSchema,
  ProviderSchema,
  PublisherSchema,
  TimeSlotSchema,
  WeeklyHoursSchema,
  WeeklyOutreachSlotSchema,
} from "../src/index.js";

export interface DocumentedObject {
  id: string;
  schema: z.ZodMiniObject;
  summary: string;
  fields: Record<string, string>;
}

const day = (name: string) => `${name}'s slots, in any order; missing or empty means closed.`;

export const DOCUMENTED_OBJECTS: DocumentedObject[] = [
  {
    id: "Dataset",
    schema: DatasetSchema,
    summary: "A published set of offices with their providers: the file the widget and core load.",
    fields: {
      schemaVersion:
        'Version of this schema the file follows, "1.1" (or "1.0": every 1.0 file is a valid 1.1 file). Files from a newer 1.x load with a warning; 2.x fails.',
      name: "Title of the dataset.",
      publisher: "Who publishes the dataset.",
      license: 'Licence of the data, preferably an SPDX id such as "CC-BY-4.0" or "CC0-1.0".',
      attribution: "Attribution text the licence asks re-users to show.",
      generatedAt: "When the file was written, ISO 8601 date-time with offset.",
      fictional: "True for demo data: fictional offices in real places. Shown as such by the widget.",
      providers: "Providers (Träger) running the offices. Ids are unique.",
      offices: "The offices. Ids are unique and every providerId names a provider of this dataset.",
    },
  },
  {
    id: "Publisher",
    schema: PublisherSchema,
    summary: "The organisation that publishes a dataset.",
    fields: { name: "Name of the organisation.", url: "Its website, http or https." },
  },
  {
    id: "Provider",
    schema: ProviderSchema,
    summary: "A provider (Träger): the organisation that runs offices.",
    fields: {
      id: "Stable id, referenced by offices' providerId.",
      name: "Name of the provider.",
      umbrella: "Umbrella organisation (Spitzenverband) the provider belongs to.",
      website: "Website, http or https only.",
    },
  },
  {
    id: "Office",
    schema: OfficeSchema,
    summary:
      "A counselling office, fixed or mobile, or an online service. An online-only service (no in-person channel, e.g. MBEON or JMD4YOU) has no address and no geo.",
    fields: {
      id: "Stable id, unique in the dataset; keep it when the office moves.",
      providerId: "Id of the provider running the office.",
      name: "Name as the office presents itself.",
      programmes:
        "Programmes the office belongs to, at least one. Since 1.1 also FAIRE_MOBILITAET: Faire Mobilität (DGB), labour rights counselling for workers from EU countries (wages, contracts, posted work, accommodation), the counterpart of FAIRE_INTEGRATION for third-country workers; no age limit, so an age never hides it.",
      description: 'Short description per language, keyed by language code: { "de": "…", "en": "…" }.',
      address: "Street address; omitted for online-only services.",
      geo: "Coordinates of the entrance (WGS84), inside Germany.",
      serviceArea:
        "Official regional keys (AGS/ARS) of the districts or municipalities the office is responsible for.",
      contact: "Phones, e-mail addresses, website and booking link.",
      openingHours: "When the office can be reached; omit when unknown.",
      outreach:
        'Since 1.1. Other venues where the office counsels at set times ("every first Tuesday of the month, 10–12, Rathaus Frechen").',
      languages:
        'Languages counselling is offered in: ISO 639-1, or ISO 639-3 where there is none ("prs" Dari, "kmr" Kurmanji, "ckb" Sorani). Each entry is a plain code (a counsellor speaks it) or, since 1.1, a LanguageOffer { "code": "ar", "mode": "interpreter", "note": "Tuesdays" }; both forms may be mixed.',
      languageNote: 'A note on languages, e.g. "other languages with an interpreter".',
      topics: "What the office advises on.",
      ageRange: "Ages served, in whole years, both ends inclusive.",
      targetGroups: "Groups the office is for.",
      channels: "How counselling is offered. Without in-person the office is online-only.",
      accessibility: "Step-free access, accessible toilet, hearing loop.",
      womanCounsellor:
        'Since 1.1. Whether a person can ask to be counselled by a woman: true, false or "unknown" (the same as leaving it out).',
      freeOfCharge:
        "Since 1.1. Whether counselling costs nothing. When left out, MBE, JMD, MBEON, JMD4YOU, AVB, Faire Integration, Faire Mobilität, IQ and ADB offices count as free (their funding rules); an office of programme OTHER only must state it (a dataset of version 1.1 or later warns otherwise).",
      intake: "Since 1.1. Whether the office takes new clients (open, waiting list, paused), with a note.",
      lastVerified: "When the record was last checked with the office, YYYY-MM-DD.",
      source: "Where the record comes from (a URL or a short text).",
      fictional: "True for a fictional demo office.",
    },
  },
  {
    id: "LanguageOffer",
    schema: LanguageOfferSchema,
    summary:
      "Since 1.1. A language with how it is offered; a plain code in languages means a counsellor speaks it.",
    fields: {
      code: 'Language code, as in languages: "ar", "prs", "kmr".',
      mode: "counsellor (a counsellor speaks it), interpreter (through an interpreter) or on-request (can be arranged when asked in advance).",
      note: 'E.g. "Arabic on Tuesdays" or "please ask when booking".',
    },
  },
  {
    id: "Intake",
    schema: IntakeSchema,
    summary: "Since 1.1. Whether an office takes new clients.",
    fields: {
      status:
        "open (new clients welcome), waiting-list (new clients wait) or paused (no new clients for now).",
      note: 'E.g. "waiting time about 6 weeks" or "again from March".',
    },
  },
  {
    id: "Address",
    schema: AddressSchema,
    summary: "A German street address.",
    fields: {
      street: "Street and house number.",
      postalCode: "5-digit postcode (PLZ).",
      city: "City or municipality.",
      state: "State as ISO 3166-2 code, e.g. DE-NW.",
      municipalityKey:
        'Since 1.1. Official 8-digit municipality key (AGS), e.g. "09162000" for München. Decides the public holidays kept only in some municipalities (see packages/core/src/opening-hours/regional-holidays.md); derived from the postcode or position at import when missing.',
      addition: 'Extra line such as "2nd floor, room 12" or "c/o".',
    },
  },
  {
    id: "GeoPoint",
    schema: GeoPointSchema,
    summary: "A WGS84 coordinate inside Germany's bounding box (47.2–55.1 N, 5.8–15.1 E).",
    fields: { lat: "Latitude in degrees north.", lon: "Longitude in degrees east." },
  },
  {
    id: "Contact",
    schema: ContactSchema,
    summary: "How to reach an office. Prefer role mailboxes to personal addresses.",
    fields: {
      phones: "Phone numbers with their type.",
      emails: "E-mail addresses.",
      website: "Website, http or https only.",
      bookingUrl: "Online appointment booking, http or https only.",
    },
  },
  {
    id: "Phone",
    schema: PhoneSchema,
    summary: "A phone number that can be dialled.",
    fields: {
      number: 'National or international format: "+49 30 23125 123", "030 23125123", "(0221) 4710-123".',
      type: "voice, mobile, fax or messenger (a number reachable by messenger apps).",
      note: 'E.g. "Signal and WhatsApp" or "Tuesdays only".',
    },
  },
  {
    id: "OpeningHours",
    schema: OpeningHoursSchema,
    summary: "When an office can be reached. All times are Europe/Berlin local wall-clock times.",
    fields: {
      weekly: "The regular week.",
      exceptions: "Date ranges closed or with other hours: holidays, training days, summer hours.",
      appointmentOnly: "Visits only by appointment, whatever the slots say.",
      temporarilyClosed: "Closed until further notice.",
      note: "Anything the structure cannot say.",
    },
  },
  {
    id: "WeeklyHours",
    schema: WeeklyHoursSchema,
    summary:
      "Slots per weekday, Monday first. No other keys are allowed, so a typo cannot close a day unnoticed.",
    fields: {
      mo: day("Monday"),
      tu: day("Tuesday"),
      we: day("Wednesday"),
      th: day("Thursday"),
      fr: day("Friday"),
      sa: day("Saturday"),
      su: day("Sunday"),
    },
  },
  {
    id: "TimeSlot",
    schema: TimeSlotSchema,
    summary: "A span of time on one day. Ends after it starts; slots of a day do not overlap.",
    fields: {
      from: 'Start, "HH:MM".',
      to: 'End, "HH:MM"; "24:00" for midnight.',
      kind: 'open (walk in), consultation (open consultation hours, walk in), appointment (booked only) or phone (phone hours: reachable by phone, no visits). Only open and consultation make an office "open now".',
    },
  },
  {
    id: "OpeningException",
    schema: OpeningExceptionSchema,
    summary: "Days with other hours than usual.",
    fields: {
      from: "First day, YYYY-MM-DD.",
      to: "Last day (inclusive), YYYY-MM-DD, not before from.",
      closed: "Closed on these days. Then there are no slots.",
      slots: "The hours on these days when not closed.",
      note: 'E.g. "team training".',
    },
  },
  {
    id: "OutreachPlace",
    schema: OutreachPlaceSchema,
    summary:
      "Since 1.1. A venue other than the office (town hall, family centre, shared accommodation) where counsellors are at set times.",
    fields: {
      name: 'Name of the venue, e.g. "Rathaus Frechen".',
      address:
        "Street address of the venue; its state and municipality key decide the public holidays that skip a visit.",
      geo: "Coordinates of the venue (WGS84), inside Germany.",
      slots: "When counsellors are there, at least one recurring slot.",
      note: 'E.g. "room 1.12, ask at the reception".',
    },
  },
  ...(
    [
      ["WeeklyOutreachSlot", WeeklyOutreachSlotSchema, "Every week on a weekday.", {}],
      [
        "BiweeklyOutreachSlot",
        BiweeklyOutreachSlotSchema,
        "Every second week on a weekday, counted from a start date.",
        { start: "First visit, YYYY-MM-DD, on the slot's day; then every 14 days." },
      ],
      [
        "MonthlyOutreachSlot",
        MonthlyOutreachSlotSchema,
        "The nth weekday of every month, e.g. every first Tuesday; a month without a fifth such day has no visit for week 5.",
        { week: "Which one of the month: 1 to 5 (first to fifth), or -1 for the last." },
      ],
    ] as const
  ).map(([id, schema, summary, extra]) => ({
    id,
    schema,
    summary: `Since 1.1. An outreach slot: ${summary} Times are Europe/Berlin local wall-clock times; public holidays at the venue are skipped.`,
    fields: {
      repeat: 'How the slot recurs: "weekly", "every-2-weeks" or "monthly".',
      ...extra,
      day: "Weekday, mo to su.",
      from: 'Start, "HH:MM".',
      to: 'End, "HH:MM", after the start; "24:00" for midnight.',
      kind: "open, consultation (the default: open consultation hours, walk in), appointment or phone, as in TimeSlot.",
      note: 'E.g. "not in the school holidays".',
    },
  })),
  {
    id: "AgeRange",
    schema: AgeRangeSchema,
    summary: "Ages in whole years, both ends inclusive: JMD is min 12, max 26; MBE is min 27.",
    fields: { min: "Youngest age served.", max: "Oldest age served, not below min." },
  },
  {
    id: "Accessibility",
    schema: AccessibilitySchema,
    summary: 'Each feature is true, false or "unknown" (the default: false would be a claim).',
    fields: {
      stepFree: "Entrance and counselling rooms reachable without steps.",
      accessibleToilet: "An accessible toilet.",
      hearingLoop: "An induction loop for hearing aids.",
      note: "Details, e.g. where the ramp is.",
    },
  },
];

import * as z from "zod/mini";
import { AccessibilitySchema } from "./accessibility.js";
import { AddressSchema } from "./address.js";
import { CalendarDateSchema } from "./calendar-date.js";
import { ChannelSchema } from "./channel.js";
import { ContactSchema } from "./contact.js";
import { GeoPointSchema } from "./geo-point.js";
import { onlyWhenValid } from "./internal/only-when-valid.js";
import { LanguageCodeSchema, LanguageEntrySchema } from "./language.js";
import { OpeningHoursSchema } from "./opening-hours.js";
import { OutreachPlaceSchema } from "./outreach.js";
import { ProgrammeSchema } from "./programme.js";
import { TargetGroupSchema } from "./target-group.js";
import { TopicSchema } from "./topic.js";
import { AGE_BOUNDS } from "./vocabulary/defaults.js";
import { INTAKE_STATUSES } from "./vocabulary/services.js";

/** An official regional key (AGS/ARS): state (2), district region (3), district (5), municipality (8, 9 or 12 digits). */
export const RegionKeySchema = z.string().check(
  z.regex(/^(?:\d{2}|\d{3}|\d{5}|\d{8}|\d{9}|\d{12})$/, {
    error: 'expected an official regional key (AGS/ARS) of 2, 3, 5, 8, 9 or 12 digits, such as "05315"',
  }),
);

const AgeSchema = z
  .int()
  .check(
    z.gte(AGE_BOUNDS.min, { error: `expected an age of ${AGE_BOUNDS.min} or more` }),
    z.lte(AGE_BOUNDS.max, { error: `expected an age of ${AGE_BOUNDS.max} or less` }),
  );

/** Ages in whole years, both inclusive: JMD is `{ min: 12, max: 26 }`, MBE is `{ min: 27 }`. */
export const AgeRangeSchema = z.object({ min: z.optional(AgeSchema), max: z.optional(AgeSchema) }).check(
  z.refine((range) => range.min === undefined || range.max === undefined || range.min <= range.max, {
    error: (issue) => {
      const range = issue.input as { min: number; max: number };
      return `expected a maximum age of at least the minimum ${range.min}, received ${range.max}`;
    },
    path: ["max"],
    when: onlyWhenValid,
  }),
);
export type AgeRange = z.infer<typeof AgeRangeSchema>;

/** Since 1.1: whether the office takes new clients, with a note such as "waiting time about 6 weeks". */
export const IntakeSchema = z.object({
  status: z.enum(INTAKE_STATUSES),
  note: z.optional(z.string()),
});
export type Intake = z.infer<typeof IntakeSchema>;

/** Since 1.1: true, false or "unknown", like the accessibility features. */
const TriStateSchema = z.union([z.boolean(), z.literal("unknown")], {
  error: 'expected true, false or "unknown"',
});

/**
 * One counselling office, fixed or mobile, or an online service (then without address and geo).
 *
 * @example
 * const result = parseOffice({ id: "mbe-köln-1", providerId: "caritas-köln", name: "MBE Köln", programmes: ["MBE"] });
 */
export const OfficeSchema = z.object({
  id: z.string().check(z.minLength(1)),
  providerId: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  programmes: z.array(ProgrammeSchema).check(z.minLength(1, { error: "expected at least one programme" })),
  description: z.optional(z.record(LanguageCodeSchema, z.string())),
  address: z.optional(AddressSchema),
  geo: z.optional(GeoPointSchema),
  serviceArea: z._default(z.array(RegionKeySchema), () => []),
  contact: z._default(ContactSchema, () => ({ phones: [], emails: [] })),
  openingHours: z.optional(OpeningHoursSchema),
  outreach: z.optional(z.array(OutreachPlaceSchema)),
  languages: z._default(z.array(LanguageEntrySchema), () => []),
  languageNote: z.optional(z.string()),
  topics: z._default(z.array(TopicSchema), () => []),
  ageRange: z.optional(AgeRangeSchema),
  targetGroups: z._default(z.array(TargetGroupSchema), () => []),
  channels: z._default(z.array(ChannelSchema), () => []),
  accessibility: z.optional(AccessibilitySchema),
  womanCounsellor: z.optional(TriStateSchema),
  freeOfCharge: z.optional(z.boolean()),
  intake: z.optional(IntakeSchema),
  lastVerified: z.optional(CalendarDateSchema),
  source: z.optional(z.string()),
  fictional: z.optional(z.boolean()),
});
export type Office = z.output<typeof OfficeSchema>;
export type OfficeInput = z.input<typeof OfficeSchema>;

import * as z from "zod/mini";
import { hsdsAnnotations } from "./attribute.js";

export const HSDS_WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

/**
 * HSDS `schedule`, modelled on RFC 5545: `freq` WEEKLY or MONTHLY, `byday` such as "MO,WE" or "1SA",
 * `opens_at`/`closes_at` as times. HSDS's `timezone` is a UTC offset, which breaks at daylight-saving
 * changes; our own model uses Europe/Berlin wall-clock times instead.
 */
export const HsdsSchedule = z.looseObject({
  id: z.string(),
  service_id: z.optional(z.string()),
  location_id: z.optional(z.string()),
  service_at_location_id: z.optional(z.string()),
  valid_from: z.optional(z.string()),
  valid_to: z.optional(z.string()),
  dtstart: z.optional(z.string()),
  timezone: z.optional(z.number()),
  until: z.optional(z.string()),
  count: z.optional(z.number()),
  wkst: z.optional(z.enum(HSDS_WEEKDAYS)),
  freq: z.optional(z.enum(["WEEKLY", "MONTHLY"])),
  interval: z.optional(z.number()),
  byday: z.optional(z.string()),
  byweekno: z.optional(z.string()),
  bymonthday: z.optional(z.string()),
  byyearday: z.optional(z.string()),
  description: z.optional(z.string()),
  opens_at: z.optional(z.string()),
  closes_at: z.optional(z.string()),
  schedule_link: z.optional(z.string()),
  attending_type: z.optional(z.string()),
  notes: z.optional(z.string()),
  ...hsdsAnnotations,
});
export type HsdsSchedule = z.infer<typeof HsdsSchedule>;

import * as z from "zod/mini";
import { HsdsAccessibility } from "./accessibility.js";
import { HSDS_LOCATION_TYPES, HsdsAddress } from "./address.js";
import { hsdsAnnotations } from "./attribute.js";
import { HsdsContact } from "./contact.js";
import { HsdsLanguage } from "./language.js";
import { HsdsPhone } from "./phone.js";
import { HsdsSchedule } from "./schedule.js";

/** HSDS `location`: where services are delivered; an office maps to a location. */
export const HsdsLocation = z.looseObject({
  id: z.string(),
  location_type: z.enum(HSDS_LOCATION_TYPES),
  url: z.optional(z.string()),
  organization_id: z.optional(z.string()),
  name: z.optional(z.string()),
  alternate_name: z.optional(z.string()),
  description: z.optional(z.string()),
  transportation: z.optional(z.string()),
  latitude: z.optional(z.number()),
  longitude: z.optional(z.number()),
  // A string in HSDS; numeric ids such as UPRNs arrive as numbers from CSV (the official tabular example).
  external_identifier: z.optional(z.union([z.string(), z.number()])),
  external_identifier_type: z.optional(z.string()),
  languages: z.optional(z.array(HsdsLanguage)),
  addresses: z.optional(z.array(HsdsAddress)),
  contacts: z.optional(z.array(HsdsContact)),
  accessibility: z.optional(z.array(HsdsAccessibility)),
  phones: z.optional(z.array(HsdsPhone)),
  schedules: z.optional(z.array(HsdsSchedule)),
  ...hsdsAnnotations,
});
export type HsdsLocation = z.infer<typeof HsdsLocation>;

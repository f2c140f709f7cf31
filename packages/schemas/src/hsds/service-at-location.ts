import * as z from "zod/mini";
import { hsdsAnnotations } from "./attribute.js";
import { HsdsContact } from "./contact.js";
import { HsdsLocation } from "./location.js";
import { HsdsPhone } from "./phone.js";
import { HsdsSchedule } from "./schedule.js";

/** HSDS `service_at_location`: a service as delivered at one location (with its own hours and phones). */
export const HsdsServiceAtLocation = z.looseObject({
  id: z.string(),
  service_id: z.optional(z.string()),
  location_id: z.optional(z.string()),
  description: z.optional(z.string()),
  contacts: z.optional(z.array(HsdsContact)),
  phones: z.optional(z.array(HsdsPhone)),
  schedules: z.optional(z.array(HsdsSchedule)),
  location: z.optional(HsdsLocation),
  ...hsdsAnnotations,
});
export type HsdsServiceAtLocation = z.infer<typeof HsdsServiceAtLocation>;

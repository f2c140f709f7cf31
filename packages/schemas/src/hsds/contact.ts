import * as z from "zod/mini";
import { hsdsAnnotations } from "./attribute.js";
import { HsdsPhone } from "./phone.js";

/** HSDS `contact`: a named person or role. Personal data: publish only with consent. */
export const HsdsContact = z.looseObject({
  id: z.string(),
  organization_id: z.optional(z.string()),
  service_id: z.optional(z.string()),
  service_at_location_id: z.optional(z.string()),
  location_id: z.optional(z.string()),
  name: z.optional(z.string()),
  title: z.optional(z.string()),
  department: z.optional(z.string()),
  email: z.optional(z.string()),
  phones: z.optional(z.array(HsdsPhone)),
  ...hsdsAnnotations,
});
export type HsdsContact = z.infer<typeof HsdsContact>;

import * as z from "zod/mini";
import { hsdsAnnotations } from "./attribute.js";
import { HsdsLanguage } from "./language.js";

/** HSDS `phone`. `type` is free text in HSDS 3.0 (text, voice, fax, cell, video, pager, textphone). */
export const HsdsPhone = z.looseObject({
  id: z.string(),
  location_id: z.optional(z.string()),
  service_id: z.optional(z.string()),
  organization_id: z.optional(z.string()),
  contact_id: z.optional(z.string()),
  service_at_location_id: z.optional(z.string()),
  number: z.string(),
  extension: z.optional(z.number()),
  type: z.optional(z.string()),
  description: z.optional(z.string()),
  languages: z.optional(z.array(HsdsLanguage)),
  ...hsdsAnnotations,
});
export type HsdsPhone = z.infer<typeof HsdsPhone>;

import * as z from "zod/mini";
import { hsdsAnnotations } from "./attribute.js";

/** HSDS `language`: a language a service, location or phone line offers (`code`: ISO 639-1 or 639-3). */
export const HsdsLanguage = z.looseObject({
  id: z.string(),
  service_id: z.optional(z.string()),
  location_id: z.optional(z.string()),
  phone_id: z.optional(z.string()),
  name: z.optional(z.string()),
  code: z.optional(z.string()),
  note: z.optional(z.string()),
  ...hsdsAnnotations,
});
export type HsdsLanguage = z.infer<typeof HsdsLanguage>;

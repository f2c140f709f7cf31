import * as z from "zod/mini";
import { hsdsAnnotations } from "./attribute.js";

/** HSDS `accessibility`: free-text accessibility information for a location. */
export const HsdsAccessibility = z.looseObject({
  id: z.string(),
  location_id: z.optional(z.string()),
  description: z.optional(z.string()),
  details: z.optional(z.string()),
  url: z.optional(z.string()),
  ...hsdsAnnotations,
});
export type HsdsAccessibility = z.infer<typeof HsdsAccessibility>;

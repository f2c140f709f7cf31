import * as z from "zod/mini";
import { hsdsAnnotations } from "./attribute.js";

export const HSDS_LOCATION_TYPES = ["physical", "postal", "virtual"] as const;

/** HSDS `address`. `country` is ISO 3166-1 alpha-2 ("DE"); `state_province` is free text. */
export const HsdsAddress = z.looseObject({
  id: z.string(),
  location_id: z.optional(z.string()),
  attention: z.optional(z.string()),
  address_1: z.string(),
  address_2: z.optional(z.string()),
  city: z.string(),
  region: z.optional(z.string()),
  state_province: z.string(),
  postal_code: z.string(),
  country: z.string(),
  address_type: z.enum(HSDS_LOCATION_TYPES),
  ...hsdsAnnotations,
});
export type HsdsAddress = z.infer<typeof HsdsAddress>;

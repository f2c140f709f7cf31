import * as z from "zod/mini";
import { hsdsAnnotations } from "./attribute.js";

/** HSDS `service_area`: where a service is offered; `extent` is GeoJSON or text, per `extent_type`. */
export const HsdsServiceArea = z.looseObject({
  id: z.string(),
  service_id: z.optional(z.string()),
  name: z.optional(z.string()),
  description: z.optional(z.string()),
  extent: z.optional(z.string()),
  extent_type: z.optional(z.string()),
  uri: z.optional(z.string()),
  ...hsdsAnnotations,
});
export type HsdsServiceArea = z.infer<typeof HsdsServiceArea>;

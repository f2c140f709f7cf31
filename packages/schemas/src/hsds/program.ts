import * as z from "zod/mini";
import { hsdsAnnotations } from "./attribute.js";

/** HSDS `program`: a group of services; MBE and JMD map here. */
export const HsdsProgram = z.looseObject({
  id: z.string(),
  organization_id: z.optional(z.string()),
  name: z.string(),
  alternate_name: z.optional(z.string()),
  description: z.string(),
  ...hsdsAnnotations,
});
export type HsdsProgram = z.infer<typeof HsdsProgram>;

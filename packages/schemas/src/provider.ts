import * as z from "zod/mini";
import { UmbrellaSchema } from "./umbrella.js";
import { HttpUrlSchema } from "./web-address.js";

/** A provider (Träger): the organisation that runs offices. */
export const ProviderSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  umbrella: UmbrellaSchema,
  website: z.optional(HttpUrlSchema),
});
export type Provider = z.infer<typeof ProviderSchema>;

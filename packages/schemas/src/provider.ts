import * as z from "zod/mini";
import { HttpUrlSchema } from "./web-address.js";

/** The umbrella organisation (Spitzenverband) a provider belongs to. */
export const UMBRELLAS = [
  "awo",
  "caritas",
  "diakonie",
  "drk",
  "paritaetischer",
  "zwst",
  "bdv",
  "ib",
  "migrant-organisation",
  "municipality",
  "other",
] as const;

// Marked pure so a bundle that only needs the constant drops the schema.
export const UmbrellaSchema = /* @__PURE__ */ z.enum(UMBRELLAS);
export type Umbrella = z.infer<typeof UmbrellaSchema>;

/** A provider (Träger): the organisation that runs offices. */
export const ProviderSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  umbrella: UmbrellaSchema,
  website: z.optional(HttpUrlSchema),
});
export type Provider = z.infer<typeof ProviderSchema>;

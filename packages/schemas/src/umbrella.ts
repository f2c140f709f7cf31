import * as z from "zod/mini";

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

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
export type Umbrella = (typeof UMBRELLAS)[number];

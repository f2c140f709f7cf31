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
  // Since 1.1: the JMD carrier groups, Evangelische and Katholische Jugendsozialarbeit.
  "bag-ejsa",
  "bag-kjs",
] as const;
export type Umbrella = (typeof UMBRELLAS)[number];

import type { StateCode, TargetGroup, Topic, Umbrella } from "@beratungsfinder/schemas";

// The fixed tables the demo generator draws from: how often offices offer each language, umbrella,
// topic and target group, and the invented names and numbers a fictional office gets.

/** Germany's bounding box: a jittered point never leaves it. */
export const BOUNDS = { minLat: 47.2, maxLat: 55.1, minLon: 5.8, maxLon: 15.1 };

/** Number ranges the Bundesnetzagentur keeps free for films and books, with the city they belong to. */
export const FICTIONAL_PHONE_RANGES = [
  { prefix: "030 23125", lat: 52.52, lon: 13.405 },
  { prefix: "069 90009", lat: 50.11, lon: 8.682 },
  { prefix: "040 66969", lat: 53.551, lon: 9.994 },
  { prefix: "0221 4710", lat: 50.938, lon: 6.96 },
  { prefix: "089 99998", lat: 48.137, lon: 11.575 },
] as const;

/** The eastern states, where fewer offices counsel in Turkish and more in Russian and Ukrainian. */
export const EAST: ReadonlySet<StateCode> = new Set(["DE-BB", "DE-MV", "DE-SN", "DE-ST", "DE-TH"]);

/** Counselling languages by how often offices offer them, after the main countries of origin (see DOMAIN.md). */
export const ADULT_LANGUAGES = {
  ar: 28,
  en: 30,
  tr: 18,
  ru: 22,
  uk: 22,
  fa: 12,
  prs: 6,
  ps: 4,
  kmr: 6,
  ckb: 4,
  ti: 4,
  so: 3,
  fr: 8,
  ro: 9,
  bg: 7,
  pl: 9,
  es: 3,
  sq: 3,
  ur: 2,
  am: 2,
} as const;
export const YOUTH_LANGUAGES = {
  ar: 30,
  en: 30,
  fa: 14,
  prs: 12,
  ps: 8,
  ti: 8,
  so: 6,
  tr: 14,
  uk: 20,
  ru: 14,
  fr: 6,
  kmr: 6,
  ckb: 4,
} as const;

export const ADULT_UMBRELLAS: Partial<Record<Umbrella, number>> = {
  caritas: 24,
  diakonie: 22,
  awo: 18,
  drk: 12,
  paritaetischer: 10,
  "migrant-organisation": 8,
  bdv: 3,
  zwst: 2,
  municipality: 1,
};
export const YOUTH_UMBRELLAS: Partial<Record<Umbrella, number>> = {
  diakonie: 28,
  caritas: 26,
  awo: 14,
  ib: 12,
  drk: 8,
  paritaetischer: 8,
  "migrant-organisation": 3,
  municipality: 1,
};

/** Invented provider names: "Beispielträger" plus a word no real organisation goes by on its own. */
export const PROVIDER_WORDS: Record<Umbrella, string> = {
  awo: "Brücke",
  caritas: "Ankommen",
  diakonie: "Miteinander",
  drk: "Nachbarschaft",
  paritaetischer: "Vielfalt",
  zwst: "Begegnung",
  bdv: "Heimatwege",
  ib: "Perspektive",
  "migrant-organisation": "Stimmen",
  municipality: "Kommune",
  other: "Horizont",
  "bag-ejsa": "Jugendbrücke",
  "bag-kjs": "Jugendwege",
};

export const STREETS = [
  "Hauptstraße",
  "Bahnhofstraße",
  "Schulstraße",
  "Gartenstraße",
  "Kirchstraße",
  "Marktplatz",
  "Lindenstraße",
  "Ringstraße",
  "Poststraße",
  "Friedrichstraße",
  "Goethestraße",
  "Schillerstraße",
  "Am Rathaus",
  "Mühlenweg",
];

// Partial: the topics added in 1.1 are not drawn, so the demo data of 1.0 stays as it was.
export const ADULT_TOPICS: Partial<Record<Topic, number>> = {
  residence: 1,
  asylum: 0.4,
  work: 0.9,
  recognition: 0.7,
  "language-courses": 1,
  housing: 0.7,
  health: 0.5,
  family: 0.7,
  education: 0.4,
  benefits: 0.8,
  debt: 0.3,
  discrimination: 0.4,
  naturalisation: 0.6,
  "everyday-life": 1,
};
export const YOUTH_TOPICS: Partial<Record<Topic, number>> = {
  residence: 0.7,
  asylum: 0.3,
  work: 0.9,
  recognition: 0.5,
  "language-courses": 1,
  housing: 0.4,
  health: 0.3,
  family: 0.6,
  education: 1,
  benefits: 0.3,
  debt: 0.1,
  discrimination: 0.5,
  naturalisation: 0.2,
  "everyday-life": 1,
};

export const ADULT_GROUPS: Partial<Record<TargetGroup, number>> = {
  newcomers: 1,
  refugees: 0.7,
  "eu-citizens": 0.6,
  spaetaussiedler: 0.3,
  workers: 0.5,
  families: 1,
  women: 0.2,
};
export const YOUTH_GROUPS: Partial<Record<TargetGroup, number>> = {
  "young-people": 1,
  newcomers: 0.8,
  refugees: 0.7,
  parents: 0.6,
  lgbtiq: 0.05,
};

/**
 * Faire Mobilität counsels EU workers in the languages of the main sending countries (Poland, Romania,
 * Bulgaria, Hungary, Croatia, the Czech Republic, Slovakia, the Baltic states) and of workers posted
 * through them (Serbian).
 */
export const EU_WORKER_LANGUAGES = {
  pl: 10,
  ro: 10,
  bg: 9,
  hu: 6,
  hr: 4,
  cs: 3,
  sk: 3,
  lt: 2,
  lv: 2,
  sr: 2,
} as const;

/** Labour rights first (wages, working time, dismissal), then social insurance, housing tied to the job, accidents. */
export const EU_WORKER_TOPICS: Partial<Record<Topic, number>> = {
  work: 1,
  benefits: 0.6,
  housing: 0.4,
  health: 0.4,
  discrimination: 0.2,
};

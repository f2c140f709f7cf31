import type { Place } from "@beratungsfinder/core";
import type {
  Accessibility,
  Channel,
  Dataset,
  Office,
  Provider,
  StateCode,
  TargetGroup,
  Topic,
  Umbrella,
} from "@beratungsfinder/schemas";
import { languageCodeOf } from "@beratungsfinder/schemas/vocabulary";
import { demoOpeningHours } from "./opening-hours-templates.js";
import type { Random } from "./random.js";
import { createRandom } from "./random.js";

/** What the generator reads from a municipality: the geocoder's `Place`, the district name optional. */
export type DemoPlace = Pick<Place, "name" | "ags" | "state" | "lat" | "lon" | "population" | "postalCode"> &
  Partial<Pick<Place, "district">>;

export interface DemoDatasetOptions {
  /** Same seed, same dataset. Default 1. */
  seed?: number;
  /** Fictional offices in all (MBE and JMD in the real ratio 1,400 : 490). Default 1,890. */
  count?: number;
  /** Real municipalities with their population, e.g. `geocoder.places`. */
  places: readonly DemoPlace[];
  /** The dataset's `generatedAt`; fixed by default so the output is reproducible. */
  generatedAt?: string;
}

const MBE_OFFICES = 1400;
const JMD_OFFICES = 490;
const BOUNDS = { minLat: 47.2, maxLat: 55.1, minLon: 5.8, maxLon: 15.1 };

/** Number ranges the Bundesnetzagentur keeps free for films and books, with the city they belong to. */
const FICTIONAL_PHONE_RANGES = [
  { prefix: "030 23125", lat: 52.52, lon: 13.405 },
  { prefix: "069 90009", lat: 50.11, lon: 8.682 },
  { prefix: "040 66969", lat: 53.551, lon: 9.994 },
  { prefix: "0221 4710", lat: 50.938, lon: 6.96 },
  { prefix: "089 99998", lat: 48.137, lon: 11.575 },
] as const;

/** A postcode in each state's capital, for the few places the register gives none. */
const STATE_POSTCODES: Record<StateCode, string> = {
  "DE-BW": "70173",
  "DE-BY": "80331",
  "DE-BE": "10115",
  "DE-BB": "14467",
  "DE-HB": "28195",
  "DE-HH": "20095",
  "DE-HE": "65183",
  "DE-MV": "19053",
  "DE-NI": "30159",
  "DE-NW": "40213",
  "DE-RP": "55116",
  "DE-SL": "66111",
  "DE-SN": "01067",
  "DE-ST": "39104",
  "DE-SH": "24103",
  "DE-TH": "99084",
};

const EAST: ReadonlySet<StateCode> = new Set(["DE-BB", "DE-MV", "DE-SN", "DE-ST", "DE-TH"]);

/** Counselling languages by how often offices offer them, after the main countries of origin (see DOMAIN.md). */
const ADULT_LANGUAGES = {
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
const YOUTH_LANGUAGES = {
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

const ADULT_UMBRELLAS: Partial<Record<Umbrella, number>> = {
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
const YOUTH_UMBRELLAS: Partial<Record<Umbrella, number>> = {
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
const PROVIDER_WORDS: Record<Umbrella, string> = {
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

const STREETS = [
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
const ADULT_TOPICS: Partial<Record<Topic, number>> = {
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
const YOUTH_TOPICS: Partial<Record<Topic, number>> = {
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

const ADULT_GROUPS: Partial<Record<TargetGroup, number>> = {
  newcomers: 1,
  refugees: 0.7,
  "eu-citizens": 0.6,
  spaetaussiedler: 0.3,
  workers: 0.5,
  families: 1,
  women: 0.2,
};
const YOUTH_GROUPS: Partial<Record<TargetGroup, number>> = {
  "young-people": 1,
  newcomers: 0.8,
  refugees: 0.7,
  parents: 0.6,
  lgbtiq: 0.05,
};

/**
 * A deterministic dataset of fictional MBE and JMD offices in real municipalities, spread in proportion
 * to population, plus the real online services mbeon and jmd4you. Everything a person could mistake
 * for a real office is invented: "Beispielträger" providers, example.org addresses and the telephone
 * numbers reserved for fiction. Demo site default data and benchmark input.
 *
 * @example
 * const dataset = generateDemoDataset({ seed: 1, places: geocoder.places });
 */
export function generateDemoDataset(options: DemoDatasetOptions): Dataset {
  const random = createRandom(options.seed ?? 1);
  const count = Math.max(0, Math.round(options.count ?? MBE_OFFICES + JMD_OFFICES));
  const generatedAt = options.generatedAt ?? "2026-01-05T08:00:00.000Z";
  const year = Number(generatedAt.slice(0, 4));
  const places = [...options.places]
    .filter((place) => place.population > 0 && Number.isFinite(place.lat) && Number.isFinite(place.lon))
    .sort((a, b) => (a.ags < b.ags ? -1 : a.ags > b.ags ? 1 : 0));
  const postcodes = postcodeLookup(places);

  const providers = new Map<string, Provider>();
  const offices: Office[] = [];
  const perSlug = new Map<string, number>();
  const mbeCount = Math.round((count * MBE_OFFICES) / (MBE_OFFICES + JMD_OFFICES));
  for (const youth of [false, true]) {
    const allocation = allocate(places, youth ? count - mbeCount : mbeCount, random);
    for (const [placeIndex, officesHere] of allocation) {
      const place = places[placeIndex]!;
      for (let site = 1; site <= officesHere; site++) {
        const office = demoOffice({
          random,
          place,
          youth,
          site,
          officesHere,
          year,
          perSlug,
          providers,
          postcodes,
        });
        offices.push(office);
      }
    }
  }

  const online = onlineServices();
  for (const provider of online.providers) providers.set(provider.id, provider);
  offices.push(...online.offices);

  return {
    schemaVersion: "1.1",
    name: "Beratungsfinder – fiktive Beispieldaten",
    publisher: { name: "Beratungsfinder (Beispieldaten)", url: "https://example.org/beratungsfinder" },
    license: "CC0-1.0",
    attribution:
      "Fiktive Beratungsstellen an echten Orten. Gemeinden: © GeoBasis-DE / BKG, dl-de/by-2-0; " +
      "Einwohnerzahlen: © Statistisches Bundesamt (Destatis), dl-de/by-2-0.",
    generatedAt,
    fictional: true,
    providers: [...providers.values()],
    offices,
  };
}

/**
 * Systematic sampling proportional to population: walks the places with a fixed step of inhabitants
 * from a random start, so a city of k steps gets about k offices and a village gets one with a
 * probability matching its size. Returns place index → number of offices.
 */
function allocate(places: readonly DemoPlace[], count: number, random: Random): Map<number, number> {
  const allocation = new Map<number, number>();
  if (count === 0 || places.length === 0) return allocation;
  const total = places.reduce((sum, place) => sum + place.population, 0);
  const step = total / count;
  let next = random.next() * step;
  let cumulative = 0;
  for (let index = 0; index < places.length; index++) {
    cumulative += places[index]!.population;
    while (next < cumulative && allocation.size <= count) {
      allocation.set(index, (allocation.get(index) ?? 0) + 1);
      next += step;
    }
  }
  return allocation;
}

interface OfficeContext {
  random: Random;
  place: DemoPlace;
  youth: boolean;
  /** 1-based number of this office among the offices of its programme in this place. */
  site: number;
  officesHere: number;
  year: number;
  perSlug: Map<string, number>;
  providers: Map<string, Provider>;
  postcodes: (place: DemoPlace) => string;
}

function demoOffice(context: OfficeContext): Office {
  const { random, place, youth, site, officesHere, year } = context;
  const slug = slugify(place.name);
  const programme = youth ? "JMD" : "MBE";
  const key = `${programme}:${slug}`;
  const number = (context.perSlug.get(key) ?? 0) + 1;
  context.perSlug.set(key, number);
  const handle = `${youth ? "jmd" : "beratung"}-${slug}-${number}`;

  const umbrella = random.weighted<Umbrella>(youth ? YOUTH_UMBRELLAS : ADULT_UMBRELLAS);
  const provider = demoProvider(context.providers, place, umbrella);
  const base = youth ? "Jugendmigrationsdienst" : "Migrationsberatung für Erwachsene";
  const channels = pickChannels(random, youth);
  const hours = demoOpeningHours(random, youth, year);
  const office: Office = {
    id: `${programme.toLowerCase()}-${slug}-${number}`,
    providerId: provider.id,
    name: officesHere > 1 ? `${base} ${place.name}, Standort ${site}` : `${base} ${place.name}`,
    programmes: [programme],
    description: {
      de: `Fiktive Beratungsstelle (Beispieldaten). Träger: ${provider.name}`,
      en: `Fictional office (demo data). Provider: ${provider.name}`,
    },
    address: {
      street: `${random.pick(STREETS)} ${random.int(1, 120)}`,
      postalCode: context.postcodes(place),
      city: place.name,
      state: place.state,
    },
    geo: jitter(random, place),
    serviceArea: [place.ags.slice(0, 5)],
    contact: {
      phones: [{ number: fictionalPhone(random, place), type: "voice" }],
      emails: [`${handle}@example.org`],
      website: `https://example.org/beratungsstellen/${handle}`,
    },
    openingHours: hours,
    languages: pickLanguages(random, place, youth),
    topics: pickByChance(random, youth ? YOUTH_TOPICS : ADULT_TOPICS),
    targetGroups: pickByChance(random, youth ? YOUTH_GROUPS : ADULT_GROUPS),
    channels,
    accessibility: pickAccessibility(random),
    lastVerified: lastVerified(random, year),
    source: "Fiktive Beispieldaten, erzeugt von generateDemoDataset (@beratungsfinder/cli).",
    fictional: true,
  };
  if (hours.appointmentOnly || random.chance(0.2)) {
    office.contact.bookingUrl = `https://example.org/termine/${handle}`;
  }
  if (random.chance(0.25)) office.languageNote = "Weitere Sprachen mit Sprachmittlung nach Absprache.";
  if (youth) office.ageRange = { min: 12, max: 26 };
  addModel11Fields(office, place, youth, year);
  return office;
}

const OUTREACH_VENUES = ["Rathaus", "Bürgerhaus", "Familienzentrum", "Stadtteilzentrum", "Jugendzentrum"];
const OUTREACH_DAYS = ["tu", "we", "th"] as const;

/**
 * The fields of data model 1.1, drawn from a random source of the office's own (seeded by its id), so
 * everything the 1.0 generator drew stays exactly as it was.
 */
function addModel11Fields(office: Office, place: DemoPlace, youth: boolean, year: number): void {
  const random = createRandom(hashOf(office.id));
  if (office.address && /^\d{8}$/.test(place.ags)) office.address.municipalityKey = place.ags;
  // A few languages are offered through an interpreter or on request rather than by a counsellor.
  office.languages = office.languages.map((code) =>
    code !== "de" && random.chance(0.15)
      ? { code: languageCodeOf(code), mode: random.chance(0.6) ? "interpreter" : "on-request" }
      : code,
  );
  const topics: Partial<Record<Topic, number>> = youth
    ? { "family-reunification": 0.15, "violence-protection": 0.15, "psychosocial-support": 0.3 }
    : { "family-reunification": 0.35, "violence-protection": 0.15, "psychosocial-support": 0.2 };
  office.topics.push(...pickByChance(random, topics));
  const groups: Partial<Record<TargetGroup, number>> = youth
    ? { "tolerated-persons": 0.2, "unaccompanied-minors": 0.3 }
    : { "tolerated-persons": 0.2 };
  office.targetGroups.push(...pickByChance(random, groups));
  if (random.chance(0.3)) office.channels.push("email");
  if (random.chance(youth ? 0.35 : 0.15)) office.channels.push("group");
  const woman = random.next();
  if (woman < 0.45) office.womanCounsellor = true;
  else if (woman < 0.55) office.womanCounsellor = false;
  const intake = random.next();
  if (intake < 0.12)
    office.intake = { status: "waiting-list", note: `Wartezeit etwa ${random.int(2, 8)} Wochen` };
  else if (intake < 0.15) office.intake = { status: "paused", note: "Zurzeit keine Neuaufnahmen" };
  else if (intake < 0.45) office.intake = { status: "open" };
  if (random.chance(0.2)) office.freeOfCharge = true;
  if (office.address && random.chance(youth ? 0.2 : 0.12)) {
    const day = random.pick(OUTREACH_DAYS);
    const from = random.pick(["09:00", "10:00", "14:00"]);
    const to = `${String(Number(from.slice(0, 2)) + 2).padStart(2, "0")}:00`;
    const first = firstWeekday(year, day);
    office.outreach = [
      {
        name: `${random.pick(OUTREACH_VENUES)} ${place.name} (fiktiv)`,
        address: { ...office.address, street: `${random.pick(STREETS)} ${random.int(1, 60)}` },
        ...(office.geo ? { geo: jitter(random, place) } : {}),
        slots: [
          random.chance(0.6)
            ? {
                repeat: "monthly",
                week: random.pick([1, 2, 3, -1] as const),
                day,
                from,
                to,
                kind: "consultation",
              }
            : { repeat: "every-2-weeks", start: first, day, from, to, kind: "consultation" },
        ],
      },
    ];
    if (!office.channels.includes("outreach")) office.channels.push("outreach");
  }
}

// FNV-1a: a seed per office id, so one office's draws never shift another's.
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

// The first `day` of January of `year`, "YYYY-MM-DD": the start of an every-2-weeks slot.
function firstWeekday(year: number, day: (typeof OUTREACH_DAYS)[number]): string {
  const want = { tu: 2, we: 3, th: 4 }[day];
  const start = new Date(Date.UTC(year, 0, 1));
  start.setUTCDate(1 + ((want - start.getUTCDay() + 7) % 7));
  return start.toISOString().slice(0, 10);
}

function demoProvider(providers: Map<string, Provider>, place: DemoPlace, umbrella: Umbrella): Provider {
  const district = place.ags.slice(0, 5);
  const id = `beispieltraeger-${district}-${umbrella}`;
  let provider = providers.get(id);
  if (!provider) {
    const area = place.district || place.name;
    provider = {
      id,
      name: `Beispielträger ${PROVIDER_WORDS[umbrella]} ${area} e. V.`,
      umbrella,
      website: `https://example.org/traeger/${id}`,
    };
    providers.set(id, provider);
  }
  return provider;
}

/** A point a little off the municipality's centroid: further out in bigger places, always inside Germany. */
function jitter(random: Random, place: DemoPlace): { lat: number; lon: number } {
  const radiusKm = Math.min(8, 0.4 + Math.sqrt(place.population) / 400) * Math.sqrt(random.next());
  const angle = random.next() * 2 * Math.PI;
  const lat = place.lat + (radiusKm * Math.cos(angle)) / 111.19;
  const lon = place.lon + (radiusKm * Math.sin(angle)) / (111.19 * Math.cos((place.lat * Math.PI) / 180));
  const round = (value: number) => Math.round(value * 1e5) / 1e5;
  return {
    lat: round(Math.min(BOUNDS.maxLat, Math.max(BOUNDS.minLat, lat))),
    lon: round(Math.min(BOUNDS.maxLon, Math.max(BOUNDS.minLon, lon))),
  };
}

/** A number from the fictional range of the nearest of the five cities that have one. */
function fictionalPhone(random: Random, place: DemoPlace): string {
  let best: (typeof FICTIONAL_PHONE_RANGES)[number] = FICTIONAL_PHONE_RANGES[0];
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const range of FICTIONAL_PHONE_RANGES) {
    const distance = (range.lat - place.lat) ** 2 + ((range.lon - place.lon) * 0.65) ** 2;
    if (distance < bestDistance) {
      best = range;
      bestDistance = distance;
    }
  }
  return `${best.prefix} ${String(random.int(0, 999)).padStart(3, "0")}`;
}

function pickLanguages(random: Random, place: DemoPlace, youth: boolean): string[] {
  const weights: Record<string, number> = { ...(youth ? YOUTH_LANGUAGES : ADULT_LANGUAGES) };
  if (EAST.has(place.state)) {
    // Fewer Turkish-speaking, more Russian- and Ukrainian-speaking residents in the eastern states.
    weights.tr = (weights.tr ?? 0) * 0.3;
    weights.ru = (weights.ru ?? 0) * 1.4;
    weights.uk = (weights.uk ?? 0) * 1.3;
  }
  const wanted = 1 + (place.population > 100_000 ? 3 : place.population > 20_000 ? 2 : 1) + random.int(0, 1);
  const languages = ["de"];
  for (let i = 0; i < wanted; i++) {
    const language = random.weighted(weights);
    languages.push(language);
    weights[language] = 0;
  }
  return languages;
}

function pickByChance<T extends string>(random: Random, chances: Partial<Record<T, number>>): T[] {
  const picked: T[] = [];
  for (const [value, chance] of Object.entries(chances) as Array<[T, number]>) {
    if (random.chance(chance)) picked.push(value);
  }
  return picked;
}

function pickChannels(random: Random, youth: boolean): Channel[] {
  const channels: Channel[] = ["in-person"];
  if (random.chance(0.92)) channels.push("phone");
  if (random.chance(0.35)) channels.push("video");
  if (random.chance(youth ? 0.5 : 0.25)) channels.push("messenger");
  if (random.chance(youth ? 0.3 : 0.2)) channels.push("outreach");
  return channels;
}

function pickAccessibility(random: Random): Accessibility {
  const triState = (yes: number, no: number): boolean | "unknown" => {
    const roll = random.next();
    return roll < yes ? true : roll < yes + no ? false : "unknown";
  };
  return {
    stepFree: triState(0.55, 0.25),
    accessibleToilet: triState(0.4, 0.3),
    hearingLoop: triState(0.05, 0.4),
  };
}

function lastVerified(random: Random, year: number): string {
  const date = new Date(Date.UTC(year - 1, 11, 31) - random.int(0, 240) * 86_400_000);
  return date.toISOString().slice(0, 10);
}

/** The place's own postcode, else one from its district, else one from its state's capital. */
function postcodeLookup(places: readonly DemoPlace[]): (place: DemoPlace) => string {
  const byDistrict = new Map<string, string>();
  for (const place of places) {
    if (place.postalCode && !byDistrict.has(place.ags.slice(0, 5)))
      byDistrict.set(place.ags.slice(0, 5), place.postalCode);
  }
  return (place) => place.postalCode ?? byDistrict.get(place.ags.slice(0, 5)) ?? STATE_POSTCODES[place.state];
}

/** "Frankfurt (Oder)" → "frankfurt-oder", "Köln" → "koeln", "Gießen" → "giessen". */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** The real online services, described only with what their own sites say; not fictional. */
function onlineServices(): { providers: Provider[]; offices: Office[] } {
  const providers: Provider[] = [
    {
      id: "mbeon",
      name: "mbeon – Migrationsberatung online",
      umbrella: "other",
      website: "https://www.mbeon.de",
    },
    {
      id: "jmd4you",
      name: "jmd4you – Jugendmigrationsdienste online",
      umbrella: "other",
      website: "https://www.jmd4you.de",
    },
  ];
  const offices: Office[] = [
    {
      id: "mbeon",
      providerId: "mbeon",
      name: "mbeon – Migrationsberatung online",
      programmes: ["MBEON"],
      description: {
        de: "Migrationsberatung für Erwachsene online: anonym per App-Chat, Antwort innerhalb von 48 Stunden.",
        en: "Migration counselling for adults online: anonymous app chat, answer within 48 hours.",
      },
      serviceArea: [],
      contact: { phones: [], emails: [], website: "https://www.mbeon.de" },
      languages: ["de", "en", "ar", "fa", "ru", "tr", "uk"],
      languageNote: "Etwa 15 Sprachen; die aktuelle Liste steht auf mbeon.de.",
      topics: [
        "residence",
        "work",
        "recognition",
        "language-courses",
        "housing",
        "family",
        "benefits",
        "everyday-life",
      ],
      ageRange: { min: 18 },
      targetGroups: ["newcomers"],
      channels: ["chat"],
      fictional: false,
    },
    {
      id: "jmd4you",
      providerId: "jmd4you",
      name: "jmd4you – Jugendmigrationsdienste online",
      programmes: ["JMD4YOU"],
      description: {
        de: "Online-Beratung der Jugendmigrationsdienste: anonym, Antwort innerhalb von 48 Stunden.",
        en: "Online counselling by the youth migration services: anonymous, answer within 48 hours.",
      },
      serviceArea: [],
      contact: { phones: [], emails: [], website: "https://www.jmd4you.de" },
      languages: ["de", "tr", "ru"],
      languageNote: "Weitere Sprachen: siehe jmd4you.de.",
      topics: ["education", "work", "language-courses", "residence", "everyday-life"],
      ageRange: { min: 12, max: 26 },
      targetGroups: ["young-people"],
      channels: ["chat"],
      fictional: false,
    },
  ];
  return { providers, offices };
}

import type {
  Accessibility,
  Address,
  Channel,
  Office,
  Provider,
  TargetGroup,
  Topic,
  Umbrella,
} from "@beratungsfinder/schemas";
import { languageCodeOf } from "@beratungsfinder/schemas/vocabulary";
import {
  ADULT_GROUPS,
  ADULT_LANGUAGES,
  ADULT_TOPICS,
  ADULT_UMBRELLAS,
  BOUNDS,
  EAST,
  FICTIONAL_PHONE_RANGES,
  PROVIDER_WORDS,
  STREETS,
  YOUTH_GROUPS,
  YOUTH_LANGUAGES,
  YOUTH_TOPICS,
  YOUTH_UMBRELLAS,
} from "./demo-weights.js";
import type { DemoPlace } from "./generate-demo-dataset.js";
import { demoOpeningHours } from "./opening-hours-templates.js";
import type { Random } from "./random.js";
import { createRandom } from "./random.js";

/** What `demoOffice` reads: the random source, place and programme, and what all offices share. */
export interface OfficeContext {
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

/**
 * One fictional office of MBE (or JMD with `youth`) in `place`. Draws from `random` in a fixed order, so
 * the same seed gives the same office; adds its provider to `providers` when new.
 */
export function demoOffice(context: OfficeContext): Office {
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
    address: fictionalAddress(random, place, context.postcodes),
    geo: jitter(random, place),
    serviceArea: [place.ags.slice(0, 5)],
    contact: fictionalContact(random, place, handle),
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

/** An invented street and number in `place`, with the place's postcode. */
export function fictionalAddress(
  random: Random,
  place: DemoPlace,
  postcodes: (place: DemoPlace) => string,
): Address {
  return {
    street: `${random.pick(STREETS)} ${random.int(1, 120)}`,
    postalCode: postcodes(place),
    city: place.name,
    state: place.state,
  };
}

/** A number reserved for fiction and example.org addresses named after `handle`. */
export function fictionalContact(random: Random, place: DemoPlace, handle: string): Office["contact"] {
  return {
    phones: [{ number: fictionalPhone(random, place), type: "voice" }],
    emails: [`${handle}@example.org`],
    website: `https://example.org/beratungsstellen/${handle}`,
  };
}

/** A point a little off the municipality's centroid: further out in bigger places, always inside Germany. */
export function jitter(random: Random, place: DemoPlace): { lat: number; lon: number } {
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

/** Each value with its own chance, in the order given. */
export function pickByChance<T extends string>(random: Random, chances: Partial<Record<T, number>>): T[] {
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

/** Step-free access, accessible toilet and hearing loop, each yes, no or not known. */
export function pickAccessibility(random: Random): Accessibility {
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

/** A date in the last eight months of the year before `year`. */
export function lastVerified(random: Random, year: number): string {
  const date = new Date(Date.UTC(year - 1, 11, 31) - random.int(0, 240) * 86_400_000);
  return date.toISOString().slice(0, 10);
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

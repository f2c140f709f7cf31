import type { Channel, LanguageEntry, Office, OpeningHours, Provider } from "@beratungsfinder/schemas";
import {
  fictionalAddress,
  fictionalContact,
  jitter,
  lastVerified,
  pickAccessibility,
  pickByChance,
  slugify,
} from "./demo-office.js";
import { EU_WORKER_LANGUAGES, EU_WORKER_TOPICS } from "./demo-weights.js";
import type { DemoPlace } from "./generate-demo-dataset.js";
import { yearEndClosure } from "./opening-hours-templates.js";
import type { Random } from "./random.js";

/**
 * Cities (by municipality key) with a real Faire Mobilität office, after the project's notes (not checked
 * against faire-mobilitaet.de); the demo puts one fictional office in each of them that is among the places.
 */
export const FAIRE_MOBILITAET_CITIES = [
  "11000000", // Berlin
  "02000000", // Hamburg
  "05913000", // Dortmund
  "05315000", // Köln
  "06412000", // Frankfurt am Main
  "08111000", // Stuttgart
  "08222000", // Mannheim
  "09162000", // München
  "09564000", // Nürnberg
  "14713000", // Leipzig
  "16051000", // Erfurt
  "15003000", // Magdeburg
  "03241001", // Hannover
  "03403000", // Oldenburg (Oldb)
  "01002000", // Kiel
] as const;

/** One provider for all of them, as the real offices share one (DGB Bildungswerk BUND). */
const PROVIDER: Provider = {
  id: "beispieltraeger-faire-arbeit",
  name: "Beispielträger Faire Arbeit e. V.",
  umbrella: "other",
  website: "https://example.org/traeger/beispieltraeger-faire-arbeit",
};

export interface FaireMobilitaetContext {
  random: Random;
  year: number;
  providers: Map<string, Provider>;
  postcodes: (place: DemoPlace) => string;
}

/**
 * Fictional offices of Faire Mobilität (labour-rights counselling for workers from other EU states), one
 * in each of {@link FAIRE_MOBILITAET_CITIES} found in `places`, in that order: EU languages, labour topics,
 * phone and e-mail, free of charge. Draws from `random` after the MBE and JMD offices, so theirs stay as
 * they were.
 */
export function faireMobilitaetOffices(
  places: readonly DemoPlace[],
  context: FaireMobilitaetContext,
): Office[] {
  const { random, year } = context;
  const byKey = new Map(places.map((place) => [place.ags, place]));
  const offices: Office[] = [];
  for (const key of FAIRE_MOBILITAET_CITIES) {
    const place = byKey.get(key);
    if (!place) continue;
    context.providers.set(PROVIDER.id, PROVIDER);
    const handle = `faire-mobilitaet-${slugify(place.name)}`;
    const office: Office = {
      id: handle,
      providerId: PROVIDER.id,
      name: `Arbeitsrechtsberatung für Beschäftigte aus der EU ${place.name}`,
      programmes: ["FAIRE_MOBILITAET"],
      description: {
        de:
          "Fiktive Beratungsstelle (Beispieldaten) im Programm Faire Mobilität: Lohn, Arbeitszeit, Kündigung " +
          `und Sozialversicherung für Beschäftigte aus anderen EU-Staaten. Die echten Beratungsstellen: faire-mobilitaet.de. Träger: ${PROVIDER.name}`,
        en:
          "Fictional office (demo data) of the Faire Mobilität programme: wages, working time, dismissal and " +
          `social insurance for workers from other EU states. The real offices: faire-mobilitaet.de. Provider: ${PROVIDER.name}`,
      },
      address: { ...fictionalAddress(random, place, context.postcodes), municipalityKey: place.ags },
      geo: jitter(random, place),
      // Each office counsels a whole state (or more), not one district.
      serviceArea: [place.ags.slice(0, 2)],
      contact: fictionalContact(random, place, handle),
      openingHours: openingHours(random, year),
      languages: languages(random),
      languageNote: "Weitere Sprachen Mittel- und Osteuropas nach Absprache.",
      topics: pickByChance(random, EU_WORKER_TOPICS),
      targetGroups: ["eu-citizens", "workers"],
      channels: channels(random),
      accessibility: pickAccessibility(random),
      lastVerified: lastVerified(random, year),
      source: "Fiktive Beispieldaten, erzeugt von generateDemoDataset (@beratungsfinder/cli).",
      fictional: true,
      freeOfCharge: true,
      intake: { status: "open" },
    };
    if (random.chance(0.5)) office.womanCounsellor = true;
    offices.push(office);
  }
  return offices;
}

/** German and English, then three to five languages of the sending countries, one of them sometimes on request. */
function languages(random: Random): LanguageEntry[] {
  const weights: Record<string, number> = { ...EU_WORKER_LANGUAGES };
  const picked: LanguageEntry[] = ["de", "en"];
  const wanted = random.int(3, 5);
  for (let i = 0; i < wanted; i++) {
    const code = random.weighted(weights);
    weights[code] = 0;
    picked.push(i === wanted - 1 && random.chance(0.3) ? { code, mode: "on-request" } : code);
  }
  return picked;
}

function channels(random: Random): Channel[] {
  const channels: Channel[] = ["in-person", "phone", "email"];
  // Workers are reached where they are: messengers, construction sites, information events.
  if (random.chance(0.6)) channels.push("messenger");
  if (random.chance(0.3)) channels.push("video");
  if (random.chance(0.5)) channels.push("outreach");
  if (random.chance(0.3)) channels.push("group");
  return channels;
}

/**
 * Phone hours on most days, with an open consultation once a week (most offices) or appointments
 * otherwise: workers call after their shift, and few can come during working hours.
 */
function openingHours(random: Random, year: number): OpeningHours {
  const phone = (from: string, to: string) => ({ from, to, kind: "phone" as const });
  const hours: OpeningHours = random.chance(0.6)
    ? {
        weekly: {
          mo: [phone("09:00", "16:00")],
          tu: [phone("09:00", "13:00"), { from: "14:00", to: "18:00", kind: "consultation" }],
          we: [phone("09:00", "16:00")],
          th: [phone("09:00", "16:00")],
          fr: [phone("09:00", "13:00")],
        },
        exceptions: [],
        appointmentOnly: false,
        temporarilyClosed: false,
        note: "Offene Sprechstunde dienstags ab 14 Uhr; sonst telefonisch oder per E-Mail.",
      }
    : {
        weekly: {
          mo: [phone("10:00", "12:00"), { from: "13:00", to: "17:00", kind: "appointment" }],
          we: [phone("10:00", "12:00"), { from: "13:00", to: "17:00", kind: "appointment" }],
          th: [phone("10:00", "12:00"), { from: "13:00", to: "18:00", kind: "appointment" }],
        },
        exceptions: [],
        appointmentOnly: true,
        temporarilyClosed: false,
        note: "Beratung nach Terminvereinbarung, telefonisch oder per E-Mail, auch abends nach Absprache.",
      };
  if (random.chance(0.5)) hours.exceptions.push(yearEndClosure(year));
  return hours;
}

import type { Place } from "@beratungsfinder/core";
import type { Dataset, Office, Provider, StateCode } from "@beratungsfinder/schemas";
import { demoOffice } from "./demo-office.js";
import { faireMobilitaetOffices } from "./faire-mobilitaet.js";
import { onlineServices } from "./online-services.js";
import type { Random } from "./random.js";
import { createRandom } from "./random.js";

export { slugify } from "./demo-office.js";

/** What the generator reads from a municipality: the geocoder's `Place`, the district name optional. */
export type DemoPlace = Pick<Place, "name" | "ags" | "state" | "lat" | "lon" | "population" | "postalCode"> &
  Partial<Pick<Place, "district">>;

export interface DemoDatasetOptions {
  /** Same seed, same dataset. Default 1. */
  seed?: number;
  /**
   * Fictional MBE and JMD offices, in the real ratio 1,400 : 490. Default 1,890. The Faire Mobilität
   * offices come on top: one in each of the 15 cities of its real offices that are among `places`.
   */
  count?: number;
  /** Real municipalities with their population, e.g. `geocoder.places`. */
  places: readonly DemoPlace[];
  /** The dataset's `generatedAt`; fixed by default so the output is reproducible. */
  generatedAt?: string;
}

const MBE_OFFICES = 1400;
const JMD_OFFICES = 490;

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

/**
 * A deterministic dataset of fictional MBE and JMD offices in real municipalities, spread in proportion
 * to population, a fictional Faire Mobilität office in each of its 15 real cities, plus the real online
 * services mbeon and jmd4you. Everything a person could mistake
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
  // After every MBE and JMD office, so their draws stay as they were.
  offices.push(...faireMobilitaetOffices(places, { random, year, providers, postcodes }));

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

/** The place's own postcode, else one from its district, else one from its state's capital. */
function postcodeLookup(places: readonly DemoPlace[]): (place: DemoPlace) => string {
  const byDistrict = new Map<string, string>();
  for (const place of places) {
    if (place.postalCode && !byDistrict.has(place.ags.slice(0, 5)))
      byDistrict.set(place.ags.slice(0, 5), place.postalCode);
  }
  return (place) => place.postalCode ?? byDistrict.get(place.ags.slice(0, 5)) ?? STATE_POSTCODES[place.state];
}

import type { Programme, Umbrella } from "@beratungsfinder/schemas";
import { PROGRAMMES, UMBRELLAS } from "@beratungsfinder/schemas/vocabulary";

// Names of the umbrella organisations (Spitzenverbände) as they appear in provider names.
// Word boundaries keep "IB" and "AWO" from matching inside other words.
const UMBRELLA_PATTERNS: [RegExp, Umbrella][] = [
  [/\bAWO\b|Arbeiterwohlfahrt/i, "awo"],
  [/Caritas/i, "caritas"],
  [/Diakonie|Diakonisches Werk/i, "diakonie"],
  [/\bDRK\b|Rote[sn]? Kreuz|Red Cross/i, "drk"],
  [/Parit[äa]t|\bDPWV\b|Paritaetisch/i, "paritaetischer"],
  [/\bZWST\b|Zentralwohlfahrtsstelle der Juden/i, "zwst"],
  [/\bIB\b|Internationaler Bund/i, "ib"],
  [/\bBdV\b|Bund der Vertriebenen/i, "bdv"],
];

/** The umbrella named in a provider's name ("Caritasverband Köln e. V." → "caritas"), else "other". */
export function detectUmbrella(name: string): Umbrella {
  return UMBRELLA_PATTERNS.find(([pattern]) => pattern.test(name))?.[1] ?? "other";
}

/** Accepts an umbrella id ("caritas") or a name that contains one ("Diakonisches Werk"). */
export function umbrellaFromText(text: string): Umbrella | undefined {
  const id = text.trim().toLowerCase();
  if ((UMBRELLAS as readonly string[]).includes(id)) return id as Umbrella;
  const detected = detectUmbrella(text);
  return detected === "other" ? undefined : detected;
}

const PROGRAMME_PATTERNS: [RegExp, Programme][] = [
  [/\bmbeon\b|mbe\s*online/i, "MBEON"],
  [/\bjmd4you\b|jmd\s*online/i, "JMD4YOU"],
  [/\bMBE\b|Migrationsberatung f[üu]r erwachsene Zugewanderte|Migration counselling for adult/i, "MBE"],
  [/\bJMD\b|Jugendmigrationsdienst|Youth Migration Service/i, "JMD"],
  [/Asylverfahrensberatung|\bAVB\b|asylum procedure counselling/i, "AVB"],
  [/Faire Integration/i, "FAIRE_INTEGRATION"],
  // "Mobilität" also as "Mobilitaet", without the umlaut, or with a combining diaeresis (NFD); "Fair Mobility" in English.
  [/Faire\s+Mobilit(?:ä|a\u0308|ae|a)t|Fair Mobility/i, "FAIRE_MOBILITAET"],
  [/\bIQ\b|Integration durch Qualifizierung|Anerkennungsberatung/i, "IQ"],
  [/Antidiskriminierungsberatung|\bADB\b|anti-discrimination counselling/i, "ADB"],
];

/** Programmes named in a text ("Jugendmigrationsdienst Köln" → ["JMD"]); empty when none is named. */
export function detectProgrammes(text: string): Programme[] {
  const found: Programme[] = [];
  for (const [pattern, programme] of PROGRAMME_PATTERNS) {
    if (pattern.test(text) && !found.includes(programme)) found.push(programme);
  }
  // "mbeon" also matches nothing else, but "MBE online" would match MBE too: keep the more specific one.
  if (found.includes("MBEON")) found.splice(found.indexOf("MBE"), found.includes("MBE") ? 1 : 0);
  if (found.includes("JMD4YOU")) found.splice(found.indexOf("JMD"), found.includes("JMD") ? 1 : 0);
  return found;
}

/** Accepts a programme id in any case ("mbe", "Jmd4you") or a name that contains one. */
export function programmeFromText(text: string): Programme | undefined {
  const id = text
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, "_");
  if ((PROGRAMMES as readonly string[]).includes(id)) return id as Programme;
  return detectProgrammes(text)[0];
}

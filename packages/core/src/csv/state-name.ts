import type { StateCode } from "@beratungsfinder/schemas";
import { STATE_CODES } from "@beratungsfinder/schemas";

/** German state names as written in addresses and spreadsheets, in the order of `STATE_CODES`. */
export const STATE_NAMES: Record<StateCode, string> = {
  "DE-BW": "Baden-Württemberg",
  "DE-BY": "Bayern",
  "DE-BE": "Berlin",
  "DE-BB": "Brandenburg",
  "DE-HB": "Bremen",
  "DE-HH": "Hamburg",
  "DE-HE": "Hessen",
  "DE-MV": "Mecklenburg-Vorpommern",
  "DE-NI": "Niedersachsen",
  "DE-NW": "Nordrhein-Westfalen",
  "DE-RP": "Rheinland-Pfalz",
  "DE-SL": "Saarland",
  "DE-SN": "Sachsen",
  "DE-ST": "Sachsen-Anhalt",
  "DE-SH": "Schleswig-Holstein",
  "DE-TH": "Thüringen",
};

const fold = (text: string) =>
  text
    .toLowerCase()
    .replaceAll("ä", "ae")
    .replaceAll("ö", "oe")
    .replaceAll("ü", "ue")
    .replaceAll("ß", "ss")
    .replace(/[^a-z]/g, "");

const BY_NAME = new Map<string, StateCode>();
for (const code of STATE_CODES) {
  BY_NAME.set(fold(code), code);
  BY_NAME.set(fold(code.slice(3)), code);
  BY_NAME.set(fold(STATE_NAMES[code]), code);
}
// English names and common alternatives.
for (const [name, code] of [
  ["Bavaria", "DE-BY"],
  ["Hesse", "DE-HE"],
  ["Lower Saxony", "DE-NI"],
  ["North Rhine-Westphalia", "DE-NW"],
  ["NRW", "DE-NW"],
  ["Rhineland-Palatinate", "DE-RP"],
  ["Saxony", "DE-SN"],
  ["Saxony-Anhalt", "DE-ST"],
  ["Thuringia", "DE-TH"],
  ["Mecklenburg-Western Pomerania", "DE-MV"],
  ["Freistaat Bayern", "DE-BY"],
  ["Freistaat Sachsen", "DE-SN"],
  ["Freistaat Thüringen", "DE-TH"],
  ["Freie Hansestadt Bremen", "DE-HB"],
  ["Freie und Hansestadt Hamburg", "DE-HH"],
] as const) {
  BY_NAME.set(fold(name), code);
}

/** The state code for "DE-NW", "NW", "Nordrhein-Westfalen", "NRW" or "North Rhine-Westphalia"; else undefined. */
export function stateFromText(text: string): StateCode | undefined {
  return BY_NAME.get(fold(text));
}

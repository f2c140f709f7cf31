import type { StateCode } from "@beratungsfinder/schemas/vocabulary";
import { STATE_CODES, STATE_NAMES } from "@beratungsfinder/schemas/vocabulary";

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

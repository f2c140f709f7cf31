import type { StateCode } from "@beratungsfinder/schemas";

/** The 16 states by the first two digits of their official key (AGS), with their German names. */
export const STATES_BY_KEY: Readonly<Record<string, { code: StateCode; name: string }>> = {
  "01": { code: "DE-SH", name: "Schleswig-Holstein" },
  "02": { code: "DE-HH", name: "Hamburg" },
  "03": { code: "DE-NI", name: "Niedersachsen" },
  "04": { code: "DE-HB", name: "Bremen" },
  "05": { code: "DE-NW", name: "Nordrhein-Westfalen" },
  "06": { code: "DE-HE", name: "Hessen" },
  "07": { code: "DE-RP", name: "Rheinland-Pfalz" },
  "08": { code: "DE-BW", name: "Baden-Württemberg" },
  "09": { code: "DE-BY", name: "Bayern" },
  "10": { code: "DE-SL", name: "Saarland" },
  "11": { code: "DE-BE", name: "Berlin" },
  "12": { code: "DE-BB", name: "Brandenburg" },
  "13": { code: "DE-MV", name: "Mecklenburg-Vorpommern" },
  "14": { code: "DE-SN", name: "Sachsen" },
  "15": { code: "DE-ST", name: "Sachsen-Anhalt" },
  "16": { code: "DE-TH", name: "Thüringen" },
};

/** The state of an official key (2 to 12 digits); undefined for keys outside Germany's 16 states. */
export function stateOfKey(key: string): { code: StateCode; name: string } | undefined {
  return STATES_BY_KEY[key.slice(0, 2)];
}

/** The German states as ISO 3166-2 codes. */
export const STATE_CODES = [
  "DE-BW",
  "DE-BY",
  "DE-BE",
  "DE-BB",
  "DE-HB",
  "DE-HH",
  "DE-HE",
  "DE-MV",
  "DE-NI",
  "DE-NW",
  "DE-RP",
  "DE-SL",
  "DE-SN",
  "DE-ST",
  "DE-SH",
  "DE-TH",
] as const;
export type StateCode = (typeof STATE_CODES)[number];

/** German state names as written in addresses and spreadsheets, in the order of `STATE_CODES`. */
export const STATE_NAMES: Readonly<Record<StateCode, string>> = {
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

/** Each state by the first two digits of its official regional key (AGS/ARS): "05" is Nordrhein-Westfalen. */
export const STATE_BY_AGS_PREFIX: Readonly<Record<string, StateCode>> = {
  "01": "DE-SH",
  "02": "DE-HH",
  "03": "DE-NI",
  "04": "DE-HB",
  "05": "DE-NW",
  "06": "DE-HE",
  "07": "DE-RP",
  "08": "DE-BW",
  "09": "DE-BY",
  "10": "DE-SL",
  "11": "DE-BE",
  "12": "DE-BB",
  "13": "DE-MV",
  "14": "DE-SN",
  "15": "DE-ST",
  "16": "DE-TH",
};

/**
 * The state of an official regional key (2 to 12 digits); undefined for keys outside Germany's 16 states.
 *
 * @example
 * stateOfKey("05315000") // { code: "DE-NW", name: "Nordrhein-Westfalen" }
 */
export function stateOfKey(key: string): { code: StateCode; name: string } | undefined {
  const code = STATE_BY_AGS_PREFIX[key.slice(0, 2)];
  return code ? { code, name: STATE_NAMES[code] } : undefined;
}

/** Germany's bounding box with a small margin: a point outside is a swapped or mistyped coordinate. */
export const GERMANY_BOUNDS = { minLat: 47.2, maxLat: 55.1, minLon: 5.8, maxLon: 15.1 } as const;

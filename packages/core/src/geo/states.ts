import type { StateCode } from "@beratungsfinder/schemas";
import { STATE_NAMES } from "../csv/state-name.js";

/** The 16 states by the first two digits of their official key (AGS). */
const STATE_CODES_BY_KEY: Readonly<Record<string, StateCode>> = {
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

// Built once with the German names from STATE_NAMES, so a lookup allocates nothing.
const STATES_BY_KEY = new Map(
  Object.entries(STATE_CODES_BY_KEY).map(([key, code]) => [key, { code, name: STATE_NAMES[code] }]),
);

/** The state of an official key (2 to 12 digits); undefined for keys outside Germany's 16 states. */
export function stateOfKey(key: string): { code: StateCode; name: string } | undefined {
  return STATES_BY_KEY.get(key.slice(0, 2));
}

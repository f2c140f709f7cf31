import type { Geocoder } from "@beratungsfinder/core";
import {
  type FromHsdsOptions,
  type FromHsdsResult,
  fromHsds,
  fromHsdsTables,
} from "@beratungsfinder/core/convert";
import { readHsdsPackage } from "./files/hsds-package.js";
import type { DetectedInput } from "./input-format.js";
import type { TextReadOptions } from "./text-input.js";

/**
 * Converts detected HSDS input (JSON, or a tabular package folder) into our dataset. With a geocoder,
 * German addresses that lack `state_province` get the state of their postcode. The geocoder is loaded
 * after the input is read, so a wrong path is reported before any note about geodata.
 */
export async function readHsds(
  detected: Exclude<DetectedInput, { format: "dataset" }>,
  loadGeocoder: () => Promise<Geocoder | undefined>,
  options: FromHsdsOptions = {},
  read: TextReadOptions = {},
): Promise<FromHsdsResult> {
  if (detected.format === "hsds-package") {
    const tables = await readHsdsPackage(detected.folder, read);
    return fromHsdsTables(tables, withState(options, await loadGeocoder()));
  }
  return fromHsds(detected.json, withState(options, await loadGeocoder()));
}

function withState(options: FromHsdsOptions, geocoder: Geocoder | undefined): FromHsdsOptions {
  if (!geocoder) return options;
  return {
    ...options,
    resolveState: (postalCode) =>
      geocoder.geocode(postalCode).find((match) => match.kind === "postcode")?.state,
  };
}

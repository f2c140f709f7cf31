import type { Geocoder } from "../geo/geocoder.js";
import { type FromHsdsOptions, type FromHsdsResult, fromHsds, fromHsdsTables } from "../hsds/from-hsds.js";
import { readHsdsPackage } from "../node/hsds-package.js";
import type { DetectedInput } from "./input-format.js";

/**
 * Converts detected HSDS input (JSON, or a tabular package folder) into our dataset. With a geocoder,
 * German addresses that lack `state_province` get the state of their postcode.
 */
export async function readHsds(
  detected: Exclude<DetectedInput, { format: "dataset" }>,
  geocoder: Geocoder | undefined,
  options: FromHsdsOptions = {},
): Promise<FromHsdsResult> {
  const withState: FromHsdsOptions = geocoder
    ? {
        ...options,
        resolveState: (postalCode) =>
          geocoder.geocode(postalCode).find((match) => match.kind === "postcode")?.state,
      }
    : options;
  if (detected.format === "hsds-package") {
    return fromHsdsTables(await readHsdsPackage(detected.folder), withState);
  }
  return fromHsds(detected.json, withState);
}

import * as z from "zod/mini";
import { GERMANY_BOUNDS } from "./vocabulary/states.js";

const latitudeError = `expected a latitude inside Germany (${GERMANY_BOUNDS.minLat} to ${GERMANY_BOUNDS.maxLat})`;
const longitudeError = `expected a longitude inside Germany (${GERMANY_BOUNDS.minLon} to ${GERMANY_BOUNDS.maxLon})`;

/** A WGS84 coordinate inside Germany. */
export const GeoPointSchema = z.object({
  lat: z
    .number()
    .check(
      z.gte(GERMANY_BOUNDS.minLat, { error: latitudeError }),
      z.lte(GERMANY_BOUNDS.maxLat, { error: latitudeError }),
    ),
  lon: z
    .number()
    .check(
      z.gte(GERMANY_BOUNDS.minLon, { error: longitudeError }),
      z.lte(GERMANY_BOUNDS.maxLon, { error: longitudeError }),
    ),
});
export type GeoPoint = z.infer<typeof GeoPointSchema>;

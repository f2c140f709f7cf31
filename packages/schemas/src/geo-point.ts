import * as z from "zod/mini";

// Germany's bounding box with a small margin: a point outside is a swapped or mistyped coordinate.
export const GERMANY_BOUNDS = { minLat: 47.2, maxLat: 55.1, minLon: 5.8, maxLon: 15.1 } as const;

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

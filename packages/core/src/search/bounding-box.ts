import type { GeoPoint } from "@beratungsfinder/schemas";

/** Kilometres per degree of latitude on a sphere of radius 6371 km, rounded down so boxes err on the large side. */
const KM_PER_DEGREE = 111.19;

export interface BoundingBox {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

/**
 * The lat/lon box that contains every point within `radiusKm` of `center` (a little larger, never
 * smaller), so a spatial index can pre-select candidates that an exact distance then filters.
 */
export function boundingBox(center: GeoPoint, radiusKm: number): BoundingBox {
  const margin = 1.01;
  const dLat = (radiusKm / KM_PER_DEGREE) * margin;
  // Longitude degrees shrink towards the poles: use the latitude of the box edge farthest from the equator.
  const farthestLat = Math.min(89.9, Math.abs(center.lat) + dLat);
  const cos = Math.cos((farthestLat * Math.PI) / 180);
  const dLon = Math.min(180, ((radiusKm / KM_PER_DEGREE) * margin) / cos);
  return {
    minLon: center.lon - dLon,
    minLat: center.lat - dLat,
    maxLon: center.lon + dLon,
    maxLat: center.lat + dLat,
  };
}

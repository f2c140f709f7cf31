import type { GeoPoint, Office } from "@beratungsfinder/schemas";

/** Finds coordinates for an address: the postcode's centre, or the place's. */
export type LocateAddress = (address: { postalCode: string; city: string }) => GeoPoint | undefined;

export interface FilledCoordinates {
  offices: Office[];
  /** Ids of offices that received coordinates from their postcode. */
  filled: string[];
  /** Ids of offices with an address that could not be located. */
  missing: string[];
}

/**
 * Gives every office with an address but no `geo` the coordinates of its postcode, so it shows up in
 * distance searches. Offices without an address (online services) stay as they are.
 */
export function fillCoordinates(
  offices: readonly Office[],
  locate: LocateAddress,
  onProgress: (done: number, total: number) => void = () => {},
): FilledCoordinates {
  const filled: string[] = [];
  const missing: string[] = [];
  const result = offices.map((office, index) => {
    onProgress(index, offices.length);
    if (office.geo || !office.address) return office;
    const point = locate(office.address);
    if (!point) {
      missing.push(office.id);
      return office;
    }
    filled.push(office.id);
    return { ...office, geo: { lat: point.lat, lon: point.lon } };
  });
  onProgress(offices.length, offices.length);
  return { offices: result, filled, missing };
}

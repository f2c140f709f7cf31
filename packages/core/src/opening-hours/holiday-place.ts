import type { StateCode } from "@beratungsfinder/schemas";

/**
 * Where an office is, as far as public holidays care: its state, and its municipality (8-digit AGS,
 * `address.municipalityKey`) for the holidays kept only in some municipalities. A bare state code is
 * accepted wherever a place is, so callers that know only the state keep working.
 *
 * @example
 * holidayOn("2026-08-15", { state: "DE-BY", municipalityKey: "09162000" }) // "Mariä Himmelfahrt" (München)
 */
export interface HolidayPlace {
  state?: StateCode;
  municipalityKey?: string;
}

/** A place or a state code as a place. */
export function toHolidayPlace(place: HolidayPlace | StateCode | undefined): HolidayPlace {
  if (place === undefined) return {};
  return typeof place === "string" ? { state: place } : place;
}

/** The holiday place of an office: the state and municipality key of its address. */
export function officeHolidayPlace(office: {
  address?: { state: StateCode; municipalityKey?: string | undefined } | undefined;
}): HolidayPlace {
  const address = office.address;
  if (!address) return {};
  return address.municipalityKey
    ? { state: address.state, municipalityKey: address.municipalityKey }
    : { state: address.state };
}

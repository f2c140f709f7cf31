import type { Programme } from "./programmes.js";

/**
 * Since 1.1, whether an office takes new clients: `open`, `waiting-list` (new clients wait; the note may
 * say how long) or `paused` (no new clients for now).
 */
export const INTAKE_STATUSES = ["open", "waiting-list", "paused"] as const;
export type IntakeStatus = (typeof INTAKE_STATUSES)[number];

/**
 * Programmes whose counselling is free of charge by their funding rules (federal or state funding):
 * an office of one of them is free unless it says otherwise. `OTHER` is not among them, so an `OTHER`
 * office must state `freeOfCharge` itself.
 */
export const FREE_OF_CHARGE_PROGRAMMES: readonly Programme[] = [
  "MBE",
  "JMD",
  "MBEON",
  "JMD4YOU",
  "AVB",
  "FAIRE_INTEGRATION",
  "FAIRE_MOBILITAET",
  "IQ",
  "ADB",
];

/** What `isFreeOfCharge` looks at; an `Office` (input or parsed) fits. */
export interface FreeOfChargeFields {
  programmes?: readonly string[] | undefined;
  freeOfCharge?: boolean | undefined;
}

/**
 * Whether counselling at the office costs nothing: its own `freeOfCharge` when stated, else true for an
 * office of a programme in `FREE_OF_CHARGE_PROGRAMMES` (MBE, JMD…), else undefined (not known: an
 * `OTHER` office that does not say).
 *
 * @example
 * isFreeOfCharge({ programmes: ["MBE"] }) // true
 * isFreeOfCharge({ programmes: ["OTHER"] }) // undefined
 * isFreeOfCharge({ programmes: ["OTHER"], freeOfCharge: false }) // false
 */
export function isFreeOfCharge(office: FreeOfChargeFields): boolean | undefined {
  if (office.freeOfCharge !== undefined) return office.freeOfCharge;
  const free = (office.programmes ?? []).some((programme) =>
    (FREE_OF_CHARGE_PROGRAMMES as readonly string[]).includes(programme),
  );
  return free ? true : undefined;
}

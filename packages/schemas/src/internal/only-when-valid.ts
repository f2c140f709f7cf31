import type * as z from "zod/mini";

/**
 * Runs a refinement only when the value parsed cleanly: comparing "9:00" with "12:00" as text would
 * add a second, wrong issue to the one the format check already gave.
 */
export function onlyWhenValid(payload: z.core.ParsePayload): boolean {
  return payload.issues.length === 0;
}

/** Days of the week, Monday first (as in Germany). */
export const WEEKDAYS = ["mo", "tu", "we", "th", "fr", "sa", "su"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * `open`: walk in; `consultation`: open consultation hours ("offene Sprechstunde"), walk in too;
 * `appointment`: booked visits only; `phone`: phone hours, reachable by phone but not for a visit.
 */
export const SLOT_KINDS = ["open", "consultation", "appointment", "phone"] as const;
export type SlotKind = (typeof SLOT_KINDS)[number];
/** The slot kinds during which a person can walk in: only these make an office "open". */
export const WALK_IN_SLOT_KINDS: readonly SlotKind[] = ["open", "consultation"];

/**
 * Since 1.1, how an outreach slot at another venue recurs: `weekly` on a weekday, `every-2-weeks` on a
 * weekday from a start date, or `monthly` on the nth weekday of the month ("every first Tuesday").
 */
export const OUTREACH_REPEATS = ["weekly", "every-2-weeks", "monthly"] as const;
export type OutreachRepeat = (typeof OUTREACH_REPEATS)[number];

/** Which weekday of the month a `monthly` slot falls on: 1 to 5 (first to fifth), or -1 for the last. */
export const MONTH_WEEKS = [1, 2, 3, 4, 5, -1] as const;
export type MonthWeek = (typeof MONTH_WEEKS)[number];

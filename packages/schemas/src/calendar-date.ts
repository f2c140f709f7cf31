import * as z from "zod/mini";

/** A calendar date "YYYY-MM-DD". */
export const CalendarDateSchema = z.iso.date({ error: 'expected a date "YYYY-MM-DD" such as "2026-03-31"' });

/** A date and time with offset, as in "2026-03-31T09:00:00Z" or "2026-03-31T11:00:00+02:00". */
export const DateTimeSchema = z.iso.datetime({
  offset: true,
  error: 'expected a date and time with offset such as "2026-03-31T09:00:00Z"',
});

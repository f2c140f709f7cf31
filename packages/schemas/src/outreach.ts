import * as z from "zod/mini";
import { AddressSchema } from "./address.js";
import { CalendarDateSchema } from "./calendar-date.js";
import { GeoPointSchema } from "./geo-point.js";
import { onlyWhenValid } from "./internal/only-when-valid.js";
import { TimeOfDaySchema, WeekdaySchema } from "./opening-hours.js";
import { MONTH_WEEKS } from "./vocabulary/outreach.js";
import { SLOT_KINDS, WEEKDAYS } from "./vocabulary/weekdays.js";

const WEEKDAYS_FROM_SUNDAY = ["su", ...WEEKDAYS.slice(0, 6)];

// What every outreach slot has besides how it recurs; new schemas for each form, so the JSON Schema
// gives each its own copy (a shared one came out empty in the second and third form).
const slotFields = () => ({
  day: WeekdaySchema,
  from: TimeOfDaySchema,
  to: TimeOfDaySchema,
  // Outreach hours are mostly open consultation hours: people walk in.
  kind: z._default(z.enum(SLOT_KINDS), "consultation"),
  note: z.optional(z.string()),
});

const endsAfterStart = z.refine<{ from: string; to: string }>((slot) => slot.from < slot.to, {
  error: (issue) => {
    const slot = issue.input as { from: string; to: string };
    return `expected an end time after the start time "${slot.from}", received "${slot.to}"`;
  },
  path: ["to"],
  when: onlyWhenValid,
});

/** Every week on `day`, e.g. Tuesdays 10:00–12:00. */
export const WeeklyOutreachSlotSchema = z
  .object({ repeat: z.literal("weekly"), ...slotFields() })
  .check(endsAfterStart);

/** Every second week on `day`, counted from `start` (a date on that weekday, the first visit). */
export const BiweeklyOutreachSlotSchema = z
  .object({ repeat: z.literal("every-2-weeks"), start: CalendarDateSchema, ...slotFields() })
  .check(
    endsAfterStart,
    z.refine((slot) => WEEKDAYS_FROM_SUNDAY[new Date(`${slot.start}T12:00:00Z`).getUTCDay()] === slot.day, {
      error: (issue) => {
        const slot = issue.input as { start: string; day: string };
        return `expected a start date on the slot's day "${slot.day}", received "${slot.start}"`;
      },
      path: ["start"],
      when: onlyWhenValid,
    }),
  );

/** The nth `day` of every month (`week` 1–5, or -1 for the last), e.g. every first Tuesday. */
export const MonthlyOutreachSlotSchema = z
  .object({
    repeat: z.literal("monthly"),
    week: z.literal(MONTH_WEEKS, { error: "expected a week of the month 1 to 5, or -1 for the last" }),
    ...slotFields(),
  })
  .check(endsAfterStart);

/**
 * A recurring slot at an outreach place, in Europe/Berlin local wall-clock time; public holidays at the
 * place are skipped.
 */
export const OutreachSlotSchema = z.discriminatedUnion("repeat", [
  WeeklyOutreachSlotSchema,
  BiweeklyOutreachSlotSchema,
  MonthlyOutreachSlotSchema,
]);
export type OutreachSlot = z.output<typeof OutreachSlotSchema>;
export type OutreachSlotInput = z.input<typeof OutreachSlotSchema>;

/** Since 1.1: another venue where the office counsels at set times ("Rathaus Frechen, every first Tuesday"). */
export const OutreachPlaceSchema = z.object({
  name: z.string().check(z.minLength(1)),
  address: AddressSchema,
  geo: z.optional(GeoPointSchema),
  slots: z.array(OutreachSlotSchema).check(z.minLength(1, { error: "expected at least one slot" })),
  note: z.optional(z.string()),
});
export type OutreachPlace = z.output<typeof OutreachPlaceSchema>;
export type OutreachPlaceInput = z.input<typeof OutreachPlaceSchema>;

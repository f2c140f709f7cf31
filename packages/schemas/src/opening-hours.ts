import * as z from "zod/mini";
import { CalendarDateSchema } from "./calendar-date.js";
import { onlyWhenValid } from "./internal/only-when-valid.js";
import { SLOT_KINDS, WEEKDAYS } from "./vocabulary/weekdays.js";

// Marked pure so a bundle that only needs the constant drops the schema.
export const WeekdaySchema = /* @__PURE__ */ z.enum(WEEKDAYS);

const timeError = 'expected a time "HH:MM" between "00:00" and "24:00", such as "09:30"';

// "24:00" may end a slot that runs to midnight; no slot can start there because it must end later.
export const TimeOfDaySchema = z
  .string()
  .check(z.regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, { error: timeError }));

/** A span of local wall-clock time in Europe/Berlin on one day. */
export const TimeSlotSchema = z
  .object({
    from: TimeOfDaySchema,
    to: TimeOfDaySchema,
    kind: z._default(z.enum(SLOT_KINDS), "open"),
  })
  .check(
    z.refine((slot) => slot.from < slot.to, {
      // "HH:MM" strings compare like the times they spell.
      error: (issue) => {
        const slot = issue.input as { from: string; to: string };
        return `expected an end time after the start time "${slot.from}", received "${slot.to}"`;
      },
      path: ["to"],
      when: onlyWhenValid,
    }),
  );
export type TimeSlot = z.output<typeof TimeSlotSchema>;
export type TimeSlotInput = z.input<typeof TimeSlotSchema>;

/** Slots of one day; they must not overlap, because "open from 9 to 12 and from 11 to 14" misleads. */
export const DaySlotsSchema = z.array(TimeSlotSchema).check(
  z.superRefine(
    (slots, ctx) => {
      // Most days have one slot, or a few given in order that do not overlap: skip the sort (it ran for
      // every day of every office) when each slot starts after the one before has ended, which is exactly
      // when the sorted walk below finds nothing. Here, not in `when`: the compiled fast path (compiled.ts)
      // takes only onlyWhenValid there.
      let inOrder = true;
      for (let i = 1; i < slots.length && inOrder; i++) {
        inOrder = slots[i - 1]!.from < slots[i]!.from && slots[i - 1]!.to <= slots[i]!.from;
      }
      if (inOrder) return;
      const order = slots.map((_, index) => index).sort((a, b) => (slots[a]!.from < slots[b]!.from ? -1 : 1));
      for (let i = 1; i < order.length; i++) {
        const earlier = slots[order[i - 1]!]!;
        const later = slots[order[i]!]!;
        if (later.from < earlier.to) {
          ctx.addIssue({
            code: "custom",
            path: [order[i]!, "from"],
            params: { code: "overlapping_slots" },
            message: `expected slots that do not overlap, received ${later.from}–${later.to} overlapping ${earlier.from}–${earlier.to}`,
          });
        }
      }
    },
    { when: onlyWhenValid },
  ),
);

/** The regular week. A day that is missing or empty is closed. */
export const WeeklyHoursSchema = z.strictObject({
  mo: z.optional(DaySlotsSchema),
  tu: z.optional(DaySlotsSchema),
  we: z.optional(DaySlotsSchema),
  th: z.optional(DaySlotsSchema),
  fr: z.optional(DaySlotsSchema),
  sa: z.optional(DaySlotsSchema),
  su: z.optional(DaySlotsSchema),
});
export type WeeklyHours = z.output<typeof WeeklyHoursSchema>;
export type WeeklyHoursInput = z.input<typeof WeeklyHoursSchema>;

/** Days (from–to inclusive) closed or with other hours than usual: holidays, training days, summer hours. */
export const OpeningExceptionSchema = z
  .object({
    from: CalendarDateSchema,
    to: CalendarDateSchema,
    closed: z.boolean(),
    slots: z.optional(DaySlotsSchema),
    note: z.optional(z.string()),
  })
  .check(
    z.refine((exception) => exception.from <= exception.to, {
      error: (issue) => {
        const exception = issue.input as { from: string; to: string };
        return `expected an end date on or after the start date "${exception.from}", received "${exception.to}"`;
      },
      path: ["to"],
      when: onlyWhenValid,
    }),
    z.refine((exception) => !(exception.closed && exception.slots && exception.slots.length > 0), {
      error: "expected no slots on days that are closed (set closed to false to give other hours)",
      path: ["slots"],
      when: onlyWhenValid,
    }),
  );
export type OpeningException = z.output<typeof OpeningExceptionSchema>;
export type OpeningExceptionInput = z.input<typeof OpeningExceptionSchema>;

/** When an office can be reached. All times are Europe/Berlin local wall-clock times. */
export const OpeningHoursSchema = z.object({
  weekly: z._default(WeeklyHoursSchema, () => ({})),
  exceptions: z._default(z.array(OpeningExceptionSchema), () => []),
  appointmentOnly: z._default(z.boolean(), false),
  temporarilyClosed: z._default(z.boolean(), false),
  note: z.optional(z.string()),
});
export type OpeningHours = z.output<typeof OpeningHoursSchema>;
export type OpeningHoursInput = z.input<typeof OpeningHoursSchema>;

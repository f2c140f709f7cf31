import { fc, it as fcIt } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { berlinInstant, berlinOffsetMinutes, berlinParts } from "./berlin-time.js";

// berlinParts computes Berlin's offset from the EU rule instead of ICU's time-zone data; these tests hold
// it against Intl (the time-zone database) over many instants. Every instant is epoch milliseconds, so
// they mean the same under any host TZ (the package script runs them under America/New_York and Asia/Tokyo).
const HOUR_MS = 3_600_000;
const reference = new Intl.DateTimeFormat("en-US", {
  timeZone: "Europe/Berlin",
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
  weekday: "short",
});
const WEEKDAYS: Record<string, string> = {
  Mon: "mo",
  Tue: "tu",
  Wed: "we",
  Thu: "th",
  Fri: "fr",
  Sat: "sa",
  Sun: "su",
};

/** Berlin's wall clock at `epochMs` as Intl reads it, in berlinParts' shape. */
function intlParts(epochMs: number) {
  const fields: Record<string, string> = {};
  for (const part of reference.formatToParts(epochMs)) fields[part.type] = part.value;
  const [year, month, day, hour, minute, second] = ["year", "month", "day", "hour", "minute", "second"].map(
    (type) => Number(fields[type]),
  ) as [number, number, number, number, number, number];
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  return {
    year,
    month,
    day,
    hour,
    minute,
    second,
    weekday: WEEKDAYS[fields.weekday!],
    offsetMinutes: Math.round((wallAsUtc - Math.floor(epochMs / 1000) * 1000) / 60_000),
  };
}

const pick = (parts: ReturnType<typeof berlinParts>) => ({
  year: parts.year,
  month: parts.month,
  day: parts.day,
  hour: parts.hour,
  minute: parts.minute,
  second: parts.second,
  weekday: parts.weekday,
  offsetMinutes: parts.offsetMinutes,
});

/** The instants of `from`–`to` (UTC) every `stepMs` where berlinParts and Intl disagree. */
function disagreements(from: number, to: number, stepMs: number): string[] {
  const found: string[] = [];
  for (let t = from; t < to; t += stepMs) {
    const ours = pick(berlinParts(t));
    const theirs = intlParts(t);
    if (JSON.stringify(ours) !== JSON.stringify(theirs)) {
      found.push(`${new Date(t).toISOString()}: ${JSON.stringify(ours)} ≠ Intl ${JSON.stringify(theirs)}`);
    }
  }
  return found;
}

describe("berlinParts against Intl", () => {
  it("agrees at every hour of 2024–2030", () => {
    expect(disagreements(Date.UTC(2024, 0, 1), Date.UTC(2031, 0, 1), HOUR_MS)).toEqual([]);
  });

  it("agrees every minute of the transition nights, 1996–2040, both ways", () => {
    for (let year = 1996; year <= 2040; year++) {
      for (const month of [2, 9]) {
        // 22:00 UTC on the Saturday before the last Sunday to 04:00 UTC on that Sunday.
        const lastDay = Date.UTC(year, month + 1, 0);
        const sunday = lastDay - new Date(lastDay).getUTCDay() * 86_400_000;
        expect(disagreements(sunday - 2 * HOUR_MS, sunday + 4 * HOUR_MS, 60_000)).toEqual([]);
      }
    }
  });

  it("agrees at the last second before and the first second after each change, 1996–2100", () => {
    for (let year = 1996; year <= 2100; year++) {
      for (const month of [2, 9]) {
        const lastDay = Date.UTC(year, month + 1, 0);
        const change = lastDay - new Date(lastDay).getUTCDay() * 86_400_000 + HOUR_MS;
        expect(disagreements(change - 1000, change + 1000, 1000)).toEqual([]);
        // And the rule's own answer: summer time starts in March and ends in October at 01:00 UTC.
        expect(berlinOffsetMinutes(change - 1)).toBe(month === 2 ? 60 : 120);
        expect(berlinOffsetMinutes(change)).toBe(month === 2 ? 120 : 60);
      }
    }
  });

  it("reads instants before 1996 (other rules) from Intl", () => {
    // 1995's summer time ended on the last Sunday of September, not of October.
    expect(berlinOffsetMinutes(Date.UTC(1995, 9, 10, 12))).toBe(60);
    expect(berlinOffsetMinutes(Date.UTC(1995, 7, 10, 12))).toBe(120);
    // 1975: no summer time in West Germany.
    expect(berlinOffsetMinutes(Date.UTC(1975, 6, 1, 12))).toBe(60);
    expect(disagreements(Date.UTC(1995, 0, 1), Date.UTC(1996, 0, 2), HOUR_MS)).toEqual([]);
  });

  fcIt.prop([fc.integer({ min: Date.UTC(1996, 0, 1), max: Date.UTC(2100, 0, 1) })], { numRuns: 2000 })(
    "agrees at any instant of 1996–2099",
    (epochMs) => {
      expect(pick(berlinParts(epochMs))).toEqual(intlParts(epochMs));
    },
  );
});

describe("berlinInstant around the clock changes", () => {
  it("gives back each wall time of the transition nights, except the skipped hour", () => {
    for (const date of ["2026-03-29", "2026-10-25", "2030-03-31", "2030-10-27"]) {
      for (let minutes = 0; minutes < 1440; minutes += 15) {
        const parts = berlinParts(berlinInstant(date, minutes));
        const skipped = date.endsWith("-03-29") || date.endsWith("-03-31");
        if (skipped && minutes >= 120 && minutes < 180) {
          // The skipped hour (02:00–02:59 in March) resolves to the jump, 03:00 summer time.
          expect(parts.minutes, `${date} ${minutes}`).toBe(180);
        } else {
          expect([parts.date, parts.minutes], `${date} ${minutes}`).toEqual([date, minutes]);
        }
      }
    }
  });

  it("reads the repeated hour (02:00–02:59 in October) as summer time, an hour before its winter twin", () => {
    const first = berlinInstant("2026-10-25", 150);
    expect(first.toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(berlinParts(first)).toMatchObject({ hour: 2, minute: 30, offsetMinutes: 120 });
    expect(berlinParts(first.getTime() + HOUR_MS)).toMatchObject({ hour: 2, minute: 30, offsetMinutes: 60 });
  });
});

import { berlinInstant, berlinParts } from "@beratungsfinder/core";
import { usageError } from "./command.js";

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** `--open-at` as read: the instant, and a note when a Berlin wall time had to be resolved. */
export interface OpenAt {
  instant: Date;
  /**
   * Set when the wall time does not exist (the spring-forward gap: the instant is when the clocks
   * jump) or exists twice (the autumn hour: the instant is its first, summer-time occurrence).
   */
  note?: string;
}

/**
 * Reads `--open-at`: an ISO date-time with an offset is that instant; without an offset it is
 * Berlin wall-clock time, because opening hours are (and the host's time zone must not matter).
 * A Berlin time skipped or repeated by a daylight-saving change says how it was read.
 */
export function parseOpenAt(raw: string): OpenAt {
  const text = raw.trim();
  const match = DATE_TIME.exec(text);
  const fail = () =>
    usageError(
      `Option --open-at: expected an ISO date-time such as 2026-03-02T10:00 (Berlin time) or ` +
        `2026-03-02T09:00Z, received ${JSON.stringify(raw)}.`,
    );
  if (!match) throw fail();
  const [, date, hour = "00", minute = "00", second = "00", offset] = match;
  const [year, month, day] = date!.split("-").map(Number) as [number, number, number];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  const realDate = calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === day;
  const h = Number(hour);
  const m = Number(minute);
  // 24:00 is the end of the day; 24:30 or a 61st second is no time at all.
  const realTime = (h < 24 || (m === 0 && Number(second) === 0)) && m <= 59 && Number(second) <= 59;
  if (!realDate || !realTime) throw fail();
  if (offset) {
    const instant = new Date(text.replace(" ", "T"));
    if (Number.isNaN(instant.getTime())) throw fail();
    return { instant };
  }
  const instant = berlinInstant(date!, h * 60 + m);
  if (h === 24) return { instant };
  const asked = `${date}T${hour}:${minute}`;
  const read = berlinParts(instant);
  if (read.date !== date || read.minutes !== h * 60 + m) {
    const at = `${pad(read.hour)}:${pad(read.minute)}`;
    return {
      instant,
      note:
        `--open-at ${asked} does not exist in Berlin: the clocks jump from 02:00 to 03:00 that night, ` +
        `so the search uses ${at} summer time (${read.date}T${at}+02:00).`,
    };
  }
  const oneHourLater = berlinParts(instant.getTime() + 3_600_000);
  if (oneHourLater.date === date && oneHourLater.minutes === read.minutes) {
    return {
      instant,
      note:
        `--open-at ${asked} happens twice in Berlin, as the clocks go back from 03:00 to 02:00 that night; ` +
        `the search uses the first, summer time (${asked}+02:00). Write ${asked}+01:00 for the second.`,
    };
  }
  return { instant };
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

import { berlinInstant } from "@beratungsfinder/core";
import { usageError } from "./command.js";

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Reads `--open-at`: an ISO date-time with an offset is that instant; without an offset it is
 * Berlin wall-clock time, because opening hours are (and the host's time zone must not matter).
 */
export function parseOpenAt(raw: string): Date {
  const text = raw.trim();
  const match = DATE_TIME.exec(text);
  const fail = () =>
    usageError(
      `Option --open-at: expected an ISO date-time such as 2026-03-02T10:00 (Berlin time) or ` +
        `2026-03-02T09:00Z, received ${JSON.stringify(raw)}.`,
    );
  if (!match) throw fail();
  const [, date, hour = "00", minute = "00", , offset] = match;
  const instant = offset
    ? new Date(text.replace(" ", "T"))
    : berlinInstant(date!, Number(hour) * 60 + Number(minute));
  const [year, month, day] = date!.split("-").map(Number) as [number, number, number];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  const realDate = calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === day;
  if (!realDate || Number(hour) > 24 || Number(minute) > 59 || Number.isNaN(instant.getTime())) throw fail();
  return instant;
}

import type { LocaleFormatting } from "./formatting.js";

/**
 * A locale's own weekday and month names, for browsers without date data for it: Chromium has none for
 * Sorani, Albanian, Pashto, Kurmanji, Somali and Tigrinya, and would write their dates in Arabic (Sorani,
 * through its relative) or English. They travel in the locale's own file (src/localization/calendars/,
 * re-exported from the generated locale module by scripts/localize-build.mjs), and so does this code:
 * not in every locale's messages, and not in the first screen. Where Intl has the data, its dates are
 * used (their grammar, genitive months and ordinals, is better than a list of names).
 * The months are the Gregorian ones (appointment letters in Germany are Gregorian).
 */
export interface CalendarWords {
  /** The seven weekday names, Monday first, separated by "|", as written alone and in a sentence. */
  weekdays: string;
  /** The twelve month names, January first, separated by "|", in the form a date uses ("5 January"). */
  months: string;
  /** A calendar day: {d} day, {m} month name, {y} year, {w} weekday; e.g. "{d} {m} {y}". */
  date: string;
  /** A day with its weekday and month, no year, e.g. "{w}, {d} {m}". */
  dayMonth: string;
}

const WEEKDAYS = "MonTueWedThuFriSatSun";

/**
 * The locale's formatting: Intl's where the browser has date data for the locale itself or a variety
 * of it (not only for Arabic, which lends Sorani its numbers), else dates from `words`, with digits and
 * times from Intl; times in 24 hours then, as on German office doors, instead of the English fallback's
 * Latin "PM" (which lands on the wrong side in right-to-left text). Nothing here is imported at run
 * time from the first screen's modules, so this file stays in the locale's chunk.
 */
export function ownCalendar(words: CalendarWords): LocaleFormatting {
  return (intl, tags) => {
    if (Intl.DateTimeFormat.supportedLocalesOf(tags.slice(0, -1).filter((tag) => tag !== "ar")).length)
      return intl();
    const base = intl({ hour: "2-digit", hourCycle: "h23" });
    const [weekdays, months] = [words.weekdays.split("|"), words.months.split("|")];
    const digits = new Intl.NumberFormat(tags, { useGrouping: false });
    const berlinWeekday = new Intl.DateTimeFormat("en", { timeZone: "Europe/Berlin", weekday: "short" });
    // A calendar day "YYYY-MM-DD" in the pattern; its weekday at noon UTC, 0 for Monday.
    const fill = (pattern: string, day: string) => {
      const [year = 0, month = 1, date = 1] = day.split("-").map(Number);
      const values: Record<string, string | undefined> = {
        d: digits.format(date),
        m: months[month - 1],
        y: digits.format(year),
        w: weekdays[(new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7],
      };
      return pattern.replace(/\{(\w)\}/g, (_, key: string) => values[key] ?? "");
    };
    return {
      ...base,
      weekday: (day) => fill("{w}", day),
      weekdayTime: (instant) =>
        `${weekdays[WEEKDAYS.indexOf(berlinWeekday.format(instant)) / 3]} ${base.time(instant)}`,
      date: (day) => fill(words.date, day),
      dayMonth: (day) => fill(words.dayMonth, day),
    };
  };
}

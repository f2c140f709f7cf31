import { intlLocales } from "./locales.js";

const TIME_ZONE = "Europe/Berlin";
// Letters and appointments in Germany use the Gregorian calendar: Persian, Dari and Pashto would
// otherwise get Solar Hijri dates ("۱۵ جدی ۱۴۰۴" for 5 January 2026).
const CALENDAR = "gregory";

/** Locale-aware formatters; opening times are always shown in Berlin time, wherever the browser is. */
export interface Formatting {
  distance(km: number): string;
  time(instant: Date): string;
  /** Weekday and time, e.g. "Monday 09:00"; "today"/"tomorrow" are left to the weekday name. */
  weekdayTime(instant: Date): string;
  weekday(date: string): string;
  date(date: string): string;
  /** A calendar day with short weekday and month, e.g. "Tue, 5 May"; Leichte Sprache "Dienstag, 5. Mai". */
  dayMonth(date: string): string;
  /** A counselling language by its name in the widget locale, e.g. "ar" → "Arabisch". */
  language(code: string): string;
  number(value: number): string;
  /** A wall-clock time "HH:MM" from the data in the locale's style; "24:00" stays as it is. */
  clock(hhmm: string): string;
  /** Opening hours from–to in the locale's style, e.g. "09:00–12:00"; Leichte Sprache "9 Uhr bis 12 Uhr". */
  clockRange(from: string, to: string): string;
  /** Items joined as the locale lists them ("Arabic, Persian and Turkish"). */
  list(items: string[]): string;
}

/** Distances in kilometres, to one decimal. */
const KILOMETRES: Intl.NumberFormatOptions = { style: "unit", unit: "kilometer", maximumFractionDigits: 1 };
/** Lists joined with "and". */
const LIST: Intl.ListFormatOptions = { type: "conjunction", style: "long" };

function languageNames(locales: string[]): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames(locales, { type: "language", fallback: "code" });
  } catch {
    return undefined;
  }
}

const cache = new Map<string, Formatting>();

/** Makes a locale's formatting from Intl's (`intl`, with the hour style it is given) for its Intl `tags`. */
export type LocaleFormatting = (
  intl: (hour?: Intl.DateTimeFormatOptions) => Formatting,
  tags: string[],
) => Formatting;

/**
 * The formatting of a locale the browser may have no date data for, from the locale's own file
 * (calendars/, see calendar-words.ts); set when that file loads, before the locale is rendered.
 */
export function setLocaleFormatting(locale: string, make: LocaleFormatting): void {
  cache.set(
    locale,
    make((hour) => buildIntlFormatting(locale, hour), intlLocales(locale)),
  );
}

/**
 * A value made on first use and kept. Each Intl formatter costs milliseconds to build (ICU loads its
 * locale data), tens of them on a slow phone: the first screen builds only the ones it shows, and the
 * rest wait until a result or an office needs them, instead of all of them in the first render's task.
 */
function lazy<T>(make: () => T): () => T {
  // A formatter that could not be made (undefined) is simply tried again on the next use.
  let value: T | undefined;
  return () => {
    value ??= make();
    return value as T;
  };
}

/** A lazy formatter of Berlin's dates and times in the Gregorian calendar (appointment letters here are Gregorian). */
function berlinDates(locales: string | string[], options: Intl.DateTimeFormatOptions) {
  return lazy(
    () => new Intl.DateTimeFormat(locales, { timeZone: TIME_ZONE, calendar: CALENDAR, ...options }),
  );
}

/** Formatters for one locale, built once and kept: the element renders on every keystroke. */
export function createFormatting(locale: string): Formatting {
  let formatting = cache.get(locale);
  if (!formatting) {
    formatting = buildFormatting(locale);
    cache.set(locale, formatting);
  }
  return formatting;
}

/** Hour and minute of an instant in Berlin, as numbers. */
function berlinHourMinute(parts: Intl.DateTimeFormat, instant: Date): [number, number] {
  const pieces = parts.formatToParts(instant);
  const value = (type: string) => Number(pieces.find((p) => p.type === type)?.value ?? 0);
  return [value("hour"), value("minute")];
}

/** Leichte Sprache writes times as "9 Uhr" or "9:30 Uhr", never "09:00". */
function easyTime(hour: number, minute: number): string {
  return minute === 0 ? `${hour} Uhr` : `${hour}:${String(minute).padStart(2, "0")} Uhr`;
}

/**
 * Leichte Sprache's rules for dates and times: "30. März 2026", "9 Uhr", "Montag um 9 Uhr", never
 * "30.03.2026" or "09:00" (Netzwerk Leichte Sprache: numbers as digits, times with "Uhr").
 */
function easyLanguage(base: Formatting): Formatting {
  const hm = berlinDates("de", { hour: "numeric", minute: "numeric", hourCycle: "h23" });
  const longDate = berlinDates("de", { dateStyle: "long" });
  const weekday = berlinDates("de", { weekday: "long" });
  const longDayMonth = berlinDates("de", { weekday: "long", day: "numeric", month: "long" });
  const time = (instant: Date) => easyTime(...berlinHourMinute(hm(), instant));
  const clock = (hhmm: string) => {
    const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
    return match ? easyTime(Number(match[1]), Number(match[2])) : hhmm;
  };
  return {
    ...base,
    time,
    weekdayTime: (instant) => `${weekday().format(instant)} um ${time(instant)}`,
    date: (day) => longDate().format(new Date(`${day}T12:00:00Z`)),
    dayMonth: (day) => longDayMonth().format(new Date(`${day}T12:00:00Z`)),
    clock,
    clockRange: (from, to) => `${clock(from)} bis ${clock(to)}`,
  };
}

function buildFormatting(locale: string): Formatting {
  const built = buildIntlFormatting(locale);
  return locale === "de-x-ls" ? easyLanguage(built) : built;
}

/**
 * How hours are written where the locale's default does not suit: ICU's Urdu writes "08:30 AM", whose
 * Latin "AM" lands on the wrong side in right-to-left text; Urdu speakers write "8:30 صبح".
 */
const HOUR_STYLE: Record<string, Intl.DateTimeFormatOptions> = {
  ur: { hour: "numeric", dayPeriod: "short" },
};

function buildIntlFormatting(
  locale: string,
  hour: Intl.DateTimeFormatOptions = HOUR_STYLE[locale] ?? { hour: "2-digit" },
): Formatting {
  const locales = intlLocales(locale);
  // Every date and time is Berlin's, in the Gregorian calendar.
  const dates = (options: Intl.DateTimeFormatOptions) => berlinDates(locales, options);
  const km = lazy(() => new Intl.NumberFormat(locales, KILOMETRES));
  const time = dates({ ...hour, minute: "2-digit" });
  const weekdayTime = dates({ weekday: "long", ...hour, minute: "2-digit" });
  // Calendar dates ("YYYY-MM-DD") are read at noon UTC, which is the same day in Berlin.
  const weekday = dates({ weekday: "long" });
  const date = dates({ dateStyle: "medium" });
  const dayMonth = dates({ weekday: "short", day: "numeric", month: "short" });
  const number = lazy(() => new Intl.NumberFormat(locales));
  const names = lazy(() => languageNames(locales));
  const atNoon = (day: string) => new Date(`${day}T12:00:00Z`);
  const clock = lazy(
    () =>
      new Intl.DateTimeFormat(locales, {
        timeZone: "UTC",
        calendar: CALENDAR,
        ...hour,
        minute: "2-digit",
      }),
  );
  const list = lazy(() => new Intl.ListFormat(locales, LIST));
  const clockText = (hhmm: string) => {
    const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
    if (!match || hhmm === "24:00") return hhmm;
    return clock().format(new Date(Date.UTC(2000, 0, 3, Number(match[1]), Number(match[2]))));
  };
  return {
    distance: (value) => km().format(value < 10 ? value : Math.round(value)),
    time: (instant) => time().format(instant),
    weekdayTime: (instant) => weekdayTime().format(instant),
    weekday: (day) => weekday().format(atNoon(day)),
    date: (day) => date().format(atNoon(day)),
    dayMonth: (day) => dayMonth().format(atNoon(day)),
    language: (code) => {
      try {
        return names()?.of(code) ?? code;
      } catch {
        return code;
      }
    },
    number: (value) => number().format(value),
    clock: clockText,
    clockRange: (from, to) => `${clockText(from)}–${clockText(to)}`,
    list: (items) => list().format(items),
  };
}

/**
 * Builds a locale's formatters ahead, while the first search waits for the network. The first one makes
 * ICU load the locale's data (150-200 ms of a phone's main thread at 4× CPU slowdown, whichever comes
 * first): it is built in the first idle moment, at the latest after `timeoutMs`. The others a result
 * card uses (opening times and hours, weekdays, language names, lists, outreach dates; a few milliseconds to tens each) follow in
 * later idle moments, one each, so that they are ready when the first results render instead of being
 * built in that render's task; if the results come first, they build what they use themselves. Returns
 * what builds the first one now, for when the wait ends before an idle moment came (cheap once built).
 *
 * @example
 * const warm = warmFormattingAhead("ar", 400); // … later, before the first render: warm();
 */
export function warmFormattingAhead(locale: string, timeoutMs: number): () => void {
  const now = new Date();
  // createFormatting each time: a locale's calendar file may set its formatting in between.
  const first = () => createFormatting(locale).distance(1);
  const steps: ((format: Formatting) => unknown)[] = [
    (format) => format.time(now),
    (format) => format.weekdayTime(now),
    (format) => format.clock("09:00"),
    (format) => format.language("ar"),
    (format) => format.list(["a", "b"]),
    (format) => format.dayMonth("2026-01-05"),
  ];
  inIdleMoments([first, ...steps.map((step) => () => step(createFormatting(locale)))], timeoutMs);
  return () => {
    first();
  };
}

/**
 * Makes ICU load a locale's data for numbers, dates in Berlin, language names and lists, one kind per
 * idle moment (the first after `timeoutMs` at the latest), with formatters that are then dropped. ICU
 * keeps that data for the whole page, so the formatters `createFormatting` builds later cost a fraction
 * of a millisecond instead of tens on a phone. For the CDN build's first file, which runs while the
 * element's code is still downloading and must stay small: it does not hold `createFormatting`.
 *
 * @example
 * loadIntlDataAhead("ar", 1000);
 */
export function loadIntlDataAhead(locale: string, timeoutMs: number): void {
  const locales = intlLocales(locale);
  const berlin = {
    timeZone: TIME_ZONE,
    calendar: CALENDAR,
    weekday: "long",
    hour: "2-digit",
    minute: "2-digit",
  } as const;
  inIdleMoments(
    [
      () => new Intl.NumberFormat(locales, KILOMETRES).format(1),
      () => new Intl.DateTimeFormat(locales, berlin).format(0),
      () => languageNames(locales)?.of("ar"),
      () => new Intl.ListFormat(locales, LIST).format(["a", "b"]),
    ],
    timeoutMs,
  );
}

/**
 * Runs `steps` one per idle moment, the first after `timeoutMs` at the latest; nothing where the browser
 * has no `requestIdleCallback`. A step that throws (a locale Intl rejects) ends nothing: it only warms.
 */
function inIdleMoments(steps: (() => unknown)[], timeoutMs: number): void {
  if (typeof requestIdleCallback !== "function") return;
  const next = () => {
    try {
      steps.shift()?.();
    } catch {
      // Only a warm-up: the formatter that is needed later says what is wrong, or falls back.
    }
    if (steps.length > 0) requestIdleCallback(next);
  };
  requestIdleCallback(next, { timeout: timeoutMs });
}

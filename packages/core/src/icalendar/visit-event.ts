import type { Office } from "@beratungsfinder/schemas";
import { contentLines, escapeText, uriValue } from "../internal/content-line.js";
import { berlinParts } from "../opening-hours/berlin-time.js";

export interface VisitEventOptions {
  /** When the visit starts and ends: an appointment, or an opening from `nextOpening`. */
  start: Date;
  end: Date;
  /** The event's title in the visitor's language, e.g. "Open consultation: MBE Köln"; default the office's name. */
  summary?: string;
  /** Longer text, e.g. what to bring; line breaks are kept. */
  description?: string;
  /** A link back to the office; else the office's website. */
  url?: string;
  /** When the file is made (DTSTAMP); injected so that output is reproducible. */
  now: Date;
  /** Default `<office id>-<start in UTC>@beratungsfinder`: adding the same visit twice updates one event. */
  uid?: string;
}

// The rules in force in Europe/Berlin since 1996 (EU summer time): a calendar that has no zone database
// of its own still places the event right, in winter and in summer.
const BERLIN_VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  "TZID:Europe/Berlin",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

const pad = (value: number) => String(value).padStart(2, "0");

/** Berlin wall-clock time as an iCalendar local DATE-TIME, "20260330T090000". */
function berlinDateTime(instant: Date): string {
  const p = berlinParts(instant);
  return `${p.date.replace(/-/g, "")}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
}

/** UTC as an iCalendar DATE-TIME, "20260330T070000Z". */
function utcDateTime(instant: Date): string {
  return `${instant.toISOString().replace(/[-:]/g, "").slice(0, 15)}Z`;
}

function checkInstant(name: string, value: Date): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new RangeError(`visitEventIcs: expected ${name} to be a valid Date, received ${String(value)}`);
  }
}

/**
 * A visit to an office as an iCalendar file (RFC 5545) with one event in Europe/Berlin time and the zone's
 * VTIMEZONE, which phones' and desktop calendars import. UTF-8, CRLF line ends, lines folded at 75 octets.
 * A wall time that occurs twice (the autumn night) reads as its first occurrence, as RFC 5545 says.
 *
 * @example
 * const next = nextOpening(office.openingHours, new Date(), office.address?.state);
 * if (next) visitEventIcs(office, { start: next.start, end: next.end, now: new Date() });
 */
export function visitEventIcs(office: Office, options: VisitEventOptions): string {
  const { start, end, now } = options;
  checkInstant("start", start);
  checkInstant("end", end);
  checkInstant("now", now);
  if (end.getTime() <= start.getTime()) {
    throw new RangeError(
      `visitEventIcs: expected end after start ${start.toISOString()}, received ${end.toISOString()}`,
    );
  }
  const uid = options.uid ?? `${office.id}-${utcDateTime(start)}@beratungsfinder`;
  const url = options.url ?? office.contact.website;
  const address = office.address;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Beratungsfinder//Beratungsfinder//DE",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...BERLIN_VTIMEZONE,
    "BEGIN:VEVENT",
    `UID:${escapeText(uid)}`,
    `DTSTAMP:${utcDateTime(now)}`,
    `DTSTART;TZID=Europe/Berlin:${berlinDateTime(start)}`,
    `DTEND;TZID=Europe/Berlin:${berlinDateTime(end)}`,
    `SUMMARY:${escapeText(options.summary ?? office.name)}`,
  ];
  if (address) {
    const place = [office.name, address.addition, address.street, `${address.postalCode} ${address.city}`];
    lines.push(`LOCATION:${escapeText(place.filter(Boolean).join(", "))}`);
  }
  if (office.geo) lines.push(`GEO:${office.geo.lat.toFixed(6)};${office.geo.lon.toFixed(6)}`);
  if (options.description) lines.push(`DESCRIPTION:${escapeText(options.description)}`);
  if (url) lines.push(`URL:${uriValue(url)}`);
  lines.push("TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR");
  return contentLines(lines);
}

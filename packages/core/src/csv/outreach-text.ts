import type {
  OutreachPlace,
  OutreachPlaceInput,
  OutreachSlotInput,
  TimeSlot,
} from "@beratungsfinder/schemas";
import { type StateCode, WEEKDAYS } from "@beratungsfinder/schemas/vocabulary";
import { cellExcerpt } from "./cell-excerpt.js";
import { parseDate } from "./office-csv-columns.js";
import { dayFromName, KIND_WORDS, LABELS, validTime } from "./opening-hours-text.js";
import { stateFromText } from "./state-name.js";

/**
 * The outreach cell of the office template: one place per line (or separated by `|`), each
 * `name, street, postcode city: slots` with the slots separated by `;`. See docs/csv-template.md.
 */
export interface OutreachTextResult {
  places: OutreachPlaceInput[];
  /** Sentences naming the place (and slot) and what is wrong; empty when the cell is fine. */
  errors: string[];
}

const EXAMPLE = '"Rathaus Frechen, Johann-Schmitz-Platz 1, 50226 Frechen: 1. Di 10:00-12:00"';
// The ":" after the city is the first one that is not inside a time ("10:00").
const PLACE = /^(.+),\s*([^,]+?),\s*(\d{4,5})\s+([^:]+?)\s*(?<!\d):\s*(.*)$/s;
const EVERY = /^(?:jeden|jede|jeweils|every)\b\s*/i;
const BIWEEKLY =
  /^(?:alle\s+(?:2|zwei)\s+wochen|alle\s+14\s+tage|14-t(?:ä|ae)g(?:ig|lich)|zweiwöchentlich|every\s+(?:2|two|other)\s+weeks?|biweekly)\b\s*/i;
const MONTH_WEEK = /^(?:([0-9])\.|([1-5])(?:st|nd|rd|th)\b|(letzte[nrms]?|last)\b)\s*/i;
const WORD = /^[A-Za-zÄÖÜäöüß]+\.?\s*/;
const TIME_RANGE = /^(\d{1,2})(?:[:.](\d{2}))?\s*[-–—]\s*(\d{1,2})(?:[:.](\d{2}))?(?:\s*uhr\b)?\s*/i;
const KIND = /^\(([^)]*)\)\s*/;
const OF_THE_MONTH = /^(?:im\s+monat|des\s+monats|of\s+the\s+month|monatlich)\b\s*/i;
const START = /^(?:ab|from|starting)\s+(\S+)\s*/i;
const NOTE = /^(?:hinweis|note)\s*:\s*(.*)$/is;
const WEEKDAYS_FROM_SUNDAY = ["su", ...WEEKDAYS.slice(0, 6)];

/**
 * Reads outreach places as an office worker writes them in one cell:
 * `Rathaus Frechen, Johann-Schmitz-Platz 1, 50226 Frechen: 1. Di 10:00-12:00; Do 14:00-16:00`.
 * A slot is weekly (`Di 10:00-12:00`), every second week from a start date (`alle 2 Wochen Di
 * 10:00-12:00 ab 13.01.2026`) or the nth weekday of the month (`1. Di`, `letzter Fr`), with an
 * optional kind in brackets as in opening hours (default: open consultation hours). The venue's state
 * is the office's unless given in brackets after the city (`(BY)`), with its municipality key
 * (`AGS 09162000`) and position (`50.9107 6.8186`) if wanted. A slot's note follows it in brackets
 * (`(Hinweis: bitte anrufen)`); the place's note ends its slots (`; Hinweis: Raum 1.12`).
 *
 * @example
 * parseOutreachText("Rathaus Frechen, Johann-Schmitz-Platz 1, 50226 Frechen: 1. Di 10:00-12:00", "DE-NW").places[0]?.slots
 * // [{ repeat: "monthly", week: 1, day: "tu", from: "10:00", to: "12:00", kind: "consultation" }]
 */
export function parseOutreachText(text: string, officeState?: StateCode): OutreachTextResult {
  const places: OutreachPlaceInput[] = [];
  const errors: string[] = [];
  const parts = text.split(/\s*(?:\r?\n|\|)\s*/).filter((part) => part !== "");
  parts.forEach((part, index) => {
    const where = `place ${index + 1}`;
    const match = PLACE.exec(part);
    if (!match) {
      const why = !/\b\d{4,5}\s+\S/.test(part)
        ? "a postcode and city after the street"
        : !/(?<!\d):/.test(part)
          ? 'a ":" after the city, then the slots'
          : "name, street, postcode and city separated by commas";
      errors.push(`${where}: expected ${why}, such as ${EXAMPLE}, received "${cellExcerpt(part)}"`);
      return;
    }
    const [, name = "", street = "", code = "", cityText = "", schedule = ""] = match;
    const label = `${where} "${cellExcerpt(name)}"`;
    const { city, extras } = splitExtras(cityText);
    const state = extras?.state ?? officeState;
    const before = errors.length;
    if (!state) {
      errors.push(
        `${label}: expected the venue's state in brackets after the city, such as "(NW)", as the office has no address`,
      );
    }
    const slots: OutreachSlotInput[] = [];
    const entries = schedule.split(/\s*;\s*/).filter((entry) => entry !== "");
    // "…; Hinweis: Raum 1.12" at the end is the place's note.
    const note = NOTE.exec(entries[entries.length - 1] ?? "")?.[1]?.trim();
    if (note !== undefined) entries.pop();
    if (entries.length === 0)
      errors.push(`${label}: expected at least one slot after the ":", such as ${EXAMPLE}`);
    entries.forEach((entry, slotIndex) => {
      const slot = parseSlot(entry);
      if (typeof slot === "string") {
        errors.push(`${label}, slot ${slotIndex + 1} "${cellExcerpt(entry)}": ${slot}`);
      } else slots.push(slot);
    });
    if (errors.length > before || !state) return;
    places.push({
      name,
      address: {
        street,
        // A PLZ saved as a number loses its leading zero, as in the postal_code column.
        postalCode: code.padStart(5, "0"),
        city,
        state,
        ...(extras?.municipalityKey ? { municipalityKey: extras.municipalityKey } : {}),
      },
      ...(extras?.geo ? { geo: extras.geo } : {}),
      slots,
      ...(note ? { note } : {}),
    });
  });
  return { places, errors };
}

interface Extras {
  state?: StateCode;
  municipalityKey?: string;
  geo?: { lat: number; lon: number };
}

/** "Frechen (NW; AGS 05362024)" → the city and what the brackets say; "Frankfurt (Oder)" is a city. */
function splitExtras(text: string): { city: string; extras?: Extras } {
  const match = /^(.*?)\s*\(([^()]*)\)$/.exec(text);
  if (!match) return { city: text };
  const extras: Extras = {};
  for (const item of (match[2] ?? "").split(/\s*;\s*/)) {
    const key = /^(?:AGS\s*)?(\d{8})$/i.exec(item);
    const geo = /^(-?\d{1,2}(?:\.\d+)?)\s*[\s,/]\s*(-?\d{1,3}(?:\.\d+)?)$/.exec(item);
    const state = stateFromText(item);
    if (key) extras.municipalityKey = key[1] as string;
    else if (geo) extras.geo = { lat: Number(geo[1]), lon: Number(geo[2]) };
    else if (state && item !== "") extras.state = state;
    else return { city: text };
  }
  return { city: match[1] ?? text, extras };
}

/** One slot of the schedule, or what is wrong with it. */
function parseSlot(entry: string): OutreachSlotInput | string {
  let rest = entry.trim();
  const take = (pattern: RegExp) => {
    const match = pattern.exec(rest);
    if (match) rest = rest.slice(match[0].length);
    return match;
  };
  const biweekly = take(BIWEEKLY) !== null || (take(EVERY) !== null && take(BIWEEKLY) !== null);
  const weekMatch = take(MONTH_WEEK);
  let week: 1 | 2 | 3 | 4 | 5 | -1 | undefined;
  if (weekMatch) {
    const number = Number(weekMatch[1] ?? weekMatch[2]);
    if (weekMatch[3]) week = -1;
    else if (number >= 1 && number <= 5) week = number as 1 | 2 | 3 | 4 | 5;
    else return `expected a week of the month "1." to "5." or "letzter", received "${weekMatch[0].trim()}"`;
    if (biweekly) return 'expected either "alle 2 Wochen" or a week of the month such as "1.", not both';
  }
  const word = take(WORD)?.[0].trim();
  // "dienstags" as well as "Di" and "Dienstag".
  const day = word ? (dayFromName(word) ?? dayFromName(word.replace(/s$/i, ""))) : undefined;
  if (!day) return `expected a weekday such as "Di" or "Dienstag", received "${cellExcerpt(word ?? rest)}"`;
  if (week !== undefined) take(OF_THE_MONTH);
  const times = take(TIME_RANGE);
  if (!times)
    return `expected a time range such as "10:00-12:00" after the day, received "${cellExcerpt(rest)}"`;
  const from = `${(times[1] ?? "").padStart(2, "0")}:${times[2] ?? "00"}`;
  const to = `${(times[3] ?? "").padStart(2, "0")}:${times[4] ?? "00"}`;
  if (!validTime(from, false) || !validTime(to, true)) {
    return `expected times between 00:00 and 24:00, received "${times[0].trim()}"`;
  }
  if (to <= from) return `expected an end time after the start time ${from}, received "${to}"`;
  let kind: TimeSlot["kind"] = "consultation";
  let start: string | undefined;
  let note: string | undefined;
  // Kind, note and start date in any order: "(Termin) (Hinweis: bitte anrufen) ab 13.01.2026".
  for (let round = 0; round < 3; round++) {
    const kindMatch = take(KIND);
    const noted = NOTE.exec(kindMatch?.[1] ?? "");
    if (noted) note = noted[1]?.trim();
    else if (kindMatch) {
      const found = KIND_WORDS.find(([pattern]) => pattern.test((kindMatch[1] ?? "").trim()));
      if (!found) {
        return `expected "(Termin)", "(Sprechstunde)", "(offen)", "(Telefon)" or "(Hinweis: …)" after the times, received "${kindMatch[0].trim()}"`;
      }
      kind = found[1];
    }
    if (week !== undefined) take(OF_THE_MONTH);
    const startMatch = take(START);
    if (startMatch) {
      start = parseDate(startMatch[1] ?? "");
      if (!start) return `expected a start date such as "ab 13.01.2026", received "${startMatch[0].trim()}"`;
    }
  }
  if (rest.trim() !== "") return `expected ";" before the next slot, received "${cellExcerpt(rest.trim())}"`;
  if (start && !biweekly) return 'expected a start date ("ab …") only with "alle 2 Wochen"';
  const common = { day, from, to, kind, ...(note ? { note } : {}) };
  if (week !== undefined) return { repeat: "monthly", week, ...common };
  if (!biweekly) return { repeat: "weekly", ...common };
  if (!start) return 'expected the first date for "alle 2 Wochen", such as "ab 13.01.2026"';
  const startDay = WEEKDAYS_FROM_SUNDAY[new Date(`${start}T12:00:00Z`).getUTCDay()];
  if (startDay !== day) {
    return `expected a start date on a ${LABELS.de.days[WEEKDAYS.indexOf(day)]}, received "${start}" (a ${
      LABELS.de.days[WEEKDAYS.indexOf(startDay as (typeof WEEKDAYS)[number])]
    })`;
  }
  return { repeat: "every-2-weeks", start, ...common };
}

/** A note as the cell can hold it: no ";", "|" or line break, which separate slots and places. */
const noteText = (note: string) => note.replace(/\s*[;|\r\n]+\s*/g, ", ").trim();

const KIND_CELL: Record<TimeSlot["kind"], string> = {
  consultation: "",
  open: " (offen)",
  appointment: " (Termin)",
  phone: " (Telefon)",
};

/**
 * Writes outreach places in the form `parseOutreachText` reads, one place per line. The state is
 * written only where it is not `officeState`. Notes lose the characters that separate slots and places
 * (`;`, `|`, line breaks; a slot's note also its brackets); address additions have no place in the cell.
 *
 * @example
 * formatOutreachText(office.outreach ?? [], office.address?.state)
 * // "Rathaus Frechen, Johann-Schmitz-Platz 1, 50226 Frechen: 1. Di 10:00-12:00"
 */
export function formatOutreachText(places: readonly OutreachPlace[], officeState?: StateCode): string {
  return places
    .map((place) => {
      const { address, geo } = place;
      const extras = [
        // "Neustadt (Hessen)" would read as Neustadt in Hessen: a bracket of its own keeps the name whole.
        ...(address.state === officeState && !address.city.endsWith(")") ? [] : [address.state.slice(3)]),
        ...(address.municipalityKey ? [`AGS ${address.municipalityKey}`] : []),
        ...(geo ? [`${geo.lat} ${geo.lon}`] : []),
      ];
      const bracket = extras.length > 0 ? ` (${extras.join("; ")})` : "";
      const slots = place.slots.map((slot) => {
        const day = LABELS.de.days[WEEKDAYS.indexOf(slot.day)];
        const note = slot.note ? ` (Hinweis: ${noteText(slot.note).replace(/[()]/g, "")})` : "";
        const times = `${day} ${slot.from}-${slot.to}${KIND_CELL[slot.kind]}${note}`;
        if (slot.repeat === "weekly") return times;
        if (slot.repeat === "monthly") return `${slot.week === -1 ? "letzter" : `${slot.week}.`} ${times}`;
        const [year, month, date] = slot.start.split("-");
        return `alle 2 Wochen ${times} ab ${date}.${month}.${year}`;
      });
      if (place.note) slots.push(`Hinweis: ${noteText(place.note)}`);
      return `${place.name}, ${address.street}, ${address.postalCode} ${address.city}${bracket}: ${slots.join("; ")}`;
    })
    .join("\n");
}

import type { TimeSlot, Weekday, WeeklyHours } from "@beratungsfinder/schemas";
import { WEEKDAYS } from "@beratungsfinder/schemas/vocabulary";

/** A problem in an opening-hours text, with the 1-based character position where it was noticed. */
export interface OpeningHoursTextError {
  position: number;
  message: string;
}

export interface OpeningHoursTextResult {
  weekly: WeeklyHours;
  errors: OpeningHoursTextError[];
}

export interface FormatOpeningHoursOptions {
  /** Day abbreviations and slot labels: German `Mo Di Mi …` (default) or English `Mo Tu We …`. */
  language?: "de" | "en";
}

// No prototype: a word such as "constructor" in a cell is no day.
const DAY_NAMES: Record<string, Weekday> = Object.create(null);
const aliases: Record<Weekday, string[]> = {
  mo: ["mo", "mon", "montag", "monday"],
  tu: ["di", "die", "dienstag", "tu", "tue", "tues", "tuesday"],
  we: ["mi", "mit", "mittwoch", "we", "wed", "wednesday"],
  th: ["do", "don", "donnerstag", "th", "thu", "thur", "thurs", "thursday"],
  fr: ["fr", "fri", "freitag", "friday"],
  sa: ["sa", "sat", "samstag", "sonnabend", "saturday"],
  su: ["so", "son", "sonntag", "su", "sun", "sunday"],
};
for (const day of WEEKDAYS) for (const alias of aliases[day]) DAY_NAMES[alias] = day;

/** The weekday a German or English name or abbreviation stands for ("Di", "Dienstag", "Tue"); else undefined. */
export const dayFromName = (word: string): Weekday | undefined =>
  DAY_NAMES[word.replace(/\.$/, "").toLowerCase()];

/** Day abbreviations and slot labels as the texts are written. */
export const LABELS = {
  de: {
    days: ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"],
    appointment: "Termin",
    consultation: "Sprechstunde",
    phone: "Telefon",
  },
  en: {
    days: ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"],
    appointment: "appointment",
    consultation: "consultation",
    phone: "phone",
  },
} as const;

// Words in brackets after a slot that say what kind of slot it is.
export const KIND_WORDS: [RegExp, TimeSlot["kind"]][] = [
  [
    /^(termin|termine|nach vereinbarung|nur mit termin|mit termin|appointment|by appointment|appointments?)$/i,
    "appointment",
  ],
  [
    /^(sprechstunde|offene sprechstunde|consultation|open consultation|drop-in|walk-in consultation)$/i,
    "consultation",
  ],
  [/^(telefon|telefonisch|telefonsprechstunde|phone|by phone|phone hours)$/i, "phone"],
  [/^(offen|open|walk-in)$/i, "open"],
];

const CLOSED_WORDS = /^(geschlossen|closed|zu)$/i;

type Token =
  | { type: "day"; day: Weekday; position: number; text: string }
  | { type: "time"; value: string; position: number; text: string }
  | { type: "dash" | "comma" | "semicolon"; position: number; text: string }
  | { type: "note"; value: string; closed: boolean; position: number; text: string }
  | { type: "closed"; position: number; text: string }
  | { type: "unknown"; position: number; text: string };

const MAX_QUOTED = 40;
/** At most this many problems are listed for one text; one more entry counts the rest. */
export const MAX_OPENING_HOURS_ERRORS = 10;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern =
    /\s*(?:(\d{1,2})(?:[:.](\d{2}))?(?:\s*uhr)?|(\([^)]*\)?)|([-–—]|bis\b|to\b)|(,|\+|&|und\b|and\b)|(;|\n)|([A-Za-zÄÖÜäöüß]+\.?)|(\S))/giy;
  for (;;) {
    const start = pattern.lastIndex;
    if (start >= text.length) break;
    const match = pattern.exec(text);
    if (!match) break;
    if (match[0].trim() === "") break;
    const position = start + (match[0].length - match[0].trimStart().length) + 1;
    const whole = match[0].trim();
    // Messages quote tokens: a 60 KB word must not be copied into each of them.
    const raw = whole.length > MAX_QUOTED ? `${whole.slice(0, MAX_QUOTED - 1)}…` : whole;
    if (match[1] !== undefined) {
      const hours = match[1].padStart(2, "0");
      const minutes = match[2] ?? "00";
      tokens.push({ type: "time", value: `${hours}:${minutes}`, position, text: raw });
    } else if (match[3] !== undefined) {
      const value = match[3].replace(/^\(|\)$/g, "").trim();
      tokens.push({ type: "note", value, closed: match[3].endsWith(")"), position, text: raw });
    } else if (match[4] !== undefined) tokens.push({ type: "dash", position, text: raw });
    else if (match[5] !== undefined) tokens.push({ type: "comma", position, text: raw });
    else if (match[6] !== undefined) tokens.push({ type: "semicolon", position, text: raw });
    else if (match[7] !== undefined) {
      const word = match[7].replace(/\.$/, "").toLowerCase();
      const day = DAY_NAMES[word];
      if (day) tokens.push({ type: "day", day, position, text: raw });
      else if (CLOSED_WORDS.test(word)) tokens.push({ type: "closed", position, text: raw });
      else tokens.push({ type: "unknown", position, text: raw });
    } else tokens.push({ type: "unknown", position, text: raw });
  }
  return tokens;
}

/** "HH:MM" from 00:00 to 23:59; with `allowMidnightEnd`, "24:00" too. */
export function validTime(value: string, allowMidnightEnd: boolean): boolean {
  if (allowMidnightEnd && value === "24:00") return true;
  return /^(?:[01]\d|2[0-3]):[0-5]\d$/.test(value);
}

function dayRange(from: Weekday, to: Weekday): Weekday[] {
  const start = WEEKDAYS.indexOf(from);
  const end = WEEKDAYS.indexOf(to);
  const days: Weekday[] = [];
  // "Sa-Mo" wraps over the weekend.
  for (let i = start; ; i = (i + 1) % 7) {
    days.push(WEEKDAYS[i]!);
    if (i === end) break;
  }
  return days;
}

const EXAMPLE = 'such as "Mo-Fr 09:00-12:00; Do 14:00-18:00 (Termin)"';

/**
 * Reads opening hours written as people write them: `Mo 09:00-12:00, 13:00-16:00; Di 10:00-14:00;
 * Do 14:00-18:00 (Termin)`. Day groups are separated by `;` or a new line; days are German or English
 * abbreviations (Mo/Di/Mi/Do/Fr/Sa/So, Mo/Tu/We/Th/Fr/Sa/Su) or ranges (`Mo-Fr`), listed with commas;
 * slots are `HH:MM-HH:MM` with an optional kind in brackets: `(Termin)`/`(appointment)`,
 * `(Sprechstunde)`/`(consultation)`, `(Telefon)`/`(phone)`. `Sa geschlossen` marks a closed day. Times are Europe/Berlin.
 *
 * @example
 * parseOpeningHoursText("Mo-Fr 09:00-12:00").weekly.tu // [{ from: "09:00", to: "12:00", kind: "open" }]
 */
export function parseOpeningHoursText(text: string): OpeningHoursTextResult {
  const weekly: Partial<Record<Weekday, TimeSlot[]>> = {};
  const errors: OpeningHoursTextError[] = [];
  let unlisted = 0;
  const report = (error: OpeningHoursTextError) => {
    if (errors.length < MAX_OPENING_HOURS_ERRORS) errors.push(error);
    else unlisted++;
  };
  const tokens = tokenize(text);
  let index = 0;
  const peek = () => tokens[index];

  const skipGroup = () => {
    while (index < tokens.length && tokens[index]!.type !== "semicolon") index++;
  };

  while (index < tokens.length) {
    if (peek()?.type === "semicolon") {
      index++;
      continue;
    }
    // Days: "Mo", "Mo-Fr", "Mo, Mi", "Mo-Mi, Fr".
    const days: Weekday[] = [];
    let failed = false;
    while (peek()?.type === "day") {
      const first = tokens[index++] as Extract<Token, { type: "day" }>;
      if (peek()?.type === "dash") {
        const dash = tokens[index++]!;
        const last = peek();
        if (last?.type !== "day") {
          report({
            position: last?.position ?? dash.position,
            message: `expected a day after "${first.text}-", received ${last ? `"${last.text}"` : "the end"}`,
          });
          failed = true;
          break;
        }
        index++;
        days.push(...dayRange(first.day, last.day));
      } else days.push(first.day);
      if (peek()?.type === "comma" && tokens[index + 1]?.type === "day") index++;
    }
    if (failed) {
      skipGroup();
      continue;
    }
    const head = peek();
    if (days.length === 0) {
      report({
        position: head?.position ?? text.length + 1,
        message: `expected a day such as "Mo" or "Mo-Fr" at the start of each group, received "${head?.text ?? ""}" (${EXAMPLE})`,
      });
      skipGroup();
      continue;
    }
    if (head?.type === "unknown" && head.text === ":") index++;
    if (peek()?.type === "closed") {
      index++;
      for (const day of days) weekly[day] ??= [];
      if (peek() && peek()!.type !== "semicolon") {
        report({
          position: peek()!.position,
          message: `expected ";" after "geschlossen", received "${peek()!.text}"`,
        });
        skipGroup();
      }
      continue;
    }
    // Slots: "09:00-12:00 (Termin), 13:00-16:00".
    const slots: TimeSlot[] = [];
    for (;;) {
      const fromToken = peek();
      if (fromToken?.type !== "time") {
        report({
          position: fromToken?.position ?? text.length + 1,
          message: `expected a time such as "09:00" after the days, received ${fromToken ? `"${fromToken.text}"` : "the end"} (${EXAMPLE})`,
        });
        failed = true;
        break;
      }
      index++;
      const dash = peek();
      const toToken = tokens[index + 1];
      if (dash?.type !== "dash" || toToken?.type !== "time") {
        report({
          position: (dash?.type === "dash" ? toToken?.position : dash?.position) ?? text.length + 1,
          message: `expected a time range such as "09:00-12:00", received "${fromToken.text}" without an end time`,
        });
        failed = true;
        break;
      }
      index += 2;
      if (!validTime(fromToken.value, false) || !validTime(toToken.value, true)) {
        const bad = validTime(fromToken.value, false) ? toToken : fromToken;
        report({
          position: bad.position,
          message: `expected a time between 00:00 and 24:00, received "${bad.text}"`,
        });
        failed = true;
        break;
      }
      if (toToken.value <= fromToken.value) {
        report({
          position: toToken.position,
          message: `expected an end time after the start time ${fromToken.value}, received "${toToken.text}"`,
        });
        failed = true;
        break;
      }
      let kind: TimeSlot["kind"] = "open";
      if (peek()?.type === "note") {
        const note = tokens[index++] as Extract<Token, { type: "note" }>;
        const found = KIND_WORDS.find(([pattern]) => pattern.test(note.value));
        if (!found || !note.closed) {
          report({
            position: note.position,
            message: `expected "(Termin)", "(Sprechstunde)", "(Telefon)", "(appointment)", "(consultation)" or "(phone)" after a time range, received "${note.text}"`,
          });
          failed = true;
          break;
        }
        kind = found[1];
      }
      slots.push({ from: fromToken.value, to: toToken.value, kind });
      const next = peek();
      if (next?.type === "comma" && tokens[index + 1]?.type === "time") {
        index++;
        continue;
      }
      if (!next || next.type === "semicolon") break;
      // A new day group may start without ";" when the writer used a comma or nothing: "Mo 9-12, Di 10-14".
      if (next.type === "day" || (next.type === "comma" && tokens[index + 1]?.type === "day")) {
        if (next.type === "comma") index++;
        break;
      }
      report({
        position: next.position,
        message: `expected ";" or "," between time ranges, received "${next.text}"`,
      });
      failed = true;
      break;
    }
    if (failed) {
      skipGroup();
      continue;
    }
    for (const day of days) {
      const merged = [...(weekly[day] ?? []), ...slots].sort((a, b) => (a.from < b.from ? -1 : 1));
      const overlap = merged.findIndex((slot, i) => i > 0 && slot.from < merged[i - 1]!.to);
      if (overlap > 0) {
        const a = merged[overlap - 1]!;
        const b = merged[overlap]!;
        report({
          position: head?.position ?? 1,
          message: `expected time ranges that do not overlap on ${LABELS.de.days[WEEKDAYS.indexOf(day)]}: ${b.from}-${b.to} overlaps ${a.from}-${a.to}`,
        });
        continue;
      }
      weekly[day] = merged;
    }
  }
  if (unlisted > 0) {
    errors.push({
      position: errors[errors.length - 1]!.position,
      message: `and ${unlisted} more problem${unlisted === 1 ? "" : "s"} after these; fix the ones listed first`,
    });
  }
  return { weekly, errors };
}

function slotText(slot: TimeSlot, language: "de" | "en"): string {
  const range = `${slot.from}-${slot.to}`;
  return slot.kind === "open" ? range : `${range} (${LABELS[language][slot.kind]})`;
}

/**
 * Writes weekly hours in the form `parseOpeningHoursText` reads, joining consecutive days with the
 * same hours into ranges: `Mo-Fr 09:00-12:00; Do 14:00-18:00 (Termin)`. Days without slots are left out.
 */
export function formatOpeningHoursText(weekly: WeeklyHours, options: FormatOpeningHoursOptions = {}): string {
  const language = options.language ?? "de";
  const names = LABELS[language].days;
  const keyOf = (day: Weekday) => (weekly[day] ?? []).map((slot) => slotText(slot, language)).join(", ");
  const groups: string[] = [];
  let i = 0;
  while (i < WEEKDAYS.length) {
    const key = keyOf(WEEKDAYS[i]!);
    if (key === "") {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < WEEKDAYS.length && keyOf(WEEKDAYS[j + 1]!) === key) j++;
    const days = j === i ? names[i]! : j === i + 1 ? `${names[i]}, ${names[j]}` : `${names[i]}-${names[j]}`;
    groups.push(`${days} ${key}`);
    i = j + 1;
  }
  return groups.join("; ");
}

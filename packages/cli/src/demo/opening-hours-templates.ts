import type { OpeningException, OpeningHours, TimeSlot, Weekday } from "@beratungsfinder/schemas";
import type { Random } from "./random.js";

type Week = Partial<Record<Weekday, TimeSlot[]>>;

const slot = (from: string, to: string, kind: TimeSlot["kind"]): TimeSlot => ({ from, to, kind });

/**
 * Weekly patterns seen on counselling offices' pages: open consultation hours on one or two days and
 * appointments otherwise, appointment-only offices, afternoon hours for young people, and outposts
 * that open on a Friday morning only.
 */
const ADULT_WEEKS: ReadonlyArray<{
  weight: number;
  appointmentOnly?: boolean;
  note?: string;
  week: () => Week;
}> = [
  {
    weight: 35,
    week: () => ({
      mo: [slot("09:00", "12:00", "appointment"), slot("13:00", "16:00", "appointment")],
      tu: [slot("09:00", "12:00", "consultation")],
      we: [slot("09:00", "12:00", "appointment")],
      th: [slot("14:00", "18:00", "consultation")],
      fr: [slot("09:00", "12:00", "appointment")],
    }),
  },
  {
    weight: 25,
    week: () => ({
      mo: [slot("08:30", "12:30", "open"), slot("13:30", "16:00", "appointment")],
      tu: [slot("08:30", "12:30", "open"), slot("13:30", "16:00", "appointment")],
      we: [slot("08:30", "12:30", "open")],
      th: [slot("08:30", "12:30", "open"), slot("13:30", "17:30", "appointment")],
      fr: [slot("08:30", "12:30", "open")],
    }),
  },
  {
    weight: 20,
    appointmentOnly: true,
    note: "Beratung nur nach Terminvereinbarung, telefonisch oder per E-Mail.",
    week: () => ({
      mo: [slot("09:00", "16:00", "appointment")],
      tu: [slot("09:00", "16:00", "appointment")],
      we: [slot("09:00", "13:00", "appointment")],
      th: [slot("09:00", "16:00", "appointment")],
      fr: [slot("09:00", "13:00", "appointment")],
    }),
  },
  {
    weight: 12,
    week: () => ({
      tu: [slot("09:00", "12:00", "consultation"), slot("13:00", "15:00", "appointment")],
      th: [slot("09:00", "12:00", "consultation")],
    }),
  },
  {
    weight: 8,
    note: "Außensprechstunde: nur freitags vormittags.",
    week: () => ({ fr: [slot("09:00", "12:00", "consultation")] }),
  },
];

const YOUTH_WEEKS: typeof ADULT_WEEKS = [
  {
    weight: 45,
    week: () => ({
      mo: [slot("13:00", "17:00", "appointment")],
      tu: [slot("14:00", "18:00", "consultation")],
      we: [slot("10:00", "13:00", "appointment")],
      th: [slot("14:00", "19:00", "consultation")],
      fr: [slot("10:00", "14:00", "appointment")],
    }),
  },
  {
    weight: 25,
    week: () => ({
      mo: [slot("09:00", "12:00", "open"), slot("13:00", "17:00", "appointment")],
      we: [slot("13:00", "18:00", "consultation")],
      th: [slot("09:00", "12:00", "appointment"), slot("13:00", "17:00", "appointment")],
    }),
  },
  {
    weight: 20,
    appointmentOnly: true,
    note: "Termine auch kurzfristig per Messenger oder Telefon.",
    week: () => ({
      tu: [slot("10:00", "18:00", "appointment")],
      we: [slot("10:00", "18:00", "appointment")],
      th: [slot("10:00", "18:00", "appointment")],
    }),
  },
  {
    weight: 10,
    note: "Außensprechstunde: nur freitags vormittags.",
    week: () => ({ fr: [slot("09:00", "12:00", "consultation")] }),
  },
];

/** Opening hours for one fictional office, with the usual closures around Christmas for some. */
export function demoOpeningHours(random: Random, youth: boolean, year: number): OpeningHours {
  const templates = youth ? YOUTH_WEEKS : ADULT_WEEKS;
  let roll = random.next() * templates.reduce((sum, template) => sum + template.weight, 0);
  let template = templates[0]!;
  for (const candidate of templates) {
    roll -= candidate.weight;
    if (roll < 0) {
      template = candidate;
      break;
    }
  }
  const hours: OpeningHours = {
    weekly: template.week(),
    exceptions: [],
    appointmentOnly: template.appointmentOnly === true,
    temporarilyClosed: random.chance(0.01),
  };
  if (template.note) hours.note = template.note;
  if (hours.temporarilyClosed) hours.note = "Wegen Umzugs vorübergehend geschlossen; telefonisch erreichbar.";
  if (random.chance(0.45)) hours.exceptions.push(yearEndClosure(year));
  if (random.chance(0.15)) {
    // Closed days only: an exception with slots would apply to weekends inside its range too.
    hours.exceptions.push({
      from: `${year}-09-16`,
      to: `${year}-09-16`,
      closed: true,
      note: "Teamfortbildung.",
    });
  }
  return hours;
}

/** Closed from Christmas Eve to New Year's Day, as many offices are. */
export function yearEndClosure(year: number): OpeningException {
  return {
    from: `${year}-12-24`,
    to: `${year + 1}-01-01`,
    closed: true,
    note: "Zwischen den Jahren geschlossen.",
  };
}

import { describe, expect, it } from "vitest";
import { hours, slot } from "../../test/opening-hours.js";
import { isOpen } from "./is-open.js";
import { nextOpening } from "./next-opening.js";
import { weekView } from "./week-view.js";

// All instants are written in UTC so the expectations hold under any host TZ. Berlin is UTC+1 in winter, +2 in summer.
const at = (iso: string) => new Date(iso);

// Mon–Fri 09:00–12:00 walk-in; Tue and Thu 13:00–16:00 by appointment.
const office = hours({
  weekly: {
    mo: [slot("09:00", "12:00")],
    tu: [slot("09:00", "12:00"), slot("13:00", "16:00", "appointment")],
    we: [slot("09:00", "12:00")],
    th: [slot("13:00", "16:00", "appointment"), slot("09:00", "12:00")],
    fr: [slot("09:00", "12:00")],
  },
});

describe("isOpen", () => {
  it("is true inside a slot and false at its end, in Berlin time", () => {
    // Tuesday 24 Nov 2026, winter: 09:00 Berlin = 08:00 UTC.
    expect(isOpen(office, at("2026-11-24T07:59:59Z"))).toBe(false);
    expect(isOpen(office, at("2026-11-24T08:00:00Z"))).toBe(true);
    expect(isOpen(office, at("2026-11-24T10:59:59Z"))).toBe(true);
    expect(isOpen(office, at("2026-11-24T11:00:00Z"))).toBe(false);
    // Summer: 09:00 Berlin = 07:00 UTC.
    expect(isOpen(office, at("2026-07-07T07:00:00Z"))).toBe(true);
    expect(isOpen(office, at("2026-07-07T10:00:00Z"))).toBe(false);
  });

  it("is false during appointment slots: nobody can walk in then", () => {
    expect(isOpen(office, at("2026-11-24T13:00:00Z"))).toBe(false);
    expect(nextOpening(office, at("2026-11-24T13:00:00Z"))?.kind).toBe("appointment");
  });

  it("is false during phone hours and true during open consultation hours", () => {
    const mixed = hours({
      weekly: { mo: [slot("08:00", "09:00", "phone"), slot("09:00", "11:00", "consultation")] },
    });
    // Monday 23 Nov 2026: 08:30 and 09:30 Berlin.
    expect(isOpen(mixed, at("2026-11-23T07:30:00Z"))).toBe(false);
    expect(isOpen(mixed, at("2026-11-23T08:30:00Z"))).toBe(true);
  });

  it("is never true while temporarily closed or without hours", () => {
    expect(isOpen(hours({ ...office, temporarilyClosed: true }), at("2026-11-24T09:00:00Z"))).toBe(false);
    expect(isOpen(undefined, at("2026-11-24T09:00:00Z"))).toBe(false);
    expect(isOpen(office, new Date(Number.NaN))).toBe(false);
  });

  it("returns closed on public holidays of the office's state only", () => {
    // Reformationstag 2025 is a Friday: closed in Lower Saxony, open in Bavaria.
    expect(isOpen(office, at("2025-10-31T09:00:00Z"), "DE-NI")).toBe(false);
    expect(isOpen(office, at("2025-10-31T09:00:00Z"), "DE-BY")).toBe(true);
    // Nationwide holidays close every office, with or without a state.
    expect(isOpen(office, at("2026-12-25T09:00:00Z"))).toBe(false);
  });

  it("honours closing exceptions and other hours, the narrowest exception winning", () => {
    const withExceptions = hours({
      ...office,
      exceptions: [
        { from: "2026-12-21", to: "2027-01-03", closed: true },
        { from: "2026-12-29", to: "2026-12-29", closed: false, slots: [slot("10:00", "11:00")] },
      ],
    });
    expect(isOpen(withExceptions, at("2026-12-22T09:00:00Z"))).toBe(false);
    expect(isOpen(withExceptions, at("2026-12-29T08:30:00Z"))).toBe(false);
    expect(isOpen(withExceptions, at("2026-12-29T09:30:00Z"))).toBe(true);
  });

  it("opens a holiday when an exception gives the usual hours", () => {
    const openOnHoliday = hours({
      ...office,
      exceptions: [{ from: "2025-10-31", to: "2025-10-31", closed: false }],
    });
    expect(isOpen(openOnHoliday, at("2025-10-31T09:00:00Z"), "DE-NI")).toBe(true);
  });

  it("ends a slot at 24:00 at midnight", () => {
    const late = hours({ weekly: { mo: [slot("20:00", "24:00")] } });
    expect(isOpen(late, at("2026-11-23T22:59:59Z"))).toBe(true);
    expect(isOpen(late, at("2026-11-23T23:00:00Z"))).toBe(false);
  });
});

describe("nextOpening", () => {
  it("returns the current interval when open", () => {
    expect(nextOpening(office, at("2026-11-24T09:00:00Z"))).toEqual({
      start: at("2026-11-24T08:00:00Z"),
      end: at("2026-11-24T11:00:00Z"),
      kind: "open",
    });
  });

  it("returns the next interval, skipping the weekend", () => {
    expect(nextOpening(office, at("2026-11-27T12:00:00Z"))).toEqual({
      start: at("2026-11-30T08:00:00Z"),
      end: at("2026-11-30T11:00:00Z"),
      kind: "open",
    });
  });

  it("skips holidays of the state", () => {
    // Friday 1 May 2026 is a holiday: next opening is Monday 4 May, summer time.
    expect(nextOpening(office, at("2026-04-30T15:00:00Z"), "DE-BE")?.start).toEqual(
      at("2026-05-04T07:00:00Z"),
    );
  });

  it("reports appointment hours as appointments for appointment-only offices", () => {
    const byAppointment = hours({ ...office, appointmentOnly: true });
    expect(nextOpening(byAppointment, at("2026-11-24T09:00:00Z"))?.kind).toBe("appointment");
    expect(isOpen(byAppointment, at("2026-11-24T09:00:00Z"))).toBe(false);
  });

  it("joins back-to-back slots of one kind, also across midnight", () => {
    const split = hours({ weekly: { mo: [slot("09:00", "12:00"), slot("12:00", "16:00")] } });
    expect(nextOpening(split, at("2026-11-23T08:30:00Z"))).toEqual({
      start: at("2026-11-23T08:00:00Z"),
      end: at("2026-11-23T15:00:00Z"),
      kind: "open",
    });
    const overnight = hours({ weekly: { mo: [slot("20:00", "24:00")], tu: [slot("00:00", "02:00")] } });
    expect(nextOpening(overnight, at("2026-11-24T00:00:00Z"))).toEqual({
      start: at("2026-11-23T19:00:00Z"),
      end: at("2026-11-24T01:00:00Z"),
      kind: "open",
    });
    const differentKinds = hours({
      weekly: { mo: [slot("09:00", "12:00"), slot("12:00", "13:00", "consultation")] },
    });
    expect(nextOpening(differentKinds, at("2026-11-23T08:30:00Z"))?.end).toEqual(at("2026-11-23T11:00:00Z"));
  });

  it("returns null when temporarily closed, without slots, or beyond the horizon", () => {
    expect(nextOpening(hours({ ...office, temporarilyClosed: true }), at("2026-11-24T09:00:00Z"))).toBeNull();
    expect(nextOpening(hours({}), at("2026-11-24T09:00:00Z"))).toBeNull();
    const reopening = hours({
      ...office,
      exceptions: [{ from: "2026-11-01", to: "2027-06-30", closed: true }],
    });
    expect(nextOpening(reopening, at("2026-11-24T09:00:00Z"))).toBeNull();
    expect(
      nextOpening(reopening, at("2026-11-24T09:00:00Z"), undefined, { horizonDays: 365 })?.start,
    ).toEqual(at("2027-07-01T07:00:00Z"));
  });

  it("caps the horizon, so Infinity neither loops forever nor looks years ahead", () => {
    const closedForYears = hours({
      ...office,
      exceptions: [{ from: "2026-11-01", to: "2031-12-31", closed: true }],
    });
    const now = at("2026-11-24T09:00:00Z");
    expect(nextOpening(closedForYears, now, undefined, { horizonDays: Number.POSITIVE_INFINITY })).toBeNull();
    expect(nextOpening(hours({}), now, undefined, { horizonDays: Number.POSITIVE_INFINITY })).toBeNull();
    expect(nextOpening(office, now, undefined, { horizonDays: Number.NaN })?.start).toEqual(
      at("2026-11-24T08:00:00Z"),
    );
  });

  it("drops a 02:00–03:00 slot on the spring-forward day, which never happens", () => {
    const night = hours({ weekly: { su: [slot("02:00", "03:00")] } });
    // Sunday 29 March 2026: clocks jump from 02:00 to 03:00. The next such hour is a week later, in summer time.
    expect(nextOpening(night, at("2026-03-28T12:00:00Z"))).toEqual({
      start: at("2026-04-05T00:00:00Z"),
      end: at("2026-04-05T01:00:00Z"),
      kind: "open",
    });
  });

  it("closes a slot ending inside the spring-forward gap when the clocks jump", () => {
    const night = hours({ weekly: { su: [slot("01:00", "02:30")] } });
    expect(nextOpening(night, at("2026-03-28T12:00:00Z"))).toEqual({
      start: at("2026-03-29T00:00:00Z"),
      end: at("2026-03-29T01:00:00Z"),
      kind: "open",
    });
  });

  it("joins overlapping slots of one kind and trims those of another (data that skipped validation)", () => {
    const messy = hours({
      weekly: { mo: [slot("09:00", "12:00"), slot("11:00", "13:00"), slot("12:30", "14:00", "appointment")] },
    });
    expect(nextOpening(messy, at("2026-11-23T08:30:00Z"))).toEqual({
      start: at("2026-11-23T08:00:00Z"),
      end: at("2026-11-23T12:00:00Z"),
      kind: "open",
    });
    expect(nextOpening(messy, at("2026-11-23T12:00:00Z"))).toEqual({
      start: at("2026-11-23T12:00:00Z"),
      end: at("2026-11-23T13:00:00Z"),
      kind: "appointment",
    });
  });

  it("keeps a 02:00–03:00 slot two real hours long on the 25-hour autumn day", () => {
    const night = hours({ weekly: { su: [slot("02:00", "03:00")] } });
    // Sunday 25 October 2026: 02:00–03:00 happens twice (CEST, then CET).
    const interval = nextOpening(night, at("2026-10-24T12:00:00Z"));
    expect(interval).toEqual({
      start: at("2026-10-25T00:00:00Z"),
      end: at("2026-10-25T02:00:00Z"),
      kind: "open",
    });
    expect(isOpen(night, at("2026-10-25T01:30:00Z"))).toBe(true);
  });

  it("keeps afternoon hours right on both clock-change days", () => {
    const sunday = hours({ weekly: { su: [slot("14:00", "18:00")] } });
    expect(nextOpening(sunday, at("2026-03-29T00:00:00Z"))?.start).toEqual(at("2026-03-29T12:00:00Z"));
    expect(nextOpening(sunday, at("2026-10-25T00:00:00Z"))?.start).toEqual(at("2026-10-25T13:00:00Z"));
  });
});

describe("weekView", () => {
  it("gives Monday to Sunday of the Berlin week, with holidays and exceptions", () => {
    const withException = hours({
      ...office,
      exceptions: [{ from: "2026-10-29", to: "2026-10-29", closed: true, note: "Team day" }],
    });
    // Sunday 1 Nov 2026 00:30 in Berlin is still Saturday 31 Oct 23:30 UTC: the week of Monday 26 Oct.
    const week = weekView(withException, at("2026-10-31T23:30:00Z"), "DE-HH");
    expect(week.map((day) => day.date)).toEqual([
      "2026-10-26",
      "2026-10-27",
      "2026-10-28",
      "2026-10-29",
      "2026-10-30",
      "2026-10-31",
      "2026-11-01",
    ]);
    expect(week.map((day) => day.weekday)).toEqual(["mo", "tu", "we", "th", "fr", "sa", "su"]);
    expect(week[1]).toEqual({
      date: "2026-10-27",
      weekday: "tu",
      slots: [slot("09:00", "12:00"), slot("13:00", "16:00", "appointment")],
      closed: false,
    });
    expect(week[3]).toMatchObject({ closed: true, slots: [], exception: { note: "Team day" } });
    expect(week[5]).toMatchObject({ holiday: "Reformationstag", closed: true });
  });

  it("sorts each day's slots", () => {
    expect(weekView(office, at("2026-11-26T12:00:00Z"))[3]?.slots.map((s) => s.from)).toEqual([
      "09:00",
      "13:00",
    ]);
  });

  it("shows every day closed while temporarily closed, keeping holiday names", () => {
    const week = weekView(hours({ ...office, temporarilyClosed: true }), at("2026-12-23T12:00:00Z"));
    expect(week.every((day) => day.closed && day.slots.length === 0)).toBe(true);
    expect(week[4]?.holiday).toBe("1. Weihnachtstag");
  });
});

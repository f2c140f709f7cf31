import { type Office, OfficeSchema } from "@beratungsfinder/schemas";
import { officeInput } from "@beratungsfinder/test-fixtures";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { nextOpening } from "../opening-hours/next-opening.js";
import { visitEventIcs } from "./visit-event.js";

const office: Office = OfficeSchema.parse(
  officeInput({
    id: "jmd-berlin-1",
    name: "JMD Berlin-Neukölln, Haus; 2",
    address: { street: "Karl-Marx-Straße 1", postalCode: "12043", city: "Berlin", state: "DE-BE" },
    geo: { lat: 52.4811, lon: 13.4353 },
    contact: { website: "https://example.org/jmd" },
    openingHours: { weekly: { mo: [{ from: "09:00", to: "12:00", kind: "consultation" }] } },
  }),
);
const now = new Date("2026-03-01T12:00:00Z");

/** Parses with ical.js and reads the event's times through the file's own VTIMEZONE. */
function read(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const zone = calendar.getFirstSubcomponent("vtimezone");
  if (!zone) throw new Error("no VTIMEZONE");
  ICAL.TimezoneService.reset();
  ICAL.TimezoneService.register(zone);
  const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
  return { calendar, event };
}

describe("visitEventIcs", () => {
  it.each([
    ["winter (CET)", "2026-01-12T08:00:00Z", "2026-01-12T11:00:00Z", "20260112T090000"],
    ["summer (CEST)", "2026-07-13T07:00:00Z", "2026-07-13T10:00:00Z", "20260713T090000"],
    [
      "the morning after clocks go forward",
      "2026-03-30T07:00:00Z",
      "2026-03-30T10:00:00Z",
      "20260330T090000",
    ],
    ["the morning after clocks go back", "2026-10-26T08:00:00Z", "2026-10-26T11:00:00Z", "20261026T090000"],
  ])("places a visit in %s at the right instant, as Berlin wall time", (_, startIso, endIso, local) => {
    const start = new Date(startIso);
    const end = new Date(endIso);
    const text = visitEventIcs(office, { start, end, now });
    expect(text).toContain(`DTSTART;TZID=Europe/Berlin:${local}\r\n`);
    const { event } = read(text);
    expect(event.startDate.zone?.tzid).toBe("Europe/Berlin");
    expect(event.startDate.toJSDate().toISOString()).toBe(start.toISOString());
    expect(event.endDate.toJSDate().toISOString()).toBe(end.toISOString());
  });

  it("turns core's next opening into an event with title, place, link and a stable UID", () => {
    const next = nextOpening(office.openingHours, now, "DE-BE")!;
    const text = visitEventIcs(office, {
      start: next.start,
      end: next.end,
      now,
      summary: "Offene Sprechstunde: JMD Berlin-Neukölln",
      description: "Bitte Ausweis mitbringen.\nDolmetschen möglich, auf Arabisch; Persisch",
    });
    const { calendar, event } = read(text);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toMatch(/Beratungsfinder/);
    expect(event.summary).toBe("Offene Sprechstunde: JMD Berlin-Neukölln");
    expect(event.location).toBe("JMD Berlin-Neukölln, Haus; 2, Karl-Marx-Straße 1, 12043 Berlin");
    expect(event.description).toBe("Bitte Ausweis mitbringen.\nDolmetschen möglich, auf Arabisch; Persisch");
    expect(event.uid).toBe("jmd-berlin-1-20260302T080000Z@beratungsfinder");
    expect(event.startDate.toJSDate()).toEqual(next.start);
    const vevent = calendar.getFirstSubcomponent("vevent")!;
    expect(vevent.getFirstPropertyValue("url")).toBe("https://example.org/jmd");
    expect(vevent.getFirstPropertyValue("dtstamp")?.toString()).toBe("2026-03-01T12:00:00Z");
    expect(vevent.getFirstPropertyValue("geo")).toEqual([52.4811, 13.4353]);
  });

  it("folds long Arabic and Ukrainian titles within 75 octets, with CRLF line ends", () => {
    const summary = `${"موعد في مكتب استشارات الهجرة للشباب ".repeat(3)}Консультація для молоді`;
    const text = visitEventIcs(office, {
      start: new Date("2026-01-12T08:00:00Z"),
      end: new Date("2026-01-12T09:00:00Z"),
      now,
      summary,
    });
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n"))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(read(text).event.summary).toBe(summary);
  });

  it("says which value is wrong when a time is invalid or the end is not after the start", () => {
    const start = new Date("2026-01-12T08:00:00Z");
    expect(() => visitEventIcs(office, { start: new Date(Number.NaN), end: start, now })).toThrow(
      /expected start to be a valid Date/,
    );
    expect(() => visitEventIcs(office, { start, end: start, now })).toThrow(
      "visitEventIcs: expected end after start 2026-01-12T08:00:00.000Z, received 2026-01-12T08:00:00.000Z",
    );
  });
});

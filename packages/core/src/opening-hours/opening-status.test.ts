import { describe, expect, it } from "vitest";
import { hours, slot } from "../../test/opening-hours.js";
import { openingStatus } from "./opening-status.js";

// Tuesday 24 Nov 2026 (CET): phone 08–09, appointments 09–12, open consultation 14–16; Wednesday walk-in 09–12.
const office = hours({
  weekly: {
    tu: [
      slot("08:00", "09:00", "phone"),
      slot("09:00", "12:00", "appointment"),
      slot("14:00", "16:00", "consultation"),
    ],
    we: [slot("09:00", "12:00", "open")],
  },
});
const at = (berlinTime: string, day = "2026-11-24") => new Date(`${day}T${berlinTime}:00+01:00`);

describe("openingStatus", () => {
  it("says 'by appointment' during an appointment slot, with the next walk-in time", () => {
    const status = openingStatus(office, at("10:00"));
    expect(status.state).toBe("by-appointment");
    expect(status.current?.end).toEqual(at("12:00"));
    expect(status.next?.kind).toBe("consultation");
    expect(status.nextWalkIn?.start).toEqual(at("14:00"));
  });

  it("says 'reachable by phone' during phone hours", () => {
    const status = openingStatus(office, at("08:30"));
    expect(status.state).toBe("by-phone");
    expect(status.next).toMatchObject({ kind: "appointment", start: at("09:00") });
  });

  it("says 'open' during open consultation hours", () => {
    const status = openingStatus(office, at("15:00"));
    expect(status.state).toBe("open");
    expect(status.current?.end).toEqual(at("16:00"));
    expect(status.nextWalkIn).toBeNull();
  });

  it("says 'closed' between slots, with the next opening of any kind", () => {
    const status = openingStatus(office, at("18:00"));
    expect(status.state).toBe("closed");
    expect(status.next).toMatchObject({ kind: "open", start: at("09:00", "2026-11-25") });
  });

  it("never says 'open' for an appointment-only office, but keeps its phone hours", () => {
    const byAppointment = hours({ ...office, appointmentOnly: true });
    expect(openingStatus(byAppointment, at("15:00")).state).toBe("by-appointment");
    expect(openingStatus(byAppointment, at("08:30")).state).toBe("by-phone");
    expect(openingStatus(byAppointment, at("15:00")).nextWalkIn).toBeNull();
  });

  it("is closed without hours or while temporarily closed", () => {
    expect(openingStatus(undefined, at("10:00"))).toEqual({ state: "closed", next: null, nextWalkIn: null });
    expect(openingStatus(hours({ ...office, temporarilyClosed: true }), at("15:00")).state).toBe("closed");
  });
});

import { type OfficeInput, type OutreachSlotInput, parseOffice } from "@beratungsfinder/schemas";
import { describe, expect, it } from "vitest";
import { nextOutreachDate, nextOutreachVisit, outreachOccursOn } from "./outreach.js";

const FRECHEN = {
  street: "Johann-Schmitz-Platz 1",
  postalCode: "50226",
  city: "Frechen",
  state: "DE-NW" as const,
};
const BERLIN = { street: "Beispielstraße 1", postalCode: "10115", city: "Berlin", state: "DE-BE" as const };
const MUENCHEN = {
  street: "Marienplatz 8",
  postalCode: "80331",
  city: "München",
  state: "DE-BY" as const,
  municipalityKey: "09162000",
};

function office(outreach: OfficeInput["outreach"], extra: Partial<OfficeInput> = {}) {
  const result = parseOffice({
    id: "o",
    providerId: "p",
    name: "MBE",
    programmes: ["MBE"],
    outreach,
    ...extra,
  });
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.office;
}
const slotOf = (slot: OutreachSlotInput, address: OfficeInput["address"] = FRECHEN) => {
  const parsed = office([{ name: "Rathaus", address: address!, slots: [slot] }]);
  return { place: parsed.outreach![0]!, slot: parsed.outreach![0]!.slots[0]! };
};
const next = (slot: OutreachSlotInput, after: string, address?: OfficeInput["address"]) => {
  const { place, slot: parsed } = slotOf(slot, address);
  const found = nextOutreachDate(place, parsed, new Date(after));
  return found && { date: found.date, start: found.start.toISOString(), end: found.end.toISOString() };
};

describe("nextOutreachDate", () => {
  const firstTuesday = { repeat: "monthly", week: 1, day: "tu", from: "10:00", to: "12:00" } as const;

  it("finds the first Tuesday of the month in Berlin time, across the spring change to summer time", () => {
    // 3 March 2026 is the first Tuesday (CET, UTC+1); clocks go forward on 29 March; 7 April is CEST (UTC+2).
    expect(next(firstTuesday, "2026-03-01T00:00:00Z")).toEqual({
      date: "2026-03-03",
      start: "2026-03-03T09:00:00.000Z",
      end: "2026-03-03T11:00:00.000Z",
    });
    expect(next(firstTuesday, "2026-03-03T11:00:00Z")?.start).toBe("2026-04-07T08:00:00.000Z");
  });

  it("gives the visit under way until it ends", () => {
    expect(next(firstTuesday, "2026-03-03T10:59:00Z")?.date).toBe("2026-03-03");
  });

  it("finds the last Friday of the month after the autumn change back to winter time", () => {
    // Clocks go back on 25 October 2026; 30 October is the last Friday, 10:00 CET = 09:00 UTC.
    const lastFriday = { repeat: "monthly", week: -1, day: "fr", from: "10:00", to: "12:00" } as const;
    expect(next(lastFriday, "2026-10-01T00:00:00Z")?.start).toBe("2026-10-30T09:00:00.000Z");
    // September 2026: the 25th is the last Friday (CEST, 08:00 UTC).
    expect(next(lastFriday, "2026-09-01T00:00:00Z")?.start).toBe("2026-09-25T08:00:00.000Z");
  });

  it("skips public holidays at the outreach place, by its state and municipality", () => {
    // Second Thursday of May 2026 is Christi Himmelfahrt (14 May) everywhere: next is 11 June.
    const secondThursday = { repeat: "monthly", week: 2, day: "th", from: "10:00", to: "12:00" } as const;
    expect(next(secondThursday, "2026-05-01T00:00:00Z")?.date).toBe("2026-06-11");
    // First Thursday of June 2026 is Fronleichnam (4 June): a holiday in NRW, not in Berlin.
    const firstThursday = { ...secondThursday, week: 1 } as const;
    expect(next(firstThursday, "2026-06-01T00:00:00Z", FRECHEN)?.date).toBe("2026-07-02");
    expect(next(firstThursday, "2026-06-01T00:00:00Z", BERLIN)?.date).toBe("2026-06-04");
    // Easter Monday 2026 (6 April) skips a weekly Monday slot.
    const mondays = { repeat: "weekly", day: "mo", from: "14:00", to: "16:00" } as const;
    expect(next(mondays, "2026-04-01T00:00:00Z", BERLIN)?.date).toBe("2026-04-13");
    // Mariä Himmelfahrt (15 August) is a holiday in München, not in Berlin; 2026-08-15 is a Saturday.
    const saturdays = { repeat: "weekly", day: "sa", from: "10:00", to: "12:00" } as const;
    expect(next(saturdays, "2026-08-14T00:00:00Z", MUENCHEN)?.date).toBe("2026-08-22");
    expect(next(saturdays, "2026-08-14T00:00:00Z", BERLIN)?.date).toBe("2026-08-15");
  });

  it("counts every second week from the start date, never before it", () => {
    // Tuesday 6 January 2026 is the first visit (Heilige Drei Könige is no holiday in NRW).
    const biweekly = {
      repeat: "every-2-weeks",
      start: "2026-01-06",
      day: "tu",
      from: "09:00",
      to: "11:00",
    } as const;
    expect(next(biweekly, "2025-12-01T00:00:00Z")?.date).toBe("2026-01-06");
    expect(next(biweekly, "2026-01-07T00:00:00Z")?.date).toBe("2026-01-20");
    // 14-day steps cross the spring change: 17 March (CET, 08:00 UTC) then 31 March (CEST, 07:00 UTC).
    expect(next(biweekly, "2026-03-18T00:00:00Z")?.start).toBe("2026-03-31T07:00:00.000Z");
    expect(next(biweekly, "2026-03-10T12:00:00Z")?.start).toBe("2026-03-17T08:00:00.000Z");
    // In Bavaria 6 January is a holiday: the first visit is on 20 January.
    expect(next(biweekly, "2025-12-01T00:00:00Z", MUENCHEN)?.date).toBe("2026-01-20");
  });

  it("recurs on the fifth weekday only in months that have one", () => {
    const fifth = { repeat: "monthly", week: 5, day: "we", from: "10:00", to: "11:00" } as const;
    const { slot } = slotOf(fifth);
    expect(outreachOccursOn(slot, "2026-04-29")).toBe(true);
    expect(next(fifth, "2026-05-01T00:00:00Z")?.date).toBe("2026-07-29");
  });

  it("gives null beyond the horizon and for an invalid instant", () => {
    const { place, slot } = slotOf(firstTuesday);
    expect(nextOutreachDate(place, slot, new Date("2026-03-04T00:00:00Z"), { horizonDays: 10 })).toBeNull();
    expect(nextOutreachDate(place, slot, new Date(Number.NaN))).toBeNull();
  });
});

describe("nextOutreachVisit", () => {
  const outreach: OfficeInput["outreach"] = [
    {
      name: "Rathaus Frechen",
      address: FRECHEN,
      slots: [{ repeat: "monthly", week: 1, day: "tu", from: "10:00", to: "12:00" }],
    },
    {
      name: "Familienzentrum Hürth",
      address: { ...FRECHEN, postalCode: "50354", city: "Hürth" },
      slots: [
        { repeat: "every-2-weeks", start: "2026-03-12", day: "th", from: "14:00", to: "16:00" },
        { repeat: "weekly", day: "we", from: "09:00", to: "10:00", kind: "appointment" },
      ],
    },
  ];

  it("is the earliest date over every slot of every place", () => {
    const visit = nextOutreachVisit(office(outreach), new Date("2026-03-30T12:00:00Z"));
    expect(visit && [visit.place.name, visit.date, visit.placeIndex, visit.slotIndex]).toEqual([
      "Familienzentrum Hürth",
      "2026-04-01",
      1,
      1,
    ]);
    const walkIn = nextOutreachVisit(office(outreach), new Date("2026-03-30T12:00:00Z"), {
      kinds: ["open", "consultation"],
    });
    expect(walkIn && [walkIn.place.name, walkIn.date]).toEqual(["Rathaus Frechen", "2026-04-07"]);
  });

  it("skips days the office is closed and is null while it is temporarily closed or has no outreach", () => {
    const hours = { exceptions: [{ from: "2026-04-01", to: "2026-04-08", closed: true }] };
    const visit = nextOutreachVisit(
      office(outreach, { openingHours: hours }),
      new Date("2026-03-30T12:00:00Z"),
    );
    expect(visit?.date).toBe("2026-04-09");
    const closed = office(outreach, { openingHours: { temporarilyClosed: true } });
    expect(nextOutreachVisit(closed, new Date("2026-03-30T12:00:00Z"))).toBeNull();
    expect(nextOutreachVisit(office(undefined), new Date("2026-03-30T12:00:00Z"))).toBeNull();
  });
});

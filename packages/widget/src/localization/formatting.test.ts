import { expect } from "@open-wc/testing";
import { createFormatting } from "./formatting.js";

// 30 March 2026 is a Monday in summer time: 07:00 UTC is 09:00 in Berlin.
const nineInBerlin = new Date("2026-03-30T07:00:00Z");
const halfPastTwoInBerlin = new Date("2026-03-30T12:30:00Z");

describe("createFormatting", () => {
  it("writes Leichte Sprache dates as '30. März 2026' and times as '9 Uhr'", () => {
    const easy = createFormatting("de-x-ls");
    expect(easy.date("2026-03-30")).to.equal("30. März 2026");
    expect(easy.time(nineInBerlin)).to.equal("9 Uhr");
    expect(easy.time(halfPastTwoInBerlin)).to.equal("14:30 Uhr");
    expect(easy.weekdayTime(nineInBerlin)).to.equal("Montag um 9 Uhr");
    expect(easy.clock("09:00")).to.equal("9 Uhr");
    expect(easy.clock("08:15")).to.equal("8:15 Uhr");
    expect(easy.clock("24:00")).to.equal("24 Uhr");
    expect(easy.clockRange("09:00", "12:30")).to.equal("9 Uhr bis 12:30 Uhr");
  });

  it("keeps the usual German dates and times for standard German", () => {
    const german = createFormatting("de");
    expect(german.date("2026-03-30")).to.equal("30.03.2026");
    expect(german.time(nineInBerlin)).to.equal("09:00");
    expect(german.clock("09:00")).to.equal("09:00");
    expect(german.clockRange("09:00", "12:30")).to.equal("09:00–12:30");
  });

  it("writes Urdu times with an Urdu part of the day, not a Latin AM that bidi moves to the wrong side", () => {
    const urdu = createFormatting("ur");
    expect(urdu.time(nineInBerlin)).to.equal("9:00 صبح");
    expect(urdu.clock("14:30")).to.match(/^2:30 \S+$/);
    expect(urdu.weekdayTime(nineInBerlin)).to.equal("پیر 9:00 صبح");
    expect(urdu.time(halfPastTwoInBerlin)).not.to.match(/[AP]M/);
    expect(createFormatting("en").time(nineInBerlin)).to.equal("09:00 AM");
  });
});

describe("createFormatting calendars", () => {
  it("writes Gregorian dates for Persian, Dari and Pashto, never Solar Hijri", () => {
    for (const locale of ["fa", "prs", "ps"]) {
      const text = createFormatting(locale).date("2026-01-05");
      // Solar Hijri writes the year 1404 (۱۴۰۴); the Gregorian year is 2026 (۲۰۲۶ in Persian digits).
      expect(text, locale).to.match(/2026|۲۰۲۶|٢٠٢٦/);
      expect(text, locale).not.to.match(/1404|۱۴۰۴|١٤٠٤/);
    }
  });

  it("never writes German weekday names in a non-German interface", () => {
    // 5 January 2026 is a Monday.
    for (const locale of ["ps", "kmr", "so", "ti", "ar", "uk"]) {
      expect(createFormatting(locale).weekday("2026-01-05"), locale).not.to.equal("Montag");
    }
    expect(createFormatting("de").weekday("2026-01-05")).to.equal("Montag");
  });
});

describe("createFormatting cost", () => {
  it("builds each Intl formatter on first use only, so the first render does not build all of them", () => {
    const { DateTimeFormat, NumberFormat } = Intl;
    const built: string[] = [];
    // Counting subclasses: every formatter the module builds passes through them while they are set.
    Intl.DateTimeFormat = class extends DateTimeFormat {
      constructor(...args: ConstructorParameters<typeof DateTimeFormat>) {
        super(...args);
        built.push("DateTimeFormat");
      }
    } as typeof DateTimeFormat;
    Intl.NumberFormat = class extends NumberFormat {
      constructor(...args: ConstructorParameters<typeof NumberFormat>) {
        super(...args);
        built.push("NumberFormat");
      }
    } as typeof NumberFormat;
    try {
      // A locale no other test builds, so the module's cache holds no formatting for it yet.
      const polish = createFormatting("pl");
      expect(built).to.deep.equal([]);
      expect(polish.distance(2.5)).to.contain("2,5");
      expect(built).to.deep.equal(["NumberFormat"]);
      polish.distance(3);
      polish.clock("09:00");
      polish.clock("10:00");
      expect(built).to.deep.equal(["NumberFormat", "DateTimeFormat"]);
    } finally {
      Intl.DateTimeFormat = DateTimeFormat;
      Intl.NumberFormat = NumberFormat;
    }
  });
});

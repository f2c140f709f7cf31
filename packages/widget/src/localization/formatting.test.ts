import { expect } from "@open-wc/testing";
import { createFormatting } from "./formatting.js";
import type { Locale } from "./locales.js";
import { loadLocaleTemplates } from "./localization.js";

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

/** 5 January 2026 (a Monday) and 6 January in the locales Chromium has no date data for. */
const OWN_CALENDARS: Record<string, { monday: string; tuesday: string; january: string; date: string }> = {
  ckb: { monday: "دووشەممە", tuesday: "سێشەممە", january: "کانوونی دووەم", date: "5ی کانوونی دووەمی 2026" },
  sq: { monday: "e hënë", tuesday: "e martë", january: "janar", date: "5 janar 2026" },
  ps: { monday: "دونۍ", tuesday: "درېنۍ", january: "جنوري", date: "5 جنوري 2026" },
  kmr: { monday: "duşem", tuesday: "sêşem", january: "rêbendan", date: "5 rêbendan 2026" },
  so: { monday: "Isniin", tuesday: "Talaado", january: "Jannaayo", date: "5 Jannaayo 2026" },
  ti: { monday: "ሰኑይ", tuesday: "ሰሉስ", january: "ጥሪ", date: "5 ጥሪ 2026" },
};

describe("createFormatting in locales without browser date data", () => {
  for (const [locale, expected] of Object.entries(OWN_CALENDARS)) {
    it(`writes ${locale} dates with the locale's own weekday and month names, never English or Arabic`, async () => {
      await loadLocaleTemplates(locale as Locale, { timeoutMs: 10_000 });
      const format = createFormatting(locale);
      expect(format.weekday("2026-01-05")).to.equal(expected.monday);
      expect(format.date("2026-01-05")).to.equal(expected.date);
      const dayMonth = format.dayMonth("2026-01-06");
      expect(dayMonth).to.contain(expected.tuesday);
      expect(dayMonth).to.contain(expected.january);
      expect(dayMonth).not.to.contain("2026");
      // 23:30 UTC on Monday 5 January is Tuesday 00:30 in Berlin; times in 24 hours, no Latin AM/PM.
      expect(format.weekdayTime(new Date("2026-01-05T23:30:00Z"))).to.equal(`${expected.tuesday} 00:30`);
      expect(format.time(new Date("2026-01-05T12:00:00Z"))).to.equal("13:00");
      // Seven distinct weekdays (5–11 January 2026) and twelve distinct months, none of them empty.
      const days = [5, 6, 7, 8, 9, 10, 11].map((d) =>
        format.weekday(`2026-01-${String(d).padStart(2, "0")}`),
      );
      expect(new Set(days.filter(Boolean)).size).to.equal(7);
      const dates = [...Array(12).keys()].map((m) =>
        format.date(`2026-${String(m + 1).padStart(2, "0")}-05`),
      );
      expect(new Set(dates).size).to.equal(12);
      // Each with a month name: more than digits, spaces and the Sorani izafe ی.
      for (const text of dates) expect(text.replace(/[\d\sی]/g, ""), text).not.to.equal("");
      for (const text of [format.weekday("2026-01-05"), format.date("2026-01-05"), dayMonth])
        expect(text).not.to.match(/Monday|Tuesday|\bJan\b|الاثنين|الثلاثاء|يناير/);
    });
  }

  it("keeps the browser's own dates where it has the data (Persian, Arabic)", async () => {
    await loadLocaleTemplates("fa", { timeoutMs: 10_000 });
    expect(createFormatting("fa").weekday("2026-01-05")).to.equal("دوشنبه");
    expect(createFormatting("ar").weekday("2026-01-05")).to.equal("الاثنين");
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

import type { DayView } from "@beratungsfinder/core";
import type { OutreachSlot } from "@beratungsfinder/schemas";
import { expect } from "@open-wc/testing";
import { createFormatting } from "../localization/formatting.js";
import type { Locale } from "../localization/locales.js";
import { loadLocaleTemplates } from "../localization/localization.js";
import { createTranslator } from "../localization/translator.js";
import { dayName } from "./hours-table.js";
import { outreachRule } from "./outreach.js";

/** Tuesday in the locales Chromium has no date data for (their own files, src/localization/calendars/). */
const TUESDAY: Partial<Record<Locale, string>> = {
  ps: "درېنۍ",
  kmr: "sêşem",
  so: "Talaado",
  ti: "ሰሉስ",
  sq: "e martë",
  ckb: "سێشەممە",
};

const SLOTS: OutreachSlot[] = [
  { repeat: "weekly", day: "tu", from: "10:00", to: "12:00", kind: "open" },
  { repeat: "every-2-weeks", day: "tu", from: "10:00", to: "12:00", kind: "open", start: "2026-01-06" },
  { repeat: "monthly", week: 2, day: "tu", from: "10:00", to: "12:00", kind: "open" },
  { repeat: "monthly", week: -1, day: "tu", from: "10:00", to: "12:00", kind: "open" },
];

describe("outreach rules in locales without browser date data", () => {
  for (const [locale, tuesday] of Object.entries(TUESDAY) as [Locale, string][]) {
    it(`names the weekday in ${locale} in every outreach rule, as the hours table does`, async () => {
      const templates = await loadLocaleTemplates(locale, { timeoutMs: 10_000 });
      const language = {
        t: createTranslator(locale, templates, undefined),
        format: createFormatting(locale),
      };
      // 6 January 2026 is a Tuesday.
      const day = { date: "2026-01-06", slots: [], closed: false } as unknown as DayView;
      expect(dayName(day, language)).to.equal(tuesday);
      for (const slot of SLOTS) {
        const rule = outreachRule(slot, language.t, language.format);
        expect(rule, JSON.stringify(slot)).to.contain(tuesday);
        expect(rule).not.to.match(/Tuesday|الثلاثاء|Dienstag/);
        expect(rule).not.to.match(/[AP]M/);
      }
    });
  }
});

import type { SearchResult } from "@beratungsfinder/core";
import { createIndex, search } from "@beratungsfinder/core";
import { parseDataset } from "@beratungsfinder/schemas";
import { expect, fixture } from "@open-wc/testing";
import { html } from "lit";
import { officesFixture } from "../../test/fixtures/offices.js";
import { templates as arabic } from "../generated/locales/ar.js";
import { templates as german } from "../generated/locales/de.js";
import { createFormatting } from "../localization/formatting.js";
import { createTranslator } from "../localization/translator.js";
import { renderResultCard } from "./result-card.js";

const FRECHEN = { lat: 50.9116, lon: 6.8107 };
// Thursday 1 January 2026, 13:00 in Berlin: the next first Tuesday is 6 January (no holiday in NRW).
const NOW = new Date("2026-01-01T12:00:00Z");

/** The fixture's MBE office in Berlin-Mitte with every 1.1 card part and an outreach place in Frechen. */
function found(): SearchResult {
  const raw = officesFixture({ schemaVersion: "1.1" }) as { offices: Record<string, unknown>[] };
  const mitte = raw.offices.find((office) => office.id === "mbe-mitte") as Record<string, unknown>;
  Object.assign(mitte, {
    languages: ["de", { code: "ar", mode: "interpreter" }],
    womanCounsellor: true,
    intake: { status: "waiting-list", note: "etwa 6 Wochen" },
    outreach: [
      {
        name: "Rathaus",
        address: { street: "Johann-Schmitz-Platz 1", postalCode: "50226", city: "Frechen", state: "DE-NW" },
        geo: FRECHEN,
        slots: [{ repeat: "monthly", week: 1, day: "tu", from: "10:00", to: "12:00" }],
      },
    ],
  });
  const parsed = parseDataset(raw);
  if (parsed.invalid.length) throw new Error(JSON.stringify(parsed.invalid));
  // Berlin is 480 km away: only the outreach place brings the office into a 10 km search in Frechen.
  const { results } = search(createIndex(parsed.dataset), { point: FRECHEN, radiusKm: 10, now: NOW });
  const result = results.find((r) => r.office.id === "mbe-mitte");
  if (!result) throw new Error("the office was not found by its outreach place");
  return result;
}

const TEMPLATES = { ar: arabic, de: german, en: undefined };

async function card(locale: "en" | "ar" | "de", width: number): Promise<HTMLElement> {
  const t = createTranslator(locale, TEMPLATES[locale], undefined);
  const dir = locale === "ar" ? "rtl" : "ltr";
  return fixture(
    html`<div dir=${dir} lang=${locale} style=${`width: ${width}px`}><ul>${renderResultCard({
      result: found(),
      index: 0,
      t,
      format: createFormatting(locale),
      onDetails: () => {},
      now: NOW,
    })}</ul></div>`,
  );
}

describe("result card: found by an outreach place", () => {
  it("names the place and its next date in place of the office's (en, 375 and 1280 px, axe)", async function () {
    this.timeout(20_000);
    const range = createFormatting("en").clockRange("10:00", "12:00");
    for (const width of [375, 1280]) {
      const el = await card("en", width);
      expect(el.querySelector(".outreach-match")?.textContent).to.equal(
        `Consultation hours in Frechen (Rathaus): Tue, Jan 6, ${range}`,
      );
      expect(el.querySelectorAll(".outreach-next")).to.have.length(1);
      expect(el.querySelector(".distance")?.textContent).to.contain("0");
      // The other 1.1 parts of the card: intake status, free of charge, woman counsellor, language mode.
      expect(el.querySelector(".intake")?.textContent).to.contain("Waiting list");
      expect([...el.querySelectorAll(".badges li")].map((li) => li.textContent)).to.deep.equal([
        "Free of charge",
        "Counselling by a woman available",
      ]);
      expect(el.querySelector(".languages")?.textContent).to.contain("Arabic (via interpreter)");
      expect(el.scrollWidth).to.be.at.most(width);
      await expect(el).to.be.accessible();
    }
  });

  it("writes it in German", async () => {
    const el = await card("de", 375);
    const text = el.querySelector(".outreach-match")?.textContent ?? "";
    expect(text).to.match(/^Sprechstunde in Frechen \(Rathaus\): Di\., 6\. Jan\., 10/);
  });

  it("writes it in Arabic, right to left, with a Gregorian date (375 and 1280 px, axe)", async function () {
    this.timeout(20_000);
    for (const width of [375, 1280]) {
      const el = await card("ar", width);
      const match = el.querySelector(".outreach-match") as HTMLElement;
      // No German in the label; the Latin place names are isolated (FSI … PDI), so the brackets stay
      // around "Rathaus" in right-to-left text instead of turning into "(Frechen (Rathaus".
      expect(match.textContent).to.contain("ساعات الاستشارة في \u2068Frechen\u2069 (\u2068Rathaus\u2069)");
      expect(match.textContent).not.to.contain("Sprechstunde");
      expect(match.textContent).to.contain("يناير"); // Gregorian January
      expect(getComputedStyle(match).direction).to.equal("rtl");
      expect(el.querySelector(".intake")?.textContent).to.contain("قائمة انتظار");
      expect(el.querySelector(".badges")?.textContent).to.contain("مجاني");
      expect(el.scrollWidth).to.be.at.most(width);
      await expect(el).to.be.accessible();
    }
  });
});

/** The German terms kept in translations are marked as German for screen readers (WCAG 3.1.2). */
import { expect, waitUntil } from "@open-wc/testing";
import { officesFixture } from "../../test/fixtures/offices.js";
import { $, $$, mount, root, searchFor } from "../../test/widget-harness.js";
import { GERMAN_TERMS, markGerman } from "./german-terms.js";

const germanParts = (element: Element | null | undefined) =>
  [...(element?.querySelectorAll("[lang=de]") ?? [])].map((part) => part.textContent?.trim());

describe("German terms in translations", () => {
  it("are the glossary's keepGerman terms", async () => {
    const concepts = (await (
      await fetch(new URL("../../xliff/glossary/concepts.json", import.meta.url))
    ).json()) as Record<string, { keepGerman?: { text: string } }>;
    const kept = Object.values(concepts).flatMap((concept) =>
      concept.keepGerman ? [concept.keepGerman.text] : [],
    );
    expect([...GERMAN_TERMS].sort()).to.deep.equal(kept.sort());
  });

  it("leaves German text alone and marks the terms in other languages", () => {
    expect(markGerman("offene Sprechstunde, ohne Termin", "de")).to.equal("offene Sprechstunde, ohne Termin");
    expect(markGerman("відкритий прийом, без запису", "uk")).to.equal("відкритий прийом, без запису");
    const parts = markGerman("відкритий прийом, без запису – offene Sprechstunde", "uk");
    expect(Array.isArray(parts) && parts.length).to.equal(3);
  });

  for (const lang of ["ar", "uk"]) {
    it(`marks 'Migrationsberatung' and 'offene Sprechstunde' lang="de" in the card and the hours (${lang})`, async function () {
      this.timeout(20_000);
      const el = await mount({ lang, dataset: officesFixture() });
      await searchFor(el, "10115");
      const card = $$(el, ".results > .result-list > .result")[0] as HTMLElement;
      expect(germanParts(card.querySelector(".programmes"))).to.deep.equal(["Migrationsberatung"]);
      ($(el, "#bf-details-0") as HTMLButtonElement).click();
      await waitUntil(() => root(el).activeElement?.id === "bf-details-heading", "the details");
      const hours = $(el, ".details table") ?? $(el, "table");
      expect(germanParts(hours)).to.include("offene Sprechstunde");
      await expect(el).to.be.accessible();
    });
  }

  it("marks nothing in a German interface, where the whole frame is German", async function () {
    this.timeout(20_000);
    const el = await mount({ lang: "de", dataset: officesFixture() });
    await searchFor(el, "10115");
    const card = $$(el, ".results > .result-list > .result")[0] as HTMLElement;
    expect(germanParts(card.querySelector(".programmes"))).to.deep.equal([]);
  });
});

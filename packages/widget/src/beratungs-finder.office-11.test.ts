/** The data model 1.1 parts of a card and of an office's details, in the element, on each screen (issue 13). */
import { expect, waitUntil } from "@open-wc/testing";
import { officesFixture11 } from "../test/fixtures/offices.js";
import { $, $$, mount, onEachScreen, root, type Screen, searchFor } from "../test/widget-harness.js";
import type { BeratungsFinder } from "./beratungs-finder.js";
import { createFormatting } from "./localization/formatting.js";

/** What the 1.1 parts say in each locale the screens use. */
const SAYS = {
  en: {
    intake: "Waiting list",
    badges: ["Free of charge", "Counselling by a woman available"],
    next: "Next consultation day:",
    interpreter: "Arabic (via interpreter)",
    outreach: "Consultation days at other places",
  },
  ar: {
    intake: "قائمة انتظار",
    badges: ["مجاني", "تتوفر مستشارة"],
    next: "أقرب يوم استشارة:",
    interpreter: "(عبر مترجم)",
    outreach: "أيام الاستشارة في أماكن أخرى",
  },
} as const;

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, " ").trim() ?? "";

function box(element: Element | null | undefined): DOMRect {
  if (!element) throw new Error("element missing");
  return element.getBoundingClientRect();
}

/** The box of the first line of `element`'s text. */
function firstLine(element: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(element);
  const [line] = range.getClientRects();
  if (!line) throw new Error("no text");
  return line;
}

/** Inside the screen, nothing scrolls sideways, and the text of `start` begins at the inline start of `within`. */
function laidOut(el: BeratungsFinder, { dir, width }: Screen, start: Element, within: Element): void {
  const frame = $(el, ".frame") as HTMLElement;
  expect(frame.scrollWidth, "no sideways scrolling").to.be.at.most(frame.clientWidth + 1);
  const outer = box(within);
  expect(outer.left).to.be.at.least(0);
  expect(outer.right).to.be.at.most(width);
  const inner = firstLine(start);
  if (dir === "ltr") expect(inner.left - outer.left, "starts at the left").to.be.within(0, 24);
  else expect(outer.right - inner.right, "starts at the right").to.be.within(0, 24);
  expect(getComputedStyle(start).direction).to.equal(dir);
}

onEachScreen("<beratungs-finder> data model 1.1", (screen) => {
  const says = SAYS[screen.lang as keyof typeof SAYS];

  it("shows the intake status, free of charge, a woman counsellor, the language modes and the next outreach date on the card, accessible", async function () {
    this.timeout(20_000);
    const el = await mount({ lang: screen.lang, dataset: officesFixture11() });
    await searchFor(el, "10115");
    const card = $$(el, ".results > .result-list > .result")[0] as HTMLElement;
    expect(text(card.querySelector("h4"))).to.equal("Migrationsberatung Mitte");
    expect(text(card.querySelector(".intake")))
      .to.contain(says.intake)
      .and.contain("etwa 6 Wochen");
    expect([...card.querySelectorAll(".badges li")].map(text)).to.deep.equal(says.badges);
    // Thursday 26 November, 14:00–16:00 at Familienzentrum Nord comes before the first Tuesday in December.
    const next = text(card.querySelector(".outreach-next"));
    expect(next.startsWith(says.next), next).to.equal(true);
    expect(next)
      .to.contain("Familienzentrum Nord")
      .and.contain(createFormatting(screen.lang).clockRange("14:00", "16:00"));
    expect(text(card.querySelector(".languages"))).to.contain(says.interpreter);
    laidOut(el, screen, card.querySelector(".intake strong") as Element, card);
    await expect(el).to.be.accessible();
  });

  it("lists the outreach places, the language modes, the intake status and free of charge in the details, accessible", async function () {
    this.timeout(20_000);
    const el = await mount({ lang: screen.lang, dataset: officesFixture11() });
    await searchFor(el, "10115");
    ($(el, "#bf-details-0") as HTMLButtonElement).click();
    await waitUntil(() => root(el).activeElement?.id === "bf-details-heading", "the details", {
      timeout: 5000,
    });
    const details = $(el, ".details") as HTMLElement;
    expect(text(details.querySelector(".intake"))).to.contain(says.intake);
    expect([...details.querySelectorAll(".badges li")].map(text)).to.include(says.badges[0]);
    expect(text(details.querySelector("#bf-outreach-heading"))).to.equal(says.outreach);
    const places = [...details.querySelectorAll(".outreach > li")].map(text);
    expect(places).to.have.length(2);
    expect(places[0]).to.contain("Rathaus Frechen").and.contain("50226 Frechen");
    expect(places[1]).to.contain("Familienzentrum Nord");
    expect(text(details.querySelector(".languages"))).to.contain(says.interpreter);
    laidOut(el, screen, details.querySelector("#bf-outreach-heading") as Element, details);
    for (const place of details.querySelectorAll(".outreach > li")) {
      expect(box(place).right, text(place)).to.be.at.most(screen.width);
    }
    await expect(el).to.be.accessible();
  });
});

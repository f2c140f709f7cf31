/** --bf-scroll-offset: what the widget scrolls to the top stays below a host page's sticky header (issue 13). */
import { expect, waitUntil } from "@open-wc/testing";
import { $, mount, onEachScreen, root, searchFor } from "../test/widget-harness.js";
import type { BeratungsFinder } from "./beratungs-finder.js";

/** How far the focus ring of `element` reaches out of its box: 0 without a ring. */
function ringOf(element: Element): number {
  const style = getComputedStyle(element);
  if (style.outlineStyle === "none") return 0;
  return Number.parseFloat(style.outlineWidth) + Number.parseFloat(style.outlineOffset);
}

/** Searches with room above and below the widget, and gives the top of the focused results heading and of its ring. */
async function scrolledHeading(
  lang: string,
  offset?: string,
): Promise<{ el: BeratungsFinder; top: number; ring: number }> {
  const el = await mount({ lang });
  el.before(Object.assign(document.createElement("div"), { style: "block-size: 1500px" }));
  el.after(Object.assign(document.createElement("div"), { style: "block-size: 3000px" }));
  if (offset) el.style.setProperty("--bf-scroll-offset", offset);
  await searchFor(el, "10115");
  await waitUntil(() => root(el).activeElement?.id === "bf-results-heading", "focus on the heading");
  const heading = $(el, "#bf-results-heading") as HTMLElement;
  return { el, top: heading.getBoundingClientRect().top, ring: ringOf(heading) };
}

onEachScreen("<beratungs-finder> scroll offset", ({ lang }) => {
  afterEach(() => window.scrollTo(0, 0));

  it("scrolls the results heading, its focus ring included, to just below --bf-scroll-offset", async () => {
    const { el, top, ring } = await scrolledHeading(lang, "80px");
    expect(ring, "the heading shows its focus ring").to.equal(5);
    expect(top - ring).to.be.within(79, 81);
    await expect(el).to.be.accessible();
  });

  it("keeps the focus ring of the results heading on screen without an offset", async () => {
    const { top, ring } = await scrolledHeading(lang);
    expect(ring).to.equal(5);
    expect(top - ring, "the screen's top edge does not cut the ring").to.be.within(0, 1);
  });
});

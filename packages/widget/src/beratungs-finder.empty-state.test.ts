/** Nothing nearby: the empty state's ways on, and the links that open a new tab, on each screen (issue 13). */
import { elementUpdated, expect } from "@open-wc/testing";
import { a11ySnapshot, findAccessibilityNode } from "@web/test-runner-commands";
import { $, $$, choose, mount, onEachScreen, resultNames, searchFor } from "../test/widget-harness.js";
import { createFormatting } from "./localization/formatting.js";

/** What the empty state says in each locale the screens use. */
const SAYS = {
  de: {
    onlineOnly: "Keine Beratungsstelle im Umkreis von 25 km. Diese Online-Angebote können Sie beraten:",
    reset: "Filter zurücksetzen",
    newTab: "(öffnet in einem neuen Tab)",
  },
  ar: {
    onlineOnly: `لا يوجد مكتب في نطاق ${createFormatting("ar").distance(25)}. يمكن لخدمات الاستشارة عبر الإنترنت هذه أن تقدّم لك المشورة:`,
    reset: "إعادة ضبط خيارات التصفية",
    newTab: "(يُفتح في علامة تبويب جديدة)",
  },
} as const;

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, " ").trim() ?? "";

function box(element: Element | null): DOMRect {
  if (!element) throw new Error("element missing");
  return element.getBoundingClientRect();
}

/**
 * Each link of `container` that opens a new tab says so to screen readers, in the widget's language:
 * the hint is in the link's accessible name and takes no room on screen.
 */
async function expectNewTabHints(container: Element, hint: string): Promise<void> {
  const links = [...container.querySelectorAll<HTMLAnchorElement>("a[target=_blank]")];
  expect(links, "links that open a new tab").to.not.be.empty;
  const snapshot = await a11ySnapshot({});
  for (const link of links) {
    const hidden = link.querySelector(".visually-hidden");
    const shown = [...link.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent)
      .join("")
      .trim();
    expect(link.rel, shown).to.contain("noopener");
    expect(text(hidden), `${shown}: the hint`).to.equal(hint);
    const { width, height } = box(hidden);
    expect(width * height, `${shown}: the hint is not seen`).to.be.at.most(1);
    const named = findAccessibilityNode<{ role: string; name: string }>(
      snapshot as never,
      (node) => node.role === "link" && node.name.startsWith(shown),
    );
    expect(named?.name, `${shown}: the hint is heard`).to.equal(`${shown} ${hint}`);
  }
}

onEachScreen(
  "<beratungs-finder> empty state",
  ({ lang, dir, width }) => {
    const says = SAYS[lang as keyof typeof SAYS];

    it("says when the only matches are online services, with a wider radius at the inline start", async function () {
      this.timeout(20_000);
      const el = await mount({ lang });
      await searchFor(el, "Garmisch");
      const empty = $(el, ".empty") as HTMLElement;
      const lead = $$(el, ".empty > p").find((p) => text(p) === says.onlineOnly);
      expect(lead, "the online services are introduced as the only matches").to.exist;
      const list = lead?.nextElementSibling as HTMLElement;
      expect(list.tagName).to.equal("UL");
      expect(text(list)).to.contain("mbeon Online-Beratung");
      expect($(el, "[part~=reset-button]"), "no filter is on: nothing to reset").to.equal(null);
      // The wider radius starts the line: at the left in German, at the right in Arabic.
      const widen = box($(el, "[part~=widen-button]"));
      const section = box(empty);
      if (dir === "ltr") expect(widen.left - section.left).to.be.within(0, 13);
      else expect(section.right - widen.right).to.be.within(0, 13);
      expect(section.left).to.be.at.least(0);
      expect(section.right).to.be.at.most(width);
      expect(empty.scrollWidth, "no sideways scrolling").to.be.at.most(empty.clientWidth);
      await expect(el).to.be.accessible();
    });

    it("says of each of its links (online services, official finders) that it opens a new tab", async function () {
      this.timeout(20_000);
      const el = await mount({ lang });
      await searchFor(el, "Garmisch");
      const empty = $(el, ".empty") as HTMLElement;
      expect(empty.querySelectorAll("a[target=_blank]")).to.have.length(3);
      await expectNewTabHints(empty, says.newTab);
    });

    it("offers to reset the filters that hid every office, and searches again", async function () {
      this.timeout(20_000);
      const el = await mount({ lang });
      await searchFor(el, "10115");
      expect(resultNames(el)).to.have.length(2);
      // Turkish is spoken only in Potsdam (27 km away), and by no online service.
      await choose(el, "#bf-language", "tr");
      await elementUpdated(el);
      expect($(el, "#bf-empty-heading")).to.exist;
      expect($$(el, ".empty > p").map(text)).to.not.include(says.onlineOnly);
      const button = $(el, "[part~=reset-button]") as HTMLButtonElement;
      expect(text(button)).to.equal(says.reset);
      expect(button.getBoundingClientRect().left).to.be.at.least(0);
      expect(button.getBoundingClientRect().right).to.be.at.most(width);
      await expect(el).to.be.accessible();
      let changed: unknown;
      el.addEventListener("bf-filter-change", (event) => {
        changed = event.detail.filters;
      });
      button.click();
      await elementUpdated(el);
      expect(changed).to.deep.include({ languages: [], radiusKm: 25 });
      expect(resultNames(el)).to.have.length(2);
      expect(($(el, "#bf-language") as HTMLSelectElement).value, "the filter panel shows the reset").to.equal(
        "",
      );
    });

    it("says of the footer's links (publisher, place data licences) that they open a new tab", async () => {
      const el = await mount({ lang });
      const footer = $(el, ".footer") as HTMLElement;
      expect(footer.querySelector("a[href='https://example.org/']"), "the publisher").to.exist;
      await expectNewTabHints(footer, says.newTab);
    });
  },
  { ltr: "de" },
);

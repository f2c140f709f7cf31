/** The first screen of a 375 px phone, left to right and right to left (issue 13). */
import { expect } from "@open-wc/testing";
import { setViewport } from "@web/test-runner-commands";
import { $, mount } from "../test/widget-harness.js";

const PHONE = { width: 375, height: 667 };

function box(element: Element | null): DOMRect {
  if (!element) throw new Error("element missing");
  return element.getBoundingClientRect();
}

function text(element: Element | null): string {
  return element?.textContent?.replace(/\s+/g, " ").trim() ?? "";
}

describe("<beratungs-finder> on a 375 px phone", () => {
  beforeEach(() => setViewport(PHONE));
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const { lang, dir, label } of [
    { lang: "de", dir: "ltr", label: "Sprache · Language" },
    { lang: "ar", dir: "rtl", label: "اللغة · Language" },
  ] as const) {
    it(`shows the language menu on the first screen, above the title, at the inline end (${dir})`, async () => {
      const el = await mount({ lang });
      const select = $(el, "#bf-locale") as HTMLSelectElement;
      expect(select.tagName).to.equal("SELECT");
      const menu = box(select);
      const title = box($(el, "h2"));
      const intro = box($(el, ".intro"));
      expect(menu.top, "on the first screen").to.be.at.least(0);
      expect(menu.bottom, "without scrolling").to.be.at.most(PHONE.height);
      expect(menu.bottom, "above the title").to.be.at.most(title.top);
      expect(menu.left).to.be.at.least(0);
      expect(menu.right).to.be.at.most(PHONE.width);
      if (dir === "ltr") expect(Math.abs(menu.right - intro.right)).to.be.below(1);
      else expect(Math.abs(menu.left - intro.left)).to.be.below(1);
      const frame = $(el, ".frame") as HTMLElement;
      expect(frame.scrollWidth, "no sideways scrolling").to.be.at.most(frame.clientWidth);
      await expect(el).to.be.accessible();
    });

    it(`labels the menu with a globe and "Language" in English (${dir})`, async () => {
      const el = await mount({ lang });
      const select = $(el, "#bf-locale") as HTMLSelectElement;
      const labelEl = select.labels[0] as HTMLLabelElement;
      expect(text(labelEl)).to.equal(label);
      expect(labelEl.querySelector("[lang=en]")?.textContent).to.equal("Language");
      expect(
        labelEl.querySelector("[aria-hidden=true]:not(svg)")?.textContent,
        "the dot is not read",
      ).to.equal("·");
      const globe = labelEl.querySelector("svg") as SVGSVGElement;
      expect(globe.getAttribute("aria-hidden")).to.equal("true");
      expect(globe.querySelectorAll("use, image, [href], [src]"), "nothing loaded").to.have.length(0);
      // The globe stands before the words in reading order: left of them in German, right in Arabic.
      const words = box(labelEl.querySelector("span"));
      const icon = box(globe);
      expect(icon.width).to.be.above(10);
      if (dir === "ltr") expect(icon.right).to.be.at.most(words.left);
      else expect(icon.left).to.be.at.least(words.right);
      expect(select.selectedOptions[0]?.getAttribute("lang")).to.equal(lang);
    });
  }

  it('says only "Language" when the widget is in English', async () => {
    const el = await mount({ lang: "en" });
    const labelEl = ($(el, "#bf-locale") as HTMLSelectElement).labels[0] as HTMLLabelElement;
    expect(text(labelEl)).to.equal("Language");
    expect(labelEl.querySelector("svg")).to.exist;
  });
});

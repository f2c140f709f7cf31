import type { Office } from "@beratungsfinder/schemas";
import { expect } from "@open-wc/testing";
import { render } from "lit";
import { dataText, pickDescription, renderDescription } from "./office-text.js";

const office = (description: Office["description"]) => ({ description }) as Office;

/** Renders into a right-to-left Arabic page region, as the widget does in Arabic. */
function inArabic(content: unknown): HTMLElement {
  const host = document.createElement("div");
  host.lang = "ar";
  host.dir = "rtl";
  host.style.width = "600px";
  document.body.append(host);
  render(content, host);
  return host;
}

function charBox(node: Node, offset: number): DOMRect {
  const range = document.createRange();
  range.setStart(node, offset);
  range.setEnd(node, offset + 1);
  return range.getBoundingClientRect();
}

describe("office text in another language's interface", () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it("picks the visitor's language, else English, else German", () => {
    const texts = { de: "Wir beraten.", en: "We advise.", ar: "نقدم المشورة." };
    expect(pickDescription(office(texts), "ar")).to.deep.equal({ lang: "ar", text: "نقدم المشورة." });
    expect(pickDescription(office(texts), "uk")).to.deep.equal({ lang: "en", text: "We advise." });
    expect(pickDescription(office({ de: "Wir beraten." }), "uk")).to.deep.equal({
      lang: "de",
      text: "Wir beraten.",
    });
    expect(pickDescription(office({ tr: "Danışmanlık." }), "de-x-ls")).to.deep.equal({
      lang: "tr",
      text: "Danışmanlık.",
    });
    expect(pickDescription(office({ de: "x" }), "__proto__")?.lang).to.equal("de");
    expect(pickDescription(office(undefined), "ar")).to.equal(undefined);
  });

  it("marks German text in an Arabic interface as German, left to right, with its full stop at its end", () => {
    const sentence = "Wir beraten Sie gern zu Aufenthalt und Arbeit.";
    const host = inArabic(renderDescription(office({ de: sentence }), "ar"));
    const paragraph = host.querySelector("p.description") as HTMLParagraphElement;
    expect(paragraph.lang).to.equal("de");
    expect(paragraph.getAttribute("dir")).to.equal("auto");
    expect(getComputedStyle(paragraph).direction).to.equal("ltr");
    const text =
      paragraph.firstChild?.nodeType === Node.TEXT_NODE ? paragraph.firstChild : paragraph.lastChild;
    const content = text?.textContent ?? "";
    const start = content.indexOf("W");
    const stop = content.lastIndexOf(".");
    // In a left-to-right line the full stop stands right of the first letter; drawn right to left it
    // would stand at the far left.
    expect(charBox(text!, stop).left).to.be.greaterThan(charBox(text!, start).right);
  });

  it("marks names, addresses and notes from the data as German", () => {
    const host = inArabic(dataText("Migrationsberatung Köln-Mülheim."));
    const bdi = host.querySelector("bdi") as HTMLElement;
    expect(bdi.lang).to.equal("de");
    expect(bdi.textContent).to.equal("Migrationsberatung Köln-Mülheim.");
  });
});

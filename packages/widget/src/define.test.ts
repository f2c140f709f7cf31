import { expect } from "@open-wc/testing";
import { BeratungsFinder } from "./beratungs-finder.js";
import { define } from "./define.js";
import "./index.js";

describe("define", () => {
  it("registers <beratungs-finder> once, guarded by customElements.get", () => {
    expect(customElements.get("beratungs-finder")).to.equal(BeratungsFinder);
    expect(define()).to.equal(BeratungsFinder);
  });

  it("registers the element under another name with a subclass", () => {
    const element = define("counselling-finder-test");
    expect(customElements.get("counselling-finder-test")).to.equal(element);
    expect(element.prototype).to.be.instanceOf(BeratungsFinder);
    expect(define("counselling-finder-test")).to.equal(element);
  });

  it("refuses an invalid tag name", () => {
    expect(() => define("NoDash")).to.throw();
  });
});

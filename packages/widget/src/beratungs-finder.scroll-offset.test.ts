/** --bf-scroll-offset: what the widget scrolls to the top stays below a host page's sticky header (issue 13). */
import { expect, waitUntil } from "@open-wc/testing";
import { $, mount, onEachScreen, root, searchFor } from "../test/widget-harness.js";

onEachScreen("<beratungs-finder> scroll offset", ({ lang }) => {
  it("scrolls the results heading to just below --bf-scroll-offset", async () => {
    const spacer = document.createElement("div");
    spacer.style.blockSize = "1500px";
    document.body.prepend(spacer);
    const after = document.createElement("div");
    after.style.blockSize = "3000px";
    try {
      const el = await mount({ lang });
      el.after(after);
      el.style.setProperty("--bf-scroll-offset", "80px");
      await searchFor(el, "10115");
      await waitUntil(() => root(el).activeElement?.id === "bf-results-heading", "focus on the heading");
      const top = ($(el, "#bf-results-heading") as HTMLElement).getBoundingClientRect().top;
      expect(top).to.be.within(79, 81);
      await expect(el).to.be.accessible();
    } finally {
      spacer.remove();
      after.remove();
      window.scrollTo(0, 0);
    }
  });
});

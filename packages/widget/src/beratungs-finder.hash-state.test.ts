import { elementUpdated, expect, waitUntil } from "@open-wc/testing";
import { $, choose, mount, resultNames, searchFor } from "../test/widget-harness.js";

function clearHash(): void {
  history.replaceState(null, "", `${location.pathname}${location.search}`);
}

describe("<beratungs-finder> hash-state", () => {
  afterEach(clearHash);

  it("keeps the search in the hash with hash-state, never a location", async () => {
    history.replaceState(null, "", `${location.pathname}${location.search}`);
    const el = await mount({ attrs: { "hash-state": "" } });
    await searchFor(el, "10115");
    expect(location.hash).to.contain("bf-q=10115");
    expect(location.hash).to.contain("bf-r=25");
    history.replaceState(null, "", `${location.pathname}${location.search}`);
  });

  it("restores a search from the hash", async () => {
    history.replaceState(null, "", `${location.pathname}${location.search}#bf-q=Potsdam&bf-r=10`);
    try {
      const el = await mount({ attrs: { "hash-state": "" } });
      await waitUntil(() => resultNames(el).length === 1, "restored search", { timeout: 5000 });
      expect(resultNames(el)).to.deep.equal(["Migrationsberatung Potsdam"]);
    } finally {
      history.replaceState(null, "", `${location.pathname}${location.search}`);
    }
  });

  it("keeps the language picked in the menu in the hash and restores it from a link", async () => {
    clearHash();
    const el = await mount({ lang: null, languages: ["en"], attrs: { "hash-state": "" } });
    await choose(el, "#bf-locale", "uk");
    await searchFor(el, "10115");
    expect(location.hash).to.contain("bf-lang=uk");
    const link = location.hash;
    el.remove();
    clearHash();
    history.replaceState(null, "", `${location.pathname}${location.search}${link}`);
    const opened = await mount({ lang: null, languages: ["ar"], attrs: { "hash-state": "" } });
    await waitUntil(() => $(opened, ".frame")?.getAttribute("lang") === "uk", "language from the link", {
      timeout: 5000,
    });
    await waitUntil(() => resultNames(opened).length === 2, "search from the link", { timeout: 5000 });
  });

  it("lets the element's lang win over a language in the link", async () => {
    history.replaceState(null, "", `${location.pathname}${location.search}#bf-lang=ar`);
    const el = await mount({ lang: "tr", attrs: { "hash-state": "" } });
    await elementUpdated(el);
    expect($(el, ".frame")?.getAttribute("lang")).to.equal("tr");
  });
});

import { expect, waitUntil } from "@open-wc/testing";
import { type BootPlan, boot } from "./cdn-boot.js";
import { EARLY_FETCHES, takeEarlyFetch } from "./early-fetch.js";

/** A module as a data: URL that counts its evaluation under `name` on globalThis. */
const counting = (name: string) =>
  `data:text/javascript,globalThis.${name}=(globalThis.${name}??0)+1;export const name=${JSON.stringify(name)};`;
const count = (name: string) => (globalThis as Record<string, unknown>)[name] ?? 0;

let run = 0;
/** A plan of fresh modules (a module URL evaluates once per page) and a page with `body`. */
function setUp(body: string) {
  run += 1;
  const names = ["element", "shared", "search", "validation", "de", "ar", "uk"].map(
    (part) => `bootTest${part.replace("-", "")}${run}`,
  );
  const [element, shared, search, validation, de, ar, uk] = names as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const plan: BootPlan = {
    element: counting(element),
    shared: [counting(shared)],
    search: [counting(search)],
    validation: [counting(validation)],
    locales: { de: [counting(de)], ar: [counting(ar), counting(`${ar}Calendar`)], uk: [counting(uk)] },
  };
  const page = document.implementation.createHTMLDocument("page");
  const base = page.createElement("base");
  base.href = `${location.origin}/site/page/`;
  page.head.append(base);
  page.body.innerHTML = body;
  return { plan, page, names: { element, shared, search, validation, de, ar, uk } };
}

/** Waits until the modules started by `boot` have evaluated (they are data: URLs, at hand at once). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));
const CDN = `${location.origin}/cdn/beratungs-finder.js`;

describe("the CDN build's first file (boot)", () => {
  afterEach(() => {
    (globalThis as { [EARLY_FETCHES]?: unknown })[EARLY_FETCHES] = undefined;
  });

  it("resolves with the element's module and asks for its shared chunks, and nothing more without a widget", async () => {
    const { plan, page, names } = setUp("<p>no widget here</p>");
    const module = await boot<{ name: string }>(plan, CDN, page);
    await settle();
    expect(module.name).to.equal(names.element);
    expect(count(names.shared)).to.equal(1);
    expect(count(names.search), "the first search's code").to.equal(0);
    expect(count(names.validation)).to.equal(0);
    expect(takeEarlyFetch(`${location.origin}/site/page/manifest.json`)).to.equal(undefined);
  });

  it("starts a published folder's manifest and the place data's manifest for a widget with `near`", async () => {
    const { plan, page, names } = setUp(
      '<beratungs-finder src="data/manifest.json" near="Köln"></beratungs-finder>',
    );
    await boot(plan, CDN, page);
    await settle();
    expect(count(names.search)).to.equal(1);
    expect(count(names.validation), "no validation code for a published folder").to.equal(0);
    // Relative to the page for `src`, beside the first file for the place data.
    const manifest = takeEarlyFetch(`${location.origin}/site/page/data/manifest.json`);
    const geodata = takeEarlyFetch(`${location.origin}/cdn/geodata/manifest.json`);
    expect(manifest).to.be.instanceOf(Promise);
    expect(geodata).to.be.instanceOf(Promise);
    // Real requests to the test server (which has neither file): responses the element reads as its own.
    expect((await manifest)?.status).to.equal(404);
    expect((await geodata)?.url).to.equal(`${location.origin}/cdn/geodata/manifest.json`);
    // Taken once: a retry asks the server again.
    expect(takeEarlyFetch(`${location.origin}/site/page/data/manifest.json`)).to.equal(undefined);
  });

  it("asks for each widget's locale file with the chunks it adds, by the element's rule for its locale", async () => {
    const { plan, page, names } = setUp(
      '<beratungs-finder lang="ar-SY"></beratungs-finder><div lang="de"><beratungs-finder></beratungs-finder></div>',
    );
    // The second widget has no `lang` of its own: the browser's languages come first, then the page's.
    const browser = [...navigator.languages];
    await boot(plan, CDN, page);
    await settle();
    expect(count(names.ar), "the widget's own lang").to.equal(1);
    expect(count(`${names.ar}Calendar`), "the chunk that ar's file adds").to.equal(1);
    const german = !browser.some((tag) => ["en", "ar", "uk"].includes(tag.split("-")[0] ?? ""));
    if (german) expect(count(names.de)).to.equal(1);
    expect(count(names.uk), "no widget wants Ukrainian").to.equal(0);
  });

  it("takes the place and the language of a shared link with `hash-state`, and only then", async function () {
    const GEODATA = "/packages/core/geodata/";
    const probe = await fetch(`${GEODATA}manifest.json`, { method: "HEAD" });
    if (!probe.ok) this.skip(); // core is not built: `pnpm --filter @beratungsfinder/core build`
    const { plan, page, names } = setUp(
      `<beratungs-finder hash-state near="Köln" geodata-base="${GEODATA}"></beratungs-finder>`,
    );
    const before = location.hash;
    history.replaceState(null, "", "#bf-q=10115&bf-lang=uk");
    try {
      await boot(plan, CDN, page);
    } finally {
      history.replaceState(null, "", before || location.pathname + location.search);
    }
    const early = () => [
      ...((globalThis as { [EARLY_FETCHES]?: Map<string, unknown> })[EARLY_FETCHES]?.keys() ?? []),
    ];
    await waitUntil(() => early().some((url) => url.includes(`${GEODATA}postcodes-10`)), "the link's place");
    expect(
      early().filter((url) => url.includes(`${GEODATA}names-ko`)),
      "not `near`'s",
    ).to.deep.equal([]);
    expect(count(names.uk), "the link's language").to.equal(1);
    expect(count(names.ar)).to.equal(0);

    const other = setUp('<beratungs-finder lang="ar"></beratungs-finder>');
    history.replaceState(null, "", "#bf-lang=uk");
    try {
      await boot(other.plan, CDN, other.page);
      await settle();
    } finally {
      history.replaceState(null, "", before || location.pathname + location.search);
    }
    expect(count(other.names.uk), "without hash-state the link is not read").to.equal(0);
    expect(count(other.names.ar)).to.equal(1);
  });

  it("still loads the element when a widget's attributes are no URLs", async () => {
    const { plan, page, names } = setUp(
      '<beratungs-finder src="http://[" near="Köln" geodata-base="http://["></beratungs-finder>',
    );
    const module = await boot<{ name: string }>(plan, CDN, page);
    expect(module.name).to.equal(names.element);
  });

  it("asks for the place data's first piece for `near` once the manifest is there", async function () {
    const GEODATA = "/packages/core/geodata/";
    const probe = await fetch(`${GEODATA}manifest.json`, { method: "HEAD" });
    if (!probe.ok) this.skip(); // core is not built: `pnpm --filter @beratungsfinder/core build`
    const { plan, page } = setUp(
      `<beratungs-finder near="Köln" geodata-base="${GEODATA}"></beratungs-finder>`,
    );
    await boot(plan, CDN, page);
    const early = () => [
      ...((globalThis as { [EARLY_FETCHES]?: Map<string, unknown> })[EARLY_FETCHES]?.keys() ?? []),
    ];
    await waitUntil(
      () => early().some((url) => url.includes(`${GEODATA}names-ko`)),
      "the piece of names from ko",
    );
    const piece = early().find((url) => url.includes(`${GEODATA}names-ko`)) as string;
    expect((await takeEarlyFetch(piece))?.ok).to.equal(true);
    // The manifest's body is still there for the element (the first file read a copy).
    const manifest = (await takeEarlyFetch(`${location.origin}${GEODATA}manifest.json`)) as Response;
    expect((await manifest.json()).names.length).to.be.above(10);
  });

  it("asks for the dataset validation and the dataset for a dataset file, and the place data from `geodata-base`", async () => {
    const { plan, page, names } = setUp(
      '<beratungs-finder src="/offices.json?v=2" near="10115" geodata-base="/places"></beratungs-finder>' +
        "<beratungs-finder src='{\"offices\":[]}'></beratungs-finder>",
    );
    await boot(plan, CDN, page);
    await settle();
    expect(count(names.validation)).to.equal(1);
    expect(takeEarlyFetch("/offices.json?v=2")).to.be.instanceOf(Promise);
    expect(takeEarlyFetch(`${location.origin}/places/manifest.json`)).to.be.instanceOf(Promise);
    const early = (globalThis as { [EARLY_FETCHES]?: Map<string, unknown> })[EARLY_FETCHES];
    expect([...(early?.keys() ?? [])], "nothing for JSON text in src").to.deep.equal([]);
  });
});

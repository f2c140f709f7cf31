/** Directions open the phone's own maps app: geo: on Android, Apple Maps on iOS, OpenStreetMap otherwise (issue 13). */
import { expect } from "@open-wc/testing";
import { $$, mount, onEachScreen, searchFor } from "../test/widget-harness.js";
import type { PlatformHints } from "./directions.js";

const ANDROID =
  "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Mobile Safari/537.36";
const IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
const LINUX =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36";

/** The link texts in each locale the screens use: the maps app, and OpenStreetMap in a new tab. */
const SAYS = {
  de: { app: "Route", osm: "Route auf OpenStreetMap", newTab: "(öffnet in einem neuen Tab)" },
  ar: {
    app: "الاتجاهات",
    osm: "المسار على \u2068OpenStreetMap\u2069",
    newTab: "(يُفتح في علامة تبويب جديدة)",
  },
} as const;

/** The browser tells the widget it is `hints` while `body` runs (`navigator`'s own getters stay). */
async function asBrowser(hints: Required<PlatformHints>, body: () => Promise<void>): Promise<void> {
  for (const [name, value] of Object.entries(hints)) {
    Object.defineProperty(navigator, name, { value, configurable: true });
  }
  try {
    await body();
  } finally {
    for (const name of Object.keys(hints)) delete (navigator as unknown as Record<string, unknown>)[name];
  }
}

/** The directions link of the first card (Migrationsberatung Mitte, 52.531, 13.386). */
async function directionsLink(lang: string): Promise<HTMLAnchorElement> {
  const el = await mount({ lang });
  await searchFor(el, "10115");
  const [card] = $$(el, ".results > .result-list > .result");
  const link = card?.querySelector<HTMLAnchorElement>("a[part~=directions]");
  if (!link) throw new Error("no directions link");
  return link;
}

const shown = (link: HTMLAnchorElement) =>
  [...link.childNodes]
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent)
    .join("")
    .trim();

onEachScreen(
  "<beratungs-finder> directions",
  ({ lang }) => {
    const says = SAYS[lang as keyof typeof SAYS];

    it("opens the system's maps app on Android with a geo: link, in the same tab", async () => {
      await asBrowser({ userAgent: ANDROID, platform: "Linux armv8l", maxTouchPoints: 5 }, async () => {
        const link = await directionsLink(lang);
        expect(link.getAttribute("href")).to.match(/^geo:52\.53100,13\.38600\?q=52\.53100,13\.38600\(/);
        expect(link.hasAttribute("target"), "the system hands it to the app").to.equal(false);
        expect(link.textContent?.trim()).to.equal(says.app);
      });
    });

    it("opens Apple Maps on an iPhone", async () => {
      await asBrowser({ userAgent: IPHONE, platform: "iPhone", maxTouchPoints: 5 }, async () => {
        const link = await directionsLink(lang);
        expect(link.getAttribute("href")).to.match(
          /^https:\/\/maps\.apple\.com\/\?daddr=52\.53100,13\.38600&q=/,
        );
        expect(link.textContent?.trim()).to.equal(says.app);
      });
    });

    it("gives a route on OpenStreetMap elsewhere, in a new tab that it names, accessible", async () => {
      await asBrowser({ userAgent: LINUX, platform: "Linux x86_64", maxTouchPoints: 0 }, async () => {
        const link = await directionsLink(lang);
        expect(link.getAttribute("href")).to.equal(
          "https://www.openstreetmap.org/directions?to=52.53100,13.38600",
        );
        expect(link.target).to.equal("_blank");
        expect(shown(link)).to.equal(says.osm);
        expect(link.querySelector(".visually-hidden")?.textContent?.trim()).to.equal(says.newTab);
        const host = link.getRootNode() as ShadowRoot;
        await expect(host.host).to.be.accessible();
      });
    });
  },
  { ltr: "de" },
);

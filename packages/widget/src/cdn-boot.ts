import { firstPieces, type GeodataManifest } from "@beratungsfinder/core";
import { startEarlyFetch } from "./early-fetch.js";
import { linkedStart } from "./hash-keys.js";
import { loadIntlDataAhead } from "./localization/formatting.js";
import { pageLang, resolveLocale } from "./localization/locales.js";
import { datasetUrl, geodataFolder, isPublishedManifest, MANIFEST } from "./source-urls.js";

/**
 * What the CDN build's first file loads at once, as paths relative to it, written in by the build
 * (scripts/build.mjs, from esbuild's metafile).
 */
export interface BootPlan {
  /** The element's own file (it registers `<beratungs-finder>`), asked for first. */
  element: string;
  /** The shared chunks the element's file imports. */
  shared: readonly string[];
  /** The first search's code (results, place search, published-folder reader) with the chunks it adds. */
  search: readonly string[];
  /** The dataset validation with the chunks it adds: for a `src` that names a dataset file. */
  validation: readonly string[];
  /** Each locale's file (its texts) with the chunks it adds, by the widget's locale code. */
  locales: Readonly<Record<string, readonly string[]>>;
}

/** The tag the CDN file registers; widgets under other names start their own loads when they connect. */
const TAG = "beratungs-finder";

/** How long the formatters wait for an idle moment at most: the element's code takes longer to arrive. */
const WARM_WAIT_MS = 1000;

/**
 * The CDN build's first file (dist/cdn/beratungs-finder.js): asks for everything the widgets already on
 * the page will need for their first result at once, side by side, instead of step by step as each file
 * arrives and names the next (on a phone, a round trip per step): the element's file and its shared
 * chunks, the first search's code, and — read from each widget's attributes and, with `hash-state`, a
 * shared link — its published folder's manifest or its dataset file, the file of its locale's texts
 * and, for the place it starts with, the place data's manifest and the pieces the search for it loads
 * first. The element takes those responses over (`takeEarlyFetch`). While they download, it builds the
 * first locale's date and number formatters in idle moments, so that ICU's data for that locale is
 * loaded before the results render (tens of milliseconds on a phone, and the main thread waits for
 * the network anyway). Resolves with the element's module, whose exports the first file passes on.
 * Nothing here fails: a file that cannot load fails in the element, which reports it.
 *
 * @example
 * export const { define, BeratungsFinder } = await boot(plan, import.meta.url);
 */
export function boot<T>(plan: BootPlan, base: string, page: Document = document): Promise<T> {
  const url = (path: string) => new URL(path, base).href;
  const widgets = [...page.querySelectorAll(TAG)];
  // The data first: on HTTP/1.1 a browser opens six connections to a host, and the small manifests
  // that the first search waits on should not queue behind the code files.
  let validation = false;
  const locales = new Set<string>();
  for (const widget of widgets) {
    // What the element starts with: a shared link's place and language before its attributes.
    const linked = widget.hasAttribute("hash-state")
      ? linkedStart(new URLSearchParams((page.location ?? globalThis.location)?.hash.slice(1) ?? ""))
      : {};
    locales.add(
      resolveLocale({
        own: widget.getAttribute("lang"),
        linked: linked.locale,
        languages: globalThis.navigator?.languages ?? [],
        page: pageLang(widget),
      }),
    );
    const found = datasetUrl(widget.getAttribute("src") ?? "", page.baseURI);
    if (found) {
      startEarlyFetch(found);
      validation ||= !isPublishedManifest(found);
    }
    const near = (linked.query ?? widget.getAttribute("near"))?.trim();
    if (near) {
      try {
        const folder = geodataFolder(widget.getAttribute("geodata-base") ?? undefined, base, page.baseURI);
        void startPlaceData(new URL(MANIFEST, folder).href, folder, near);
      } catch {
        // Not a URL: the element's place search says so when it loads.
      }
    }
  }
  const element = import(/* @vite-ignore */ url(plan.element)) as Promise<T>;
  const preload = (paths: readonly string[]) => {
    for (const path of paths) import(/* @vite-ignore */ url(path)).catch(() => {});
  };
  preload(plan.shared);
  if (widgets.length) preload(plan.search);
  if (validation) preload(plan.validation);
  for (const locale of locales) preload(plan.locales[locale] ?? []);
  const [first] = locales;
  if (first) loadIntlDataAhead(first, WARM_WAIT_MS);
  return element;
}

/**
 * The place data's manifest and then the pieces a search for `near` loads first (core's `firstPieces`),
 * so that they are on their way before the place search's code has arrived and run. Whatever fails
 * here is left to the element, which asks again and reports it.
 */
async function startPlaceData(manifest: string, folder: string, near: string): Promise<void> {
  try {
    const response = await startEarlyFetch(manifest);
    if (!response.ok) return;
    const pieces = firstPieces((await response.clone().json()) as GeodataManifest, near);
    for (const piece of pieces) startEarlyFetch(new URL(piece, folder).href);
  } catch {
    // The element's own load reads the manifest again and says what is wrong with it.
  }
}

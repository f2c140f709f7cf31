import { startEarlyFetch } from "./early-fetch.js";
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
}

/** The tag the CDN file registers; widgets under other names start their own loads when they connect. */
const TAG = "beratungs-finder";

/**
 * The CDN build's first file (dist/cdn/beratungs-finder.js): asks for everything the widgets already on
 * the page will need for their first result at once, side by side, instead of step by step as each file
 * arrives and names the next (on a phone, a round trip per step): the element's file and its shared
 * chunks, the first search's code, and — read from each widget's attributes — its published folder's
 * manifest or its dataset file and, for `near`, the place data's manifest. The element takes those
 * responses over (`takeEarlyFetch`). Resolves with the element's module, whose exports the first file
 * passes on. Nothing here fails: a file that cannot load fails in the element, which reports it.
 *
 * @example
 * export const { define, BeratungsFinder } = await boot(plan, import.meta.url);
 */
export function boot<T>(plan: BootPlan, base: string, page: Document = document): Promise<T> {
  const url = (path: string) => new URL(path, base).href;
  const element = import(/* @vite-ignore */ url(plan.element)) as Promise<T>;
  const preload = (paths: readonly string[]) => {
    for (const path of paths) import(/* @vite-ignore */ url(path)).catch(() => {});
  };
  preload(plan.shared);
  const widgets = [...page.querySelectorAll(TAG)];
  if (widgets.length) preload(plan.search);
  let validation = false;
  for (const widget of widgets) {
    const found = datasetUrl(widget.getAttribute("src") ?? "", page.baseURI);
    if (found) {
      startEarlyFetch(found);
      if (!isPublishedManifest(found) && !validation) {
        validation = true;
        preload(plan.validation);
      }
    }
    if (widget.getAttribute("near")?.trim()) {
      try {
        const folder = geodataFolder(widget.getAttribute("geodata-base") ?? undefined, base, page.baseURI);
        startEarlyFetch(new URL(MANIFEST, folder).href);
      } catch {
        // Not a URL: the element's place search says so when it loads.
      }
    }
  }
  return element;
}

import { WidgetError } from "./failure.js";
import { type TimeoutOptions, withTimeout } from "./with-timeout.js";

type Loader<T> = () => Promise<T>;

/** Failed imports by loader: the URL the browser named, and how often it was tried again. */
const failed = new WeakMap<Loader<unknown>, { url: string; tries: number }>();

/**
 * The module URL in a failed dynamic import's message ("Failed to fetch dynamically imported module:
 * https://…/chunks/de.js" in Chromium, "error loading dynamically imported module: …" in Firefox). Only
 * read to load that file again, never to decide what went wrong; Safari names none.
 */
function moduleUrl(error: unknown): string | undefined {
  const text = error instanceof Error ? error.message : "";
  return /\bhttps?:\/\/[^\s"']+/.exec(text)?.[0];
}

/**
 * A page keeps a failed `import()` for good: importing the same URL again fails at once without asking
 * the server. A retry therefore imports the URL the browser named with a query of its own.
 */
function importAgain<T>(load: Loader<T>): Promise<T> {
  const before = failed.get(load);
  if (!before) return load();
  before.tries += 1;
  const url = `${before.url}${before.url.includes("?") ? "&" : "?"}retry=${before.tries}`;
  return import(/* webpackIgnore: true */ /* @vite-ignore */ url) as Promise<T>;
}

/**
 * One of the widget's own code files (a locale, the place search, the dataset validation), imported
 * within the timeout when one is given (else within the caller's). A failed import becomes a
 * `WidgetError` coded `CHUNK_UNAVAILABLE` naming `what`; calling again with the same `load` loads the
 * file again from the server.
 *
 * @example
 * const { loadDataset } = await loadChunk("the dataset validation", () => import("./dataset-validation.js"));
 */
export function loadChunk<T>(what: string, load: Loader<T>, options?: TimeoutOptions): Promise<T> {
  const imported = () =>
    importAgain(load).then(
      (module) => {
        failed.delete(load);
        return module;
      },
      (cause: unknown) => {
        const url = moduleUrl(cause) ?? failed.get(load)?.url;
        if (url)
          failed.set(load, { url: url.replace(/[?&]retry=\d+$/, ""), tries: failed.get(load)?.tries ?? 0 });
        const reason = cause instanceof Error ? cause.message : String(cause);
        throw new WidgetError(
          "CHUNK_UNAVAILABLE",
          `Could not load ${what}, a file of the widget: ${reason}`,
          {
            cause,
          },
        );
      },
    );
  return options ? withTimeout(what, imported, options) : imported();
}

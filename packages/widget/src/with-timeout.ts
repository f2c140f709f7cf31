import { WidgetError } from "./failure.js";

/** How long a file the widget needs (dataset, place data, locale, code) may take by default: 20 s. */
export const DEFAULT_TIMEOUT_MS = 20_000;

/** The element's `timeout` attribute (seconds) in milliseconds; missing, zero, negative or not a number: 20 s. */
export function timeoutMs(seconds: number | undefined): number {
  return typeof seconds === "number" && Number.isFinite(seconds) && seconds > 0
    ? Math.round(seconds * 1000)
    : DEFAULT_TIMEOUT_MS;
}

export interface TimeoutOptions {
  timeoutMs: number;
  /** The caller gives up (a new `src`): `work`'s signal aborts and the promise rejects with its reason. */
  signal?: AbortSignal;
}

/**
 * Runs `work` with a signal that aborts after `timeoutMs` or with `options.signal`. After the timeout
 * it rejects with a `WidgetError` coded `TIMEOUT` that names `what`, even when `work` ignores its signal
 * (a dynamic `import()` cannot be cancelled), so nothing waits for ever on a server that never answers.
 *
 * @example
 * const response = await withTimeout("the dataset", (signal) => fetch(url, { signal }), { timeoutMs: 20_000 });
 */
export function withTimeout<T>(
  what: string,
  work: (signal: AbortSignal) => Promise<T>,
  options: TimeoutOptions,
): Promise<T> {
  const controller = new AbortController();
  const { signal } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const stopped = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const seconds = Math.round(options.timeoutMs / 100) / 10;
      const error = new WidgetError(
        "TIMEOUT",
        `Loading ${what} took longer than ${seconds} s (the widget's timeout).`,
      );
      controller.abort(error);
      reject(error);
    }, options.timeoutMs);
    onAbort = () => {
      controller.abort(signal?.reason);
      reject(signal?.reason);
    };
    if (signal?.aborted) onAbort();
    else signal?.addEventListener("abort", onAbort, { once: true });
  });
  // Async, so that a `work` that throws at once still clears the timer.
  const running = (async () => work(controller.signal))();
  return Promise.race([running, stopped]).finally(() => {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener("abort", onAbort);
  });
}

/**
 * A `fetch` that gives up after `timeoutMs` per request (rejecting with a `TIMEOUT` `WidgetError`) and
 * still honours the caller's own signal; for loaders that take a `fetch` option.
 *
 * @example
 * const folder = await openPublished(url, { fetch: timedFetch(20_000) });
 */
export function timedFetch(timeoutMs: number): typeof fetch {
  return (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    return withTimeout(`"${url}"`, (signal) => fetch(input, { ...init, signal }), {
      timeoutMs,
      ...(init?.signal ? { signal: init.signal } : {}),
    });
  };
}

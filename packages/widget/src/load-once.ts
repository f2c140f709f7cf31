/**
 * Loads in progress or done, by what they load and its absolute URL ("dataset https://…/offices.json"):
 * ten widgets with one `src` on a page download and parse it once. Page-wide on purpose, and keyed, so
 * that widgets share only what is the same file; a failed load is forgotten, so a retry loads again.
 */
const loads = new Map<string, Promise<unknown>>();

/**
 * The load for `key`, started with `load` unless one is running or done. Callers that give up early
 * use `untilAborted`, so that one widget leaving does not cancel the load the others wait for.
 *
 * @example
 * const data = await untilAborted(sharedLoad(`dataset ${url}`, () => load(url)), signal);
 */
export function sharedLoad<T>(key: string, load: () => Promise<T>): Promise<T> {
  const running = loads.get(key) as Promise<T> | undefined;
  if (running) return running;
  const started = load();
  loads.set(key, started);
  started.catch(() => {
    if (loads.get(key) === started) loads.delete(key);
  });
  return started;
}

/** `promise`, or a rejection with the signal's reason as soon as `signal` aborts. */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

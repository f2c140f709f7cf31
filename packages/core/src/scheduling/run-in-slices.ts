/**
 * Long work in a browser without freezing the page: the work is a generator that yields between small
 * units (one office, one record), and `runInSlices` runs it for a few milliseconds at a time, giving the
 * main thread back in between, so no task comes near the 50 ms that count as a long task. The same
 * generator runs to its end at once with `runToEnd` where nothing waits (Node, tests).
 */

/** How long one slice runs before it yields: well under the 50 ms of a long task, even on a 4× slower phone. */
export const SLICE_BUDGET_MS = 8;

export interface RunInSlicesOptions {
  /** Milliseconds per slice; default `SLICE_BUDGET_MS`. */
  budgetMs?: number;
  /** Stops between slices, rejecting with the signal's reason. */
  signal?: AbortSignal;
  /** The clock in milliseconds; default `performance.now`. Injectable for tests. */
  now?: () => number;
  /** How to give the main thread back; default `yieldToMain`. Injectable for tests. */
  pause?: () => Promise<void>;
}

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Lets the browser handle input and paint before the work goes on: `scheduler.yield()` where there is
 * one (the work keeps its place in the queue), else a MessageChannel message (no 4 ms clamp as with
 * nested timers), else `setTimeout(0)`.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  if (typeof MessageChannel === "function") {
    return new Promise((resolve) => {
      const { port1, port2 } = new MessageChannel();
      // Browsers' and Node's ports both take `onmessage` (which also starts the port); Node's types lack it.
      (port1 as unknown as { onmessage: () => void }).onmessage = () => {
        port1.close();
        resolve();
      };
      port2.postMessage(undefined);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `steps` to its end in slices of `budgetMs`, yielding to the main thread between slices, and
 * resolves with the generator's return value (rejects with what it throws).
 *
 * @example
 * const result = await runInSlices(parseDatasetSteps(json), { signal });
 */
export async function runInSlices<T>(
  steps: Generator<unknown, T, undefined>,
  options: RunInSlicesOptions = {},
): Promise<T> {
  const now = options.now ?? (() => performance.now());
  const budget = options.budgetMs ?? SLICE_BUDGET_MS;
  const pause = options.pause ?? yieldToMain;
  const { signal } = options;
  let started = now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (now() - started >= budget) {
      signal?.throwIfAborted();
      await pause();
      signal?.throwIfAborted();
      started = now();
    }
  }
}

/** Runs `steps` to its end at once and returns its value: the synchronous twin of `runInSlices`. */
export function runToEnd<T>(steps: Generator<unknown, T, undefined>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

import { describe, expect, it } from "vitest";
import { runInSlices, runToEnd, yieldToMain } from "./run-in-slices.js";

function* count(to: number, seen: number[]): Generator<void, string, undefined> {
  for (let n = 1; n <= to; n++) {
    seen.push(n);
    yield;
  }
  return `counted to ${to}`;
}

/** A clock that moves 1 ms each time it is read. */
function ticking() {
  let time = 0;
  return () => time++;
}

describe("runInSlices", () => {
  it("returns the generator's value and pauses once per slice of budgetMs", async () => {
    const seen: number[] = [];
    const pausedAt: number[] = [];
    const value = await runInSlices(count(20, seen), {
      budgetMs: 5,
      now: ticking(),
      pause: async () => {
        pausedAt.push(seen.length);
      },
    });
    expect(value).toBe("counted to 20");
    expect(seen).toHaveLength(20);
    // The clock moves 1 ms per read; the slice start and each step read it: a pause every 5 steps.
    expect(pausedAt).toEqual([5, 10, 15, 20]);
  });

  it("never pauses when the work fits into one slice", async () => {
    let pauses = 0;
    await runInSlices(count(3, []), { budgetMs: 1_000, pause: async () => void pauses++ });
    expect(pauses).toBe(0);
  });

  it("gives the main thread back: a timer set before the work runs while it is not done", async () => {
    const order: string[] = [];
    setTimeout(() => order.push("timer"), 0);
    function* long(): Generator<void, void, undefined> {
      const end = performance.now() + 40;
      while (performance.now() < end) yield;
      order.push("work done");
    }
    await runInSlices(long(), { budgetMs: 2, pause: () => new Promise((resolve) => setTimeout(resolve, 0)) });
    expect(order).toEqual(["timer", "work done"]);
  });

  it("rejects with what the generator throws", async () => {
    function* failing(): Generator<void, never, undefined> {
      yield;
      throw new RangeError("office 2 is broken");
    }
    await expect(runInSlices(failing())).rejects.toThrow("office 2 is broken");
  });

  it("stops between slices when the signal aborts", async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const run = runInSlices(count(100, seen), {
      budgetMs: 2,
      now: ticking(),
      signal: controller.signal,
      pause: async () => controller.abort(new Error("the source changed")),
    });
    await expect(run).rejects.toThrow("the source changed");
    expect(seen.length).toBeLessThan(100);
  });
});

describe("runToEnd", () => {
  it("runs the generator at once and returns its value", () => {
    const seen: number[] = [];
    expect(runToEnd(count(4, seen))).toBe("counted to 4");
    expect(seen).toEqual([1, 2, 3, 4]);
  });
});

describe("yieldToMain", () => {
  it("resolves after the tasks already queued", async () => {
    const order: string[] = [];
    setTimeout(() => order.push("timer"), 0);
    await new Promise((resolve) => setTimeout(resolve, 1));
    await yieldToMain();
    order.push("after yield");
    expect(order).toEqual(["timer", "after yield"]);
  });
});

import { rejection } from "@beratungsfinder/test-fixtures";
import { expect } from "@open-wc/testing";
import { WidgetError } from "./failure.js";
import { DEFAULT_TIMEOUT_MS, timedFetch, timeoutMs, withTimeout } from "./with-timeout.js";

const never = <T>() => new Promise<T>(() => {});

describe("timeoutMs", () => {
  it("turns the timeout attribute's seconds into milliseconds", () => {
    expect(timeoutMs(5)).to.equal(5000);
    expect(timeoutMs(0.25)).to.equal(250);
  });

  it("falls back to 20 s for a missing, zero, negative or non-finite value", () => {
    for (const seconds of [undefined, 0, -3, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(timeoutMs(seconds)).to.equal(DEFAULT_TIMEOUT_MS);
    }
    expect(DEFAULT_TIMEOUT_MS).to.equal(20_000);
  });
});

describe("withTimeout", () => {
  it("resolves with what the work gives when it is in time", async () => {
    expect(await withTimeout("the dataset", async () => 42, { timeoutMs: 1000 })).to.equal(42);
  });

  it("rejects with a TIMEOUT WidgetError naming what was loading, and aborts the work's signal", async () => {
    let workSignal: AbortSignal | undefined;
    const error = await rejection(
      withTimeout(
        "the dataset",
        (signal) => {
          workSignal = signal;
          return never();
        },
        { timeoutMs: 30 },
      ),
    );
    expect(error).to.be.instanceOf(WidgetError);
    expect((error as WidgetError).code).to.equal("TIMEOUT");
    expect((error as Error).message).to.match(
      /^Loading the dataset took longer than [\d.]+ s \(the widget's timeout\)\.$/,
    );
    expect(workSignal?.aborted).to.equal(true);
    expect(workSignal?.reason).to.equal(error);
  });

  it("says the timeout in seconds with one decimal", async () => {
    const error = await rejection(withTimeout("the place data", () => never(), { timeoutMs: 1250 }));
    expect((error as Error).message).to.contain("took longer than 1.3 s");
  });

  it("times out even when the work ignores its signal", async () => {
    const started = performance.now();
    const error = await rejection(withTimeout("a code file", () => never(), { timeoutMs: 40 }));
    expect((error as WidgetError).code).to.equal("TIMEOUT");
    expect(performance.now() - started).to.be.below(1000);
  });

  it("passes a failure of the work on as it is", async () => {
    const failure = new TypeError("Failed to fetch");
    expect(await rejection(withTimeout("x", () => Promise.reject(failure), { timeoutMs: 1000 }))).to.equal(
      failure,
    );
    const thrown = new RangeError("at once");
    const sync = () => {
      throw thrown;
    };
    expect(await rejection(withTimeout("x", sync, { timeoutMs: 1000 }))).to.equal(thrown);
  });

  it("rejects with the caller's reason when the caller aborts, before or during the work", async () => {
    const before = new AbortController();
    before.abort(new DOMException("new src", "AbortError"));
    expect(
      await rejection(withTimeout("x", () => never(), { timeoutMs: 1000, signal: before.signal })),
    ).to.equal(before.signal.reason);

    const during = new AbortController();
    let workSignal: AbortSignal | undefined;
    const running = withTimeout(
      "x",
      (signal) => {
        workSignal = signal;
        return never();
      },
      { timeoutMs: 1000, signal: during.signal },
    );
    const reason = new DOMException("gone", "AbortError");
    during.abort(reason);
    expect(await rejection(running)).to.equal(reason);
    expect(workSignal?.aborted).to.equal(true);
  });

  it("leaves no timer behind: work done in time is never aborted later", async () => {
    let workSignal: AbortSignal | undefined;
    await withTimeout(
      "x",
      async (signal) => {
        workSignal = signal;
        return 1;
      },
      { timeoutMs: 20 },
    );
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(workSignal?.aborted).to.equal(false);
  });
});

describe("timedFetch", () => {
  it("fetches what answers in time", async () => {
    const response = await timedFetch(5000)("/packages/widget/package.json");
    expect(response.ok).to.equal(true);
    expect(((await response.json()) as { name: string }).name).to.equal("@beratungsfinder/widget");
  });

  it("gives up on a server that never answers, with the URL in the message", async () => {
    const original = globalThis.fetch;
    let fetchSignal: AbortSignal | undefined;
    globalThis.fetch = ((_: RequestInfo | URL, init?: RequestInit) => {
      fetchSignal = init?.signal ?? undefined;
      return never<Response>();
    }) as typeof fetch;
    try {
      const error = await rejection(timedFetch(30)("https://example.org/offices.json"));
      expect((error as WidgetError).code).to.equal("TIMEOUT");
      expect((error as Error).message).to.contain('Loading "https://example.org/offices.json" took longer');
      expect(fetchSignal?.aborted).to.equal(true);
    } finally {
      globalThis.fetch = original;
    }
  });

  it("still honours the caller's own signal", async () => {
    const original = globalThis.fetch;
    globalThis.fetch = (() => never<Response>()) as typeof fetch;
    try {
      const controller = new AbortController();
      const running = timedFetch(5000)("https://example.org/offices.json", { signal: controller.signal });
      const reason = new DOMException("new src", "AbortError");
      controller.abort(reason);
      expect(await rejection(running)).to.equal(reason);
    } finally {
      globalThis.fetch = original;
    }
  });
});

import { rejection } from "@beratungsfinder/test-fixtures";
import { expect } from "@open-wc/testing";
import { sharedLoad, untilAborted } from "./load-once.js";

// The loads are page-wide, and test files share a page only with themselves: each test uses its own keys.
let run = 0;
const key = (name: string) => `${name} test-${++run}`;

describe("sharedLoad", () => {
  it("starts one load per key, however many ask, and shares its result", async () => {
    const dataset = key("dataset https://example.org/offices.json");
    let started = 0;
    const load = async () => {
      started++;
      return { offices: started };
    };
    const [a, b, c] = await Promise.all([
      sharedLoad(dataset, load),
      sharedLoad(dataset, load),
      sharedLoad(dataset, load),
    ]);
    expect(started).to.equal(1);
    expect(a).to.equal(b);
    expect(b).to.equal(c);
    // Done loads stay shared: a widget added later gets the same result without loading again.
    expect(await sharedLoad(dataset, load)).to.equal(a);
    expect(started).to.equal(1);
  });

  it("keeps different keys apart", async () => {
    const one = await sharedLoad(key("dataset /a.json"), async () => "a");
    const other = await sharedLoad(key("dataset /b.json"), async () => "b");
    expect([one, other]).to.deep.equal(["a", "b"]);
  });

  it("forgets a failed load, so a retry loads again", async () => {
    const geodata = key("geodata /geo/manifest.json");
    const failure = new Error("503");
    expect(await rejection(sharedLoad(geodata, () => Promise.reject(failure)))).to.equal(failure);
    let retried = 0;
    const value = await sharedLoad(geodata, async () => {
      retried++;
      return "loaded";
    });
    expect(value).to.equal("loaded");
    expect(retried).to.equal(1);
  });

  it("gives every waiter of a failing load the same failure", async () => {
    const locale = key("locale ar");
    let reject: (error: Error) => void = () => {};
    const pending = new Promise<string>((_, no) => {
      reject = no;
    });
    const first = sharedLoad(locale, () => pending);
    const second = sharedLoad(locale, () => Promise.resolve("never asked"));
    const failure = new Error("offline");
    reject(failure);
    expect(await rejection(first)).to.equal(failure);
    expect(await rejection(second)).to.equal(failure);
  });
});

describe("untilAborted", () => {
  it("is the promise itself without a signal", () => {
    const promise = Promise.resolve(1);
    expect(untilAborted(promise, undefined)).to.equal(promise);
  });

  it("passes the result and failure of the promise on", async () => {
    const controller = new AbortController();
    expect(await untilAborted(Promise.resolve("data"), controller.signal)).to.equal("data");
    const failure = new Error("bad");
    expect(await rejection(untilAborted(Promise.reject(failure), controller.signal))).to.equal(failure);
  });

  it("rejects with the signal's reason, at once when it is already aborted", async () => {
    const reason = new DOMException("new src", "AbortError");
    expect(await rejection(untilAborted(new Promise(() => {}), AbortSignal.abort(reason)))).to.equal(reason);
  });

  it("lets one widget give up without cancelling the load the others wait for", async () => {
    const dataset = key("dataset /shared.json");
    let resolve: (value: string) => void = () => {};
    const load = () =>
      new Promise<string>((yes) => {
        resolve = yes;
      });
    const leaving = new AbortController();
    const staying = new AbortController();
    const left = untilAborted(sharedLoad(dataset, load), leaving.signal);
    const stayed = untilAborted(sharedLoad(dataset, load), staying.signal);
    const reason = new DOMException("removed", "AbortError");
    leaving.abort(reason);
    expect(await rejection(left)).to.equal(reason);
    resolve("offices");
    expect(await stayed).to.equal("offices");
  });
});

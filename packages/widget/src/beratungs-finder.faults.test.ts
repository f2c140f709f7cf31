import { aTimeout, expect, fixture, html, waitUntil } from "@open-wc/testing";
import { collectBfErrors, fault } from "../test/fault-harness.js";
import { officesFixture } from "../test/fixtures/offices.js";
import { $, mount, NOW, onEachScreen, resultNames, searchFor, settle } from "../test/widget-harness.js";
import type { BeratungsFinder } from "./beratungs-finder.js";

/** The test server's faults (test/fault-server.mjs). */
const hang = (name: string) => `/__faults/hang/${name}`;
const status = (code: number, name: string) => `/__faults/status/${code}/${name}`;

function alertText(el: BeratungsFinder): string {
  return $(el, "[role=alert]")?.textContent?.replace(/\s+/g, " ").trim() ?? "";
}

function officialLinks(el: BeratungsFinder): string[] {
  return [...(el.shadowRoot?.querySelectorAll<HTMLAnchorElement>(".error a") ?? [])].map((a) => a.href);
}

/** A fetch stub: `respond` per call (numbered from 1), calls counted by URL. */
function stubFetch(respond: (url: string, call: number, init?: RequestInit) => Promise<Response>) {
  const calls: string[] = [];
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    calls.push(url);
    return respond(url, calls.length, init);
  }) as typeof fetch;
  return calls;
}

/** A response that never comes; rejects like fetch when the request's signal aborts. */
function never(init?: RequestInit): Promise<Response> {
  return new Promise((_, reject) => {
    init?.signal?.addEventListener("abort", () => reject(init.signal?.reason), { once: true });
  });
}

/** A widget with the test clock, in English, loading its own place data: not yet on the page. */
function widget(attrs: Record<string, string>, data?: object): BeratungsFinder {
  const el = document.createElement("beratungs-finder");
  for (const [name, value] of Object.entries({ lang: "en", ...attrs })) el.setAttribute(name, value);
  el.clock = () => NOW;
  if (data) el.data = data;
  return el;
}

const json = (body: unknown) => Promise.resolve(Response.json(body));

describe("<beratungs-finder> under network faults", () => {
  const realFetch = window.fetch;
  // Registered first, so that it runs first: the faults are released through the real fetch.
  afterEach(() => {
    window.fetch = realFetch;
  });
  const errors = collectBfErrors();

  it("gives up on a dataset server that never answers: error state, official finders, retry, one bf-error", async () => {
    const el = await mount({ src: hang("offices.json"), attrs: { timeout: "0.3" } });
    expect(alertText(el)).to.contain("taking too long");
    expect($(el, ".error .retry-button, .error button")).to.not.equal(null);
    expect(officialLinks(el)).to.include.members([
      "https://bamf-navi.bamf.de/",
      "https://www.jugendmigrationsdienste.de/",
    ]);
    await aTimeout(400);
    expect(errors.map(({ kind, code }) => ({ kind, code }))).to.deep.equal([
      { kind: "dataset", code: "TIMEOUT" },
    ]);
  });

  it("retries after a timeout with a new request, and the hung one is cancelled", async () => {
    const signals: (AbortSignal | null | undefined)[] = [];
    const calls = stubFetch((_url, call, init) => {
      signals.push(init?.signal);
      return call === 1 ? never(init) : json(officesFixture());
    });
    const el = await mount({ src: "/timeout-then-ok.json", attrs: { timeout: "0.2" } });
    expect(alertText(el)).to.contain("taking too long");
    expect(signals[0]?.aborted).to.equal(true);
    ($(el, ".error button") as HTMLButtonElement).click();
    await settle(el);
    expect(calls).to.have.length(2);
    expect($(el, ".error")).to.equal(null);
    await searchFor(el, "10115");
    expect(resultNames(el)).to.have.length(2);
  });

  // 503 on each screen, in English and Arabic: "a server error" below.
  for (const code of [404, 500]) {
    it(`says the data is not available right now on HTTP ${code}, not to check the connection`, async () => {
      const el = await mount({ src: status(code, `offices-${code}.json`) });
      expect(alertText(el)).to.contain("not available right now");
      expect(alertText(el)).to.not.contain("internet connection");
      expect(alertText(el)).to.not.contain("offline");
      expect(errors.map(({ code }) => code)).to.deep.equal(["HTTP_ERROR"]);
      expect((errors[0]?.error as { status?: number } | undefined)?.status).to.equal(code);
    });
  }

  it("says the visitor seems offline when the request fails before any answer", async () => {
    // Nothing listens on port 9 (discard): the browser's fetch rejects with a TypeError.
    const el = await mount({ src: "http://127.0.0.1:9/offices.json" });
    expect(alertText(el)).to.contain("seem to be offline");
    expect(errors.map(({ code }) => code)).to.deep.equal(["FETCH_FAILED"]);
  });

  it("says the visitor seems offline when the browser says so, whatever the status", async () => {
    Object.defineProperty(navigator, "onLine", { configurable: true, get: () => false });
    try {
      const el = await mount({ src: status(503, "offline.json") });
      expect(alertText(el)).to.contain("seem to be offline");
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
    expect(navigator.onLine).to.equal(true);
  });

  it("downloads and parses a dataset once for ten widgets with the same src", async () => {
    const calls = stubFetch(() => json(officesFixture()));
    const absolute = new URL("/shared/offices.json", location.href).href;
    // Relative and absolute spellings of one URL are one file.
    const widgets = Array.from({ length: 10 }, (_, index) =>
      widget({ src: index % 2 ? "/shared/offices.json" : absolute }),
    );
    const parent = await fixture(html`<div>${widgets}</div>`);
    for (const el of widgets) await settle(el);
    expect(calls).to.deep.equal([absolute]);
    expect(new Set(widgets.map((el) => $(el, ".footer")?.textContent)).size).to.equal(1);
    expect(errors).to.deep.equal([]);
    parent.remove();
  });

  it("forgets a failed shared load, so that a retry downloads again", async () => {
    const calls = stubFetch((_url, call) =>
      call === 1 ? Promise.reject(new TypeError("Failed to fetch")) : json(officesFixture()),
    );
    const first = await mount({ src: "/shared/retry.json" });
    expect(alertText(first)).to.contain("offline");
    ($(first, ".error button") as HTMLButtonElement).click();
    await settle(first);
    expect($(first, ".error")).to.equal(null);
    const second = await mount({ src: "/shared/retry.json" });
    expect($(second, ".error")).to.equal(null);
    expect(calls).to.have.length(2);
  });

  it("loads the place data once for ten widgets that search at the same time", async () => {
    const calls = stubFetch(async (url) => {
      await aTimeout(50);
      return url.endsWith(".json") && url.includes("/geo-once/")
        ? new Response("missing", { status: 404 })
        : new Response("?", { status: 400 });
    });
    const widgets = Array.from({ length: 10 }, () =>
      widget({ near: "10115", "geodata-base": "/geo-once/" }, officesFixture()),
    );
    await fixture(html`<div>${widgets}</div>`);
    await waitUntil(() => errors.length === 10, "each widget reports the place data", { timeout: 5000 });
    const files = calls.map((url) => new URL(url).pathname).sort();
    // Ten widgets, one request: the manifest fails, so no piece is asked for.
    expect(files).to.deep.equal(["/geo-once/manifest.json"]);
    expect(new Set(errors.map(({ kind, code }) => `${kind} ${code}`))).to.deep.equal(
      new Set(["geodata GEODATA_UNAVAILABLE"]),
    );
  });

  it("gives up on place data that never arrives, with one bf-error", async () => {
    const calls = stubFetch((_url, _call, init) => never(init));
    const el = widget({ timeout: "0.2", "geodata-base": "/geo-hang/" }, officesFixture());
    await fixture(html`${el}`);
    await settle(el);
    await searchFor(el, "10115");
    await waitUntil(() => errors.length > 0, "bf-error for the place data", { timeout: 3000 });
    expect(errors.map(({ kind, code }) => `${kind} ${code}`)).to.deep.equal(["geodata TIMEOUT"]);
    expect(alertText(el)).to.contain("Place names could not be loaded");
    expect(calls.length).to.be.greaterThan(0);
  });
});

/** A server error's message, and the words of the offline message it must not use, per locale. */
const SERVER_ERROR = {
  en: { says: "not available right now", not: ["internet connection", "offline"] },
  ar: { says: "غير متاحة حاليًا", not: ["الإنترنت", "غير متصل"] },
} as const;

onEachScreen("<beratungs-finder> a server error", ({ lang, dir, width }) => {
  const errors = collectBfErrors();

  it("says the data is not available right now on HTTP 503, not to check the connection, accessible", async () => {
    const el = await mount({ lang, src: status(503, `offices-503-${lang}-${width}.json`) });
    const text = SERVER_ERROR[lang as keyof typeof SERVER_ERROR];
    await waitUntil(() => alertText(el).includes(text.says), `the server error in ${lang}`, {
      timeout: 5000,
    });
    for (const words of text.not) expect(alertText(el)).to.not.contain(words);
    const alert = $(el, "[role=alert]") as HTMLElement;
    expect(getComputedStyle(alert).direction).to.equal(dir);
    const box = alert.getBoundingClientRect();
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(width);
    expect(errors.map(({ code }) => code)).to.deep.equal(["HTTP_ERROR"]);
    await expect(el).to.be.accessible();
  });
});

// The fault server is shared by the test files that run at once: these tests fault Romanian and
// Bulgarian, which no other test file loads.
describe("<beratungs-finder> when a language file fails", () => {
  const errors = collectBfErrors();

  it("shows English, fires bf-error once and loads the language on retry", async () => {
    await fault("arm?path=/generated/locales/ro.&mode=fail");
    const el = await mount({ lang: "ro" });
    await aTimeout(300);
    expect(errors.map(({ kind, code }) => `${kind} ${code}`)).to.deep.equal(["locale CHUNK_UNAVAILABLE"]);
    expect($(el, ".frame")?.getAttribute("lang")).to.equal("en");
    expect(alertText(el)).to.contain("shown in English");
    ($(el, ".notice button") as HTMLButtonElement).click();
    await waitUntil(() => $(el, ".frame")?.getAttribute("lang") === "ro", "Romanian after the retry", {
      timeout: 5000,
    });
    expect($(el, "[role=alert]")).to.equal(null);
    expect(errors).to.have.length(1);
  });

  it("gives up on a language file that never arrives, and takes it on retry once it is there", async () => {
    await fault("arm?path=/generated/locales/bg.&mode=hang");
    const el = await mount({ lang: "bg", attrs: { timeout: "0.3" } });
    expect($(el, ".frame")?.getAttribute("lang")).to.equal("en");
    await aTimeout(400);
    expect(errors.map(({ kind, code }) => `${kind} ${code}`)).to.deep.equal(["locale TIMEOUT"]);
    await fault("release");
    ($(el, ".notice button") as HTMLButtonElement).click();
    await waitUntil(() => $(el, ".frame")?.getAttribute("lang") === "bg", "Bulgarian after the retry", {
      timeout: 5000,
    });
    expect(errors).to.have.length(1);
  });
});

import type { OfficeInput } from "@beratungsfinder/schemas";
import { datasetInput, officeInput, rejection } from "@beratungsfinder/test-fixtures";
import { describe, expect, it } from "vitest";
import { DatasetFetchError, DatasetParseError, DatasetValidationError } from "../errors.js";
import { loadDataset } from "./load-dataset.js";

const office = (id: string, extra: Partial<OfficeInput> = {}) => officeInput({ id, ...extra });
const DATASET = datasetInput([office("a"), office("b")]);

/** A fetch that answers every request with `response`, recording the URLs asked for. */
function stubFetch(response: Response | Error | (() => Promise<Response>)) {
  const urls: string[] = [];
  const fetch = async (input: string | URL | Request): Promise<Response> => {
    urls.push(String(input));
    if (response instanceof Error) throw response;
    if (typeof response === "function") return response();
    return response;
  };
  return { fetch: fetch as typeof globalThis.fetch, urls };
}

describe("loadDataset", () => {
  it("loads an object, validates it and builds the index", async () => {
    const loaded = await loadDataset(DATASET);
    expect(loaded.dataset.offices.map((o) => o.id)).toEqual(["a", "b"]);
    expect(loaded.invalid).toEqual([]);
    expect(loaded.index.located).toHaveLength(2);
  });

  it("parses a string that starts with { as JSON text", async () => {
    const loaded = await loadDataset(`\n  ${JSON.stringify(DATASET)}`);
    expect(loaded.dataset.offices).toHaveLength(2);
  });

  it("fetches a string URL with the injected fetch and passes the signal on", async () => {
    const { fetch, urls } = stubFetch(new Response(JSON.stringify(DATASET), { status: 200 }));
    const loaded = await loadDataset("https://example.org/offices.json", { fetch });
    expect(urls).toEqual(["https://example.org/offices.json"]);
    expect(loaded.dataset.offices).toHaveLength(2);
  });

  it("fetches a URL object", async () => {
    const { fetch, urls } = stubFetch(new Response(JSON.stringify(DATASET)));
    await loadDataset(new URL("https://example.org/data/offices.json"), { fetch });
    expect(urls).toEqual(["https://example.org/data/offices.json"]);
  });

  it("keeps the valid offices when one is broken and reports the broken one with its path", async () => {
    const broken = {
      ...DATASET,
      offices: [office("a"), office("b", { geo: { lat: 10, lon: 6.96 } }), office("c")],
    };
    const loaded = await loadDataset(broken);
    expect(loaded.dataset.offices.map((o) => o.id)).toEqual(["a", "c"]);
    expect(loaded.invalid).toHaveLength(1);
    expect(loaded.invalid[0]?.index).toBe(1);
    expect(loaded.invalid[0]?.issues[0]?.path).toBe("offices[1].geo.lat");
    expect(loaded.index.located.map((entry) => entry.office.id)).toEqual(["a", "c"]);
    // The result shape: `value` is the dataset, `issues` every issue of the offices left out.
    expect(loaded.value).toBe(loaded.dataset);
    expect(loaded.issues).toEqual(loaded.invalid[0]?.issues);
    expect(loaded.issues[0]).toMatchObject({ code: "too_small", path: "offices[1].geo.lat" });
  });

  it("rejects a 404 with an HTTP_ERROR naming the URL and status", async () => {
    const { fetch } = stubFetch(new Response("gone", { status: 404, statusText: "Not Found" }));
    const error = await rejection(loadDataset("https://example.org/missing.json", { fetch }));
    expect(error).toBeInstanceOf(DatasetFetchError);
    expect(error).toMatchObject({
      code: "HTTP_ERROR",
      status: 404,
      url: "https://example.org/missing.json",
      message: '[GET] "https://example.org/missing.json": 404 Not Found',
    });
  });

  it("rejects a network failure with FETCH_FAILED and the cause", async () => {
    const cause = new TypeError("fetch failed");
    const { fetch } = stubFetch(cause);
    const error = await rejection(loadDataset("https://example.org/offices.json", { fetch }));
    expect(error).toBeInstanceOf(DatasetFetchError);
    expect(error).toMatchObject({
      code: "FETCH_FAILED",
      message: 'Could not fetch the dataset from "https://example.org/offices.json": fetch failed',
      cause,
    });
  });

  it("rejects a fetch that resolves to something other than a Response", async () => {
    const fetch = (async () => undefined) as unknown as typeof globalThis.fetch;
    const error = await rejection(loadDataset("https://example.org/offices.json", { fetch }));
    expect(error).toBeInstanceOf(DatasetFetchError);
    expect(error).toMatchObject({ code: "FETCH_FAILED" });
  });

  it("rejects with ABORTED when the signal aborts during the download", async () => {
    const controller = new AbortController();
    const { fetch } = stubFetch(() => {
      controller.abort();
      return Promise.reject(new DOMException("This operation was aborted", "AbortError"));
    });
    const error = await rejection(
      loadDataset("https://example.org/offices.json", { fetch, signal: controller.signal }),
    );
    expect(error).toBeInstanceOf(DatasetFetchError);
    expect(error).toMatchObject({ code: "ABORTED" });
  });

  it("does not fetch at all when the signal is already aborted", async () => {
    const { fetch, urls } = stubFetch(new Response("{}"));
    const error = await rejection(
      loadDataset("https://example.org/a.json", { fetch, signal: AbortSignal.abort() }),
    );
    expect(error).toMatchObject({ code: "ABORTED" });
    expect(urls).toEqual([]);
  });

  it("rejects bad JSON with the line and column of the error", async () => {
    const text = '{\n  "schemaVersion": "1.0",\n  "name" "Test"\n}';
    const { fetch } = stubFetch(new Response(text));
    const error = await rejection(loadDataset("https://example.org/offices.json", { fetch }));
    expect(error).toBeInstanceOf(DatasetParseError);
    expect(error).toMatchObject({ code: "INVALID_JSON", line: 3, column: 10 });
    expect((error as Error).message).toContain(
      '"https://example.org/offices.json" is not valid JSON at line 3, column 10',
    );
  });

  it("refuses a downloaded dataset that is not UTF-8 instead of reading it with U+FFFD", async () => {
    const json = JSON.stringify({ ...DATASET, name: "Beratung Köln-Mülheim" });
    const latin1 = Uint8Array.from(json, (char) => char.charCodeAt(0));
    const { fetch } = stubFetch(new Response(latin1));
    const error = await rejection(loadDataset("https://example.org/offices.json", { fetch }));
    expect(error).toBeInstanceOf(DatasetParseError);
    expect(error).toMatchObject({ code: "INVALID_JSON", line: 1, column: json.indexOf("ö") + 1 });
    expect((error as Error).message).toContain(
      `The dataset from "https://example.org/offices.json" is not valid UTF-8 at line 1, column ${json.indexOf("ö") + 1}; save it as UTF-8`,
    );
    // The byte order mark of UTF-8 is fine.
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(json)]);
    const loaded = await loadDataset("https://example.org/offices.json", {
      fetch: stubFetch(new Response(bom)).fetch,
    });
    expect(loaded.dataset.name).toBe("Beratung Köln-Mülheim");
  });

  it("refuses a downloaded dataset holding U+FFFD with its line and column", async () => {
    const damaged = `{\n  "name": "K\uFFFDln"}`;
    for (const response of [
      new Response(damaged),
      // A stand-in with only text(), as some proxies and tests give.
      { ok: true, status: 200, text: async () => damaged } as unknown as Response,
    ]) {
      const error = await rejection(
        loadDataset("https://example.org/offices.json", { fetch: stubFetch(response).fetch }),
      );
      expect(error).toBeInstanceOf(DatasetParseError);
      expect(error).toMatchObject({ code: "INVALID_JSON", line: 2, column: 13 });
      expect((error as Error).message).toContain(
        'The dataset from "https://example.org/offices.json" holds the replacement character U+FFFD at line 2, column 13',
      );
    }
  });

  it("reports a truncated JSON text at its end", async () => {
    const error = await rejection(loadDataset('{\n  "offices": ['));
    expect(error).toMatchObject({ code: "INVALID_JSON", line: 2, column: 15 });
  });

  it.each([
    ["null", null, "null"],
    ["a number", 42, "42"],
    ["an array", [DATASET], "a list of 1 item"],
    ["a boolean", true, "true"],
    ["undefined", undefined, "nothing"],
  ])("rejects %s with a DatasetValidationError, never a TypeError", async (_, input, received) => {
    const error = await rejection(loadDataset(input as object));
    expect(error).toBeInstanceOf(DatasetValidationError);
    expect(error).toMatchObject({ code: "INVALID_DATASET" });
    expect((error as Error).message).toContain(`received ${received}`);
    expect((error as DatasetValidationError).issues).toEqual([
      expect.objectContaining({ code: "not_a_dataset", path: "", received }),
    ]);
  });

  it("rejects 30,000 nested brackets with a clear error, never a RangeError", async () => {
    const unclosed = await rejection(loadDataset("[".repeat(30_000)));
    expect(unclosed).toMatchObject({ code: "INVALID_JSON", line: 1, column: 30_001 });
    const closed = await rejection(loadDataset(`${"[".repeat(30_000)}${"]".repeat(30_000)}`));
    expect(closed).toBeInstanceOf(DatasetValidationError);
    expect((closed as Error).message).toMatch(/expected a dataset object .*, received a list of 1 item/);
  });

  it("rejects a JSON array text as not a dataset", async () => {
    const error = await rejection(loadDataset("[1, 2]"));
    expect(error).toMatchObject({ code: "INVALID_DATASET" });
  });

  it("rejects an empty string", async () => {
    const error = await rejection(loadDataset("   "));
    expect(error).toBeInstanceOf(DatasetValidationError);
  });

  it("wraps an unusable top level into a DatasetValidationError with issues", async () => {
    const error = await rejection(loadDataset({ ...DATASET, offices: "none" }));
    expect(error).toBeInstanceOf(DatasetValidationError);
    expect((error as DatasetValidationError).issues.some((issue) => issue.path === "offices")).toBe(true);
  });

  it("reports another major schema version as UNSUPPORTED_SCHEMA_VERSION", async () => {
    const error = await rejection(loadDataset({ ...DATASET, schemaVersion: "2.0" }));
    expect(error).toMatchObject({ code: "UNSUPPORTED_SCHEMA_VERSION" });
  });
});

describe("loadDataset in slices", () => {
  const large = () => ({
    ...DATASET,
    offices: Array.from({ length: 4_000 }, (_, n) => office(`office-${n}`)),
  });

  it("lets other tasks run while it validates a large dataset (issue 15: 100k offices froze the page)", async () => {
    let validating = true;
    let ranDuring = false;
    const timer = setTimeout(() => {
      ranDuring = validating;
    }, 0);
    const loaded = await loadDataset(large());
    validating = false;
    clearTimeout(timer);
    expect(loaded.dataset.offices).toHaveLength(4_000);
    expect(ranDuring).toBe(true);
  });

  it("stops validating when the signal aborts, with an ABORTED error", async () => {
    const controller = new AbortController();
    const loading = loadDataset(large(), { signal: controller.signal });
    setTimeout(() => controller.abort(), 0);
    await expect(loading).rejects.toMatchObject({ name: "DatasetFetchError", code: "ABORTED" });
  });
});

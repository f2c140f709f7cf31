import { expect } from "@open-wc/testing";
import { startDatasetDownload } from "./dataset-download.js";

describe("startDatasetDownload", () => {
  const realFetch = globalThis.fetch;
  let calls: { url: string; signal: AbortSignal | null | undefined }[];

  beforeEach(() => {
    calls = [];
    globalThis.fetch = (async (url: string, init?: RequestInit) => {
      calls.push({ url, signal: init?.signal });
      return new Response("{}");
    }) as typeof fetch;
  });
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it("fetches a URL at once, with the request's signal, as loadDataset would", async () => {
    const signal = new AbortController().signal;
    const download = startDatasetDownload("  /data/offices.json", signal);
    expect(calls).to.deep.equal([{ url: "/data/offices.json", signal }]);
    expect(await (await download)?.text()).to.equal("{}");
    startDatasetDownload(new URL("https://example.org/offices.json"), signal);
    expect(calls[1]?.url).to.equal("https://example.org/offices.json");
  });

  it("leaves JSON text, objects and empty strings to loadDataset", () => {
    const signal = new AbortController().signal;
    for (const source of ['{"schemaVersion":"1.0"}', " [1]", "", "   ", { offices: [] }]) {
      expect(startDatasetDownload(source, signal)).to.equal(undefined);
    }
    expect(calls).to.deep.equal([]);
  });

  it("does not leave a failed download as an unhandled rejection", async () => {
    globalThis.fetch = (() => Promise.reject(new TypeError("offline"))) as typeof fetch;
    let unhandled = 0;
    const count = () => unhandled++;
    window.addEventListener("unhandledrejection", count);
    startDatasetDownload("/data/offices.json", new AbortController().signal);
    await new Promise((resolve) => setTimeout(resolve, 50));
    window.removeEventListener("unhandledrejection", count);
    expect(unhandled).to.equal(0);
  });
});

/** Faults for the browser tests: the test server's fault switch, code modules on a URL of their own, a published folder served from memory, and every `bf-error` a test fires. */
import { encodePublished } from "@beratungsfinder/core";
import { type Dataset, parseDataset } from "@beratungsfinder/schemas";
import type { BfErrorDetail } from "../src/events/bf-error.js";
import { officesFixture } from "./fixtures/offices.js";

/** Arms or releases a fault of the test server (test/fault-server.mjs), e.g. `arm?path=…&mode=hang`. */
export const fault = (query: string) => fetch(`/__faults/${query}`).then((response) => response.text());

/**
 * Maps the module at `url` to a URL of its own (`url?mark`, an import map), so that a fault armed for
 * `mark` hits only this page: the fault server is shared by the test files that run at once.
 */
export function mapToOwnUrl(url: string, mark: string): void {
  const map = document.createElement("script");
  map.type = "importmap";
  map.textContent = JSON.stringify({ imports: { [url]: `${url}?${mark}` } });
  document.head.append(map);
}

/**
 * Every `bf-error` detail while a test of the enclosing `describe` runs (emptied before each); after
 * each test the listener goes and the test server's faults are released.
 */
export function collectBfErrors(): BfErrorDetail[] {
  const errors: BfErrorDetail[] = [];
  const collect = (event: Event) => errors.push((event as CustomEvent<BfErrorDetail>).detail);
  beforeEach(() => {
    errors.length = 0;
    document.addEventListener("bf-error", collect);
  });
  afterEach(async () => {
    document.removeEventListener("bf-error", collect);
    await fault("release");
  });
  return errors;
}

/** Not SHA-256, but as good for names in a test: 64 hex digits that change with the text. */
function fakeSha256(text: string): string {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619) >>> 0;
  return hash.toString(16).padStart(8, "0").repeat(8);
}

/**
 * The fixture's offices (or `dataset`) as a published folder under `folder` (e.g. "/published/"), served
 * from memory by a stubbed fetch: its files by path (`texts`, editable), the paths asked for, the path of
 * the file whose name starts with a prefix, and `restore` for the real fetch. Files for which `hold` is
 * true are answered only after `release()`.
 */
export function servePublishedFolder(
  folder: string,
  options: { dataset?: Dataset; hold?: (path: string) => boolean } = {},
) {
  const dataset = options.dataset ?? (parseDataset(officesFixture(), { strict: true }).dataset as Dataset);
  const { manifest, files } = encodePublished(dataset, { sha256: fakeSha256, builtAt: new Date(0) });
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const texts = new Map(files.map((file) => [file.path, file.text]));
  texts.set("manifest.json", JSON.stringify(manifest));
  const requests: string[] = [];
  const original = window.fetch;
  window.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (!url.pathname.startsWith(folder)) return original(input, init);
    const path = url.pathname.slice(folder.length);
    requests.push(path);
    if (options.hold?.(path)) await released;
    const text = texts.get(path);
    return text === undefined
      ? new Response("Not found", { status: 404, statusText: "Not Found" })
      : new Response(text, { headers: { "content-type": "application/json" } });
  };
  const file = (prefix: string) => [...texts.keys()].find((path) => path.startsWith(prefix)) as string;
  return { texts, requests, file, release, restore: () => (window.fetch = original) };
}

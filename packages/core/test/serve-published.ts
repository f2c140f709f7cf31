import { createHash } from "node:crypto";
import type { Dataset } from "@beratungsfinder/schemas";
import {
  type EncodePublishedOptions,
  encodePublished,
  manifestJson,
} from "../src/publish/encode-published.js";

/** Where {@link servePublished} serves its folder. */
export const PUBLISHED_BASE = "https://example.org/published/";

/** SHA-256 in hex digits, as the CLI hashes file names. */
export const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * A dataset published into memory and served by a `fetch` for `openPublished`; `change` may alter the
 * files first (to damage one), and `requests` records every path fetched, in order.
 */
export function servePublished(
  dataset: Dataset,
  options: {
    derived?: EncodePublishedOptions["derived"];
    change?: (files: Map<string, string>) => void;
  } = {},
) {
  const { manifest, files } = encodePublished(dataset, {
    sha256,
    builtAt: new Date("2026-03-01T10:00:00Z"),
    ...(options.derived ? { derived: options.derived } : {}),
  });
  const texts = new Map(files.map((file) => [file.path, file.text]));
  texts.set("manifest.json", manifestJson(manifest));
  options.change?.(texts);
  const requests: string[] = [];
  const fetch = (async (input: URL | string) => {
    const path = String(input).slice(PUBLISHED_BASE.length);
    requests.push(path);
    const text = texts.get(path);
    return text === undefined
      ? new Response("missing", { status: 404, statusText: "Not Found" })
      : new Response(text);
  }) as typeof globalThis.fetch;
  return { manifest, texts, requests, fetch };
}

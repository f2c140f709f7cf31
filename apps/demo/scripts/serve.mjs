#!/usr/bin/env node
// The demo site's static server: node:http, no dependencies, 127.0.0.1 only. It serves dist/ (built by
// scripts/build.mjs) with the right content types, sends a strict Content-Security-Policy on the
// strict-CSP example, compresses with Brotli (gzip for clients without it), and has one deliberately
// unreliable route for the failing-dataset example.
// Every file gets an ETag (a second visit revalidates with 304s); the content-hashed files of a
// published folder (`index-50.3f2a9c1b7e.json`) and the widget's shared chunks (`chunks/shared-3mhwb4f5.js`)
// are sent as immutable, so they are not even revalidated.
//
//   node scripts/serve.mjs            PORT=8080 node scripts/serve.mjs
//   import { startServer } from "./serve.mjs"; const { url, close } = await startServer({ port: 0 });
import { createReadStream, existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { brotliCompress, constants, createGzip } from "node:zlib";

const DIST = resolve(fileURLToPath(new URL("..", import.meta.url)), "dist");

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  // JSON is UTF-8 by definition; RFC 8259 defines no charset parameter for it.
  ".json": "application/json",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".map": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};
const COMPRESSIBLE = new Set([
  ".html",
  ".js",
  ".mjs",
  ".json",
  ".css",
  ".svg",
  ".map",
  ".txt",
  ".md",
  ".csv",
]);

/**
 * No referrer for links and requests from the demo's pages and style sheets. The header only acts on
 * documents and style sheets (a script's and a fetch's requests follow their page's policy), so the
 * widget's code and data files are sent without it.
 */
const REFERRER_POLICY = "no-referrer";
const REFERRER_POLICY_TYPES = new Set([".html", ".css", ".svg"]);

/**
 * The policy a site embedding the widget can send: everything from its own origin, nothing inline,
 * no eval. Lit's styles are constructable stylesheets (adoptedStyleSheets), which style-src does not
 * block, so no 'unsafe-inline' is needed.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
  "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/**
 * Pages served with {@link STRICT_CSP}: the strict-CSP example, and the two bundled examples, because a
 * site that bundles the widget itself deserves the same guarantee.
 */
export const STRICT_CSP_PAGES = new Set([
  "/examples/strict-csp.html",
  "/examples/npm-bundler.html",
  "/examples/react.html",
]);

/**
 * Names that carry a hash of their content, so they never change and caches keep them: the files of a
 * published folder and the geodata pieces (core's `hashedName`, `index-50.3f2a9c1b7e.json`), and the
 * widget's shared code chunks (the CDN build's `chunks/shared-[hash]`, base 36, `shared-3mhwb4f5.js`). The other files
 * of the CDN folder keep their names from version to version and are revalidated.
 */
const CONTENT_HASHED = /\.[0-9a-f]{10}\.json$|\/chunks\/shared-[0-9a-z]{8}\.js$/;
export const IMMUTABLE = "public, max-age=31536000, immutable";

/**
 * Brotli, as CDNs and most servers send it to every browser that asks (all current ones do, also on
 * 127.0.0.1): about 12 % smaller than gzip on the widget's code and the published folder. Each file
 * is compressed once at the highest quality and kept (by path, size and time), as a build step that
 * writes `.br` files would; files over `BROTLI_BEST_UP_TO` get a quicker level, so the first request
 * of a large raw dataset does not wait seconds for the compressor.
 */
const BROTLI_BEST_UP_TO = 1024 * 1024;
const compressBrotli = promisify(brotliCompress);
const brotliCache = new Map();
async function brotliOf(file, info) {
  const key = `${file}:${info.size}:${info.mtimeMs}`;
  let body = brotliCache.get(key);
  if (!body) {
    const data = await readFile(file);
    const quality = data.length <= BROTLI_BEST_UP_TO ? constants.BROTLI_MAX_QUALITY : 5;
    body = compressBrotli(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    });
    brotliCache.set(key, body);
    body.catch(() => brotliCache.delete(key));
  }
  return body;
}

/** Every second request to this dataset fails, so the failing-dataset page shows the error state and its retry works. */
const FLAKY_DATASET = "/data/flaky-dataset.json";

/**
 * Starts the server. With `port: 0` the system picks a free port; with a busy port the next ones are tried.
 * @param {{ port?: number, host?: string, root?: string, log?: boolean }} [options]
 * @returns {Promise<{ url: string, port: number, server: import("node:http").Server, close: () => Promise<void> }>}
 */
export async function startServer({ port = 4173, host = "127.0.0.1", root = DIST, log = false } = {}) {
  if (!existsSync(join(root, "index.html"))) {
    throw new Error(
      `The demo site has not been built: ${join(root, "index.html")} is missing. ` +
        "Run `pnpm --filter @beratungsfinder/demo build` (or `pnpm start` from the repository root).",
    );
  }
  let flakyRequests = 0;

  const server = createServer(async (req, res) => {
    const started = Date.now();
    res.on("finish", () => {
      if (log) console.log(`${req.method} ${req.url} ${res.statusCode} ${Date.now() - started} ms`);
    });
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" });
      res.end("Method not allowed\n");
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    } catch {
      res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Bad request\n");
      return;
    }

    // HTTP/1.1 connections stay open without `Connection: keep-alive` and `Keep-Alive: timeout=5`,
    // which Node adds to every response (about 45 bytes each; the server still closes idle ones).
    res.removeHeader("Connection");
    const headers = {
      "Cache-Control": "no-cache",
      "X-Content-Type-Options": "nosniff",
    };
    if (STRICT_CSP_PAGES.has(pathname)) headers["Content-Security-Policy"] = STRICT_CSP;

    if (pathname === FLAKY_DATASET) {
      flakyRequests += 1;
      headers["Cache-Control"] = "no-store";
      if (flakyRequests % 2 === 1) {
        res.writeHead(503, { ...headers, "Content-Type": "text/plain; charset=utf-8", "Retry-After": "1" });
        res.end("Service unavailable (this demo route fails every second request on purpose)\n");
        return;
      }
      pathname = "/data/demo-dataset.json";
    }

    let file = resolve(root, `.${normalize(pathname)}`);
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Forbidden\n");
      return;
    }
    let info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      if (!pathname.endsWith("/")) {
        res.writeHead(301, { Location: `${pathname}/` });
        res.end();
        return;
      }
      file = join(file, "index.html");
      info = await stat(file).catch(() => null);
    }
    if (!info?.isFile()) {
      const notFound = join(root, "404.html");
      res.writeHead(404, {
        ...headers,
        "Content-Type": CONTENT_TYPES[".html"],
        "Referrer-Policy": REFERRER_POLICY,
      });
      if (req.method === "HEAD" || !existsSync(notFound))
        res.end(req.method === "HEAD" ? undefined : "Not found\n");
      else createReadStream(notFound).pipe(res);
      return;
    }

    const ext = extname(file).toLowerCase();
    headers["Content-Type"] = CONTENT_TYPES[ext] ?? "application/octet-stream";
    if (REFERRER_POLICY_TYPES.has(ext)) headers["Referrer-Policy"] = REFERRER_POLICY;
    if (CONTENT_HASHED.test(pathname)) headers["Cache-Control"] = IMMUTABLE;
    const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    headers.ETag = etag;
    const known = String(req.headers["if-none-match"] ?? "").split(/\s*,\s*/);
    if (known.includes(etag) || known.includes("*")) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    const accepted = String(req.headers["accept-encoding"] ?? "");
    if (COMPRESSIBLE.has(ext) && /\bbr\b/.test(accepted)) {
      let body;
      try {
        body = await brotliOf(file, info);
      } catch {
        res.destroy();
        return;
      }
      headers["Content-Encoding"] = "br";
      headers.Vary = "Accept-Encoding";
      headers["Content-Length"] = String(body.length);
      res.writeHead(200, headers);
      res.end(req.method === "HEAD" ? undefined : body);
      return;
    }
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(accepted);
    if (gzip) {
      headers["Content-Encoding"] = "gzip";
      headers.Vary = "Accept-Encoding";
    } else {
      headers["Content-Length"] = String(info.size);
    }
    res.writeHead(200, headers);
    if (req.method === "HEAD") {
      res.end();
      return;
    }
    const stream = createReadStream(file);
    stream.on("error", () => res.destroy());
    (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
  });

  const boundPort = await listen(server, port, host);
  const url = `http://${host}:${boundPort}/`;
  return {
    url,
    port: boundPort,
    server,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections?.();
        server.close(() => done());
      }),
  };
}

/** Listens on `port`, or on the next of 20 ports when it is taken. */
async function listen(server, port, host) {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const candidate = port === 0 ? 0 : port + attempt;
    try {
      await new Promise((done, fail) => {
        const onError = (error) => {
          server.off("listening", onListening);
          fail(error);
        };
        const onListening = () => {
          server.off("error", onError);
          done();
        };
        server.once("error", onError);
        server.once("listening", onListening);
        server.listen(candidate, host);
      });
      return server.address().port;
    } catch (error) {
      if (error.code !== "EADDRINUSE" || port === 0) throw error;
    }
  }
  throw new Error(`Ports ${port}–${port + 19} on ${host} are all in use; set PORT to a free port.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const port = process.env.PORT ? Number(process.env.PORT) : 4173;
  try {
    const { url } = await startServer({ port, log: process.env.LOG === "1" });
    console.log(`Beratungsfinder demo: ${url}`);
    console.log("Press Ctrl+C to stop.");
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

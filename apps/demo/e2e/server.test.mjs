// The demo server itself, on a throw-away folder: content types, the strict CSP on its page only, the
// flaky dataset route, and no way out of the served folder.
import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { Agent, get as httpGet } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { IMMUTABLE, STRICT_CSP, startServer } from "../scripts/serve.mjs";

describe("demo server", () => {
  let root;
  let server;

  before(async () => {
    root = await mkdtemp(join(tmpdir(), "bf-demo-"));
    await mkdir(join(root, "examples"));
    await mkdir(join(root, "data"));
    await mkdir(join(root, "cdn"));
    await writeFile(join(root, "index.html"), "<!doctype html><title>home</title>");
    await writeFile(join(root, "examples", "strict-csp.html"), "<!doctype html><title>csp</title>");
    await writeFile(join(root, "data", "demo-dataset.json"), '{"offices":[]}');
    await writeFile(join(root, "cdn", "beratungs-finder.js"), "export {};");
    await writeFile(join(root, "cdn", "logo.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
    await writeFile(join(root, "site.css"), "body{}");
    await writeFile(join(root, "data", "index-50.3f2a9c1b7e.json"), '{"id":[]}');
    await mkdir(join(root, "cdn", "chunks"));
    await writeFile(join(root, "cdn", "chunks", "shared-3mhwb4f5.js"), "export {};");
    await writeFile(join(root, "cdn", "chunks", "office-details.js"), "export {};");
    server = await startServer({ port: 0, root });
  });

  after(async () => {
    await server?.close();
    await rm(root, { recursive: true, force: true });
  });

  const get = (path, init) => fetch(new URL(path, server.url), init);

  it("sends an ETag and answers a repeated request with 304 Not Modified", async () => {
    const first = await get("/data/demo-dataset.json");
    const etag = first.headers.get("etag");
    assert.match(etag ?? "", /^W\/"[0-9a-f]+-[0-9a-f]+"$/);
    assert.equal(first.headers.get("cache-control"), "no-cache");
    const again = await get("/data/demo-dataset.json", { headers: { "If-None-Match": etag } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), "");
  });

  it("sends content-hashed files of a published folder as immutable", async () => {
    const response = await get("/data/index-50.3f2a9c1b7e.json");
    assert.equal(response.status, 200);
    assert.equal(response.headers.get("cache-control"), IMMUTABLE);
    assert.equal(IMMUTABLE, "public, max-age=31536000, immutable");
  });

  it("compresses with Brotli when the browser accepts it, else with gzip", async () => {
    const brotli = await get("/data/demo-dataset.json", { headers: { "Accept-Encoding": "gzip, br" } });
    assert.equal(brotli.headers.get("content-encoding"), "br");
    assert.equal(await brotli.text(), '{"offices":[]}');
    const again = await get("/data/demo-dataset.json", { headers: { "Accept-Encoding": "br" } });
    assert.equal(await again.text(), '{"offices":[]}');
    const gzip = await get("/data/demo-dataset.json", { headers: { "Accept-Encoding": "gzip" } });
    assert.equal(gzip.headers.get("content-encoding"), "gzip");
    assert.equal(await gzip.text(), '{"offices":[]}');
  });

  it("sends the widget's content-hashed shared chunks as immutable, and revalidates its named files", async () => {
    const shared = await get("/cdn/chunks/shared-3mhwb4f5.js");
    assert.equal(shared.status, 200);
    assert.equal(shared.headers.get("cache-control"), IMMUTABLE);
    // A lazily loaded chunk and the main file keep their names across versions: always asked again.
    for (const path of ["/cdn/chunks/office-details.js", "/cdn/beratungs-finder.js"]) {
      const response = await get(path);
      assert.equal(response.headers.get("cache-control"), "no-cache", path);
      assert.ok(response.headers.get("etag"), path);
    }
  });

  it("listens on 127.0.0.1", () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it("serves each file type with its content type", async () => {
    const expected = {
      "/": "text/html; charset=utf-8",
      "/cdn/beratungs-finder.js": "text/javascript; charset=utf-8",
      "/data/demo-dataset.json": "application/json",
      "/site.css": "text/css; charset=utf-8",
      "/cdn/logo.svg": "image/svg+xml",
    };
    for (const [path, type] of Object.entries(expected)) {
      const response = await get(path);
      assert.equal(response.status, 200, path);
      assert.equal(response.headers.get("content-type"), type, path);
    }
  });

  it("keeps connections open without Connection and Keep-Alive headers", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const request = (path) =>
      new Promise((done, fail) => {
        const req = httpGet(new URL(path, server.url), { agent }, (response) => {
          response.resume();
          response.on("end", () => done({ headers: response.headers, reused: req.reusedSocket }));
        });
        req.on("error", fail);
      });
    try {
      const first = await request("/data/index-50.3f2a9c1b7e.json");
      const second = await request("/cdn/beratungs-finder.js");
      for (const { headers } of [first, second]) {
        assert.equal(headers.connection, undefined);
        assert.equal(headers["keep-alive"], undefined);
        assert.ok(headers.date, "an origin server sends Date (RFC 9110)");
      }
      assert.equal(second.reused, true);
    } finally {
      agent.destroy();
    }
  });

  it("sends Referrer-Policy and nosniff on pages and style sheets, and only nosniff on code and data", async () => {
    for (const path of ["/", "/site.css", "/nope.html"]) {
      const response = await get(path);
      assert.equal(response.headers.get("referrer-policy"), "no-referrer", path);
      assert.equal(response.headers.get("x-content-type-options"), "nosniff", path);
    }
    for (const path of ["/cdn/beratungs-finder.js", "/data/index-50.3f2a9c1b7e.json"]) {
      const response = await get(path);
      assert.equal(response.headers.get("referrer-policy"), null, path);
      assert.equal(response.headers.get("x-content-type-options"), "nosniff", path);
    }
  });

  it("sends the strict Content-Security-Policy on the strict-CSP and bundled example pages only", async () => {
    const strict = await get("/examples/strict-csp.html");
    assert.equal(strict.headers.get("content-security-policy"), STRICT_CSP);
    assert.doesNotMatch(STRICT_CSP, /unsafe-(inline|eval)/);
    assert.match(STRICT_CSP, /default-src 'self'/);
    assert.equal((await get("/")).headers.get("content-security-policy"), null);
  });

  it("fails every second request for the flaky dataset", async () => {
    const first = await get("/data/flaky-dataset.json");
    assert.equal(first.status, 503);
    const second = await get("/data/flaky-dataset.json");
    assert.equal(second.status, 200);
    assert.deepEqual(await second.json(), { offices: [] });
    assert.equal((await get("/data/flaky-dataset.json")).status, 503);
  });

  it("answers 404 for missing files and never serves files outside its folder", async () => {
    assert.equal((await get("/nope.js")).status, 404);
    assert.notEqual((await get("/%2e%2e/%2e%2e/etc/passwd")).status, 200);
    assert.notEqual((await get("/..%2f..%2fetc%2fpasswd")).status, 200);
    assert.notEqual((await get("/../../etc/passwd")).status, 200);
  });

  it("tries the next port when the wanted one is taken", async () => {
    const other = await startServer({ port: server.port, root });
    try {
      assert.notEqual(other.port, server.port);
    } finally {
      await other.close();
    }
  });
});

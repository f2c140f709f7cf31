import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { BeratungsfinderError } from "../errors.js";
import { realGeocoder, realGeoData } from "./fixtures/real-geodata.js";
import { createGeocoder } from "./geocoder.js";
import { deltaDecode, deltaEncode } from "./geodata-format.js";
import { loadGeocoder } from "./load-geocoder.js";
import { decodeIntegers, encodeIntegers } from "./number-text.js";

const data = realGeoData();
const files: Record<string, unknown> = { "manifest.json": data.manifest, ...data.pieces };

function fakeFetch(respond: (url: string) => Response | Promise<Response>): typeof fetch {
  return (async (input: string | URL | Request) => respond(String(input))) as typeof fetch;
}

const fileOf = (url: string) => url.split("/").pop() ?? "";

/** Serves the real pieces and records which files were asked for. */
function folder(options: { missing?: (file: string) => boolean } = {}) {
  const requested: string[] = [];
  const fetch = fakeFetch((url) => {
    const file = fileOf(url);
    requested.push(file);
    return file in files && !options.missing?.(file)
      ? Response.json(files[file])
      : new Response("not found", { status: 404, statusText: "Not Found" });
  });
  return { requested, fetch };
}

const pieceOf = (kind: "postcodes" | "names", start: string) =>
  Object.keys(data.pieces).find((file) => file.startsWith(`${kind}-${start}.`));

describe("loadGeocoder", () => {
  it("fetches only the manifest, then only the pieces a query needs, each once", async () => {
    const { requested, fetch } = folder();
    const geocoder = await loadGeocoder({ baseUrl: "https://cdn.example.org/widget/geodata", fetch });
    expect(requested).toEqual(["manifest.json"]);

    expect((await geocoder.lookup("50667"))[0]?.label).toBe("50667 Köln, Nordrhein-Westfalen");
    expect(requested).toEqual(["manifest.json", pieceOf("postcodes", "50")]);

    await geocoder.lookup("50668");
    expect(requested).toHaveLength(2);
    const [koeln] = await geocoder.lookup("Köln");
    expect(koeln?.name).toBe("Köln");
    expect(requested.slice(2).every((file) => file.startsWith("names-"))).toBe(true);
    expect(requested.length).toBeLessThanOrEqual(4);
  });

  it("answers as the geocoder over all the data does: names, other names, districts, typos, partial postcodes", async () => {
    const whole = realGeocoder();
    const { fetch } = folder();
    const geocoder = await loadGeocoder({ baseUrl: "https://cdn.example.org/", fetch });
    const queries = [
      ...[
        "Köln",
        "Koeln",
        "Munich",
        "Cologne",
        "Кёльн",
        "كولونيا",
        "Münih",
        "Neukölln",
        "Altona",
        "Ehrenfeld",
      ],
      ...[
        "Hamburg Altona",
        "Berlin Neukölln",
        "Köln-Ehrenfeld",
        "Neuenkirchen, Steinfurt",
        "Frankfurt am Main",
      ],
      ...[
        "Muenchn",
        "Dusseldrof",
        "Jungholz",
        "Öhringen",
        "Ohringen",
        "Bad Tölz",
        "Sankt Ingbert",
        "St. Ingbert",
      ],
      ...["10117", "99090", "1011", "5", "87491", "Frankfurter", "Zzyzx", "Xanten", "Yach"],
    ];
    for (const query of queries) {
      expect(await geocoder.lookup(query), query).toEqual(whole.geocode(query));
    }
    for (const prefix of ["Kö", "Neuk", "Mun", "Дюс", "10", "5", "Dusseldrof", "Muenchn"]) {
      expect(await geocoder.lookupSuggestions(prefix, 8), prefix).toEqual(whole.suggest(prefix, 8));
    }
  });

  it.each([
    ["Köln", 6],
    ["50667", 4],
    ["Neukölln", 8],
    ["Munich", 8],
    ["Muenchn", 8],
  ])("fetches at most a few KiB of gzip for a first search for %s (≤ %i KiB)", async (query, kib) => {
    const { requested, fetch } = folder();
    const geocoder = await loadGeocoder({ baseUrl: "https://cdn.example.org/", fetch });
    expect((await geocoder.lookup(query))[0]).toBeDefined();
    const bytes = requested.reduce((sum, file) => sum + gzipSync(JSON.stringify(files[file])).length, 0);
    expect(bytes).toBeLessThanOrEqual(kib * 1024);
  });

  it("names a piece that is missing, and fetches it again on the next request", async () => {
    let broken = true;
    const piece = pieceOf("postcodes", "50") ?? "";
    const { requested, fetch } = folder({ missing: (file) => broken && file === piece });
    const geocoder = await loadGeocoder({ baseUrl: "https://cdn.example.org/", fetch });
    const failing = geocoder.lookup("50667");
    await expect(failing).rejects.toBeInstanceOf(BeratungsfinderError);
    await expect(failing).rejects.toMatchObject({
      code: "GEODATA_UNAVAILABLE",
      message: expect.stringContaining(`geodata piece ${piece} (postcodes starting with 50)`),
    });
    await expect(failing).rejects.toMatchObject({ message: expect.stringContaining("404 Not Found") });
    broken = false;
    expect((await geocoder.lookup("50667"))[0]?.name).toBe("Köln");
    expect(requested.filter((file) => file === piece)).toHaveLength(2);
  });

  // A postcode never gets a state it does not have: a key outside the 16 states, or a postcode whose
  // municipality is missing from its piece, is damaged data (it was once labelled Bavaria).
  it.each([
    [
      "a municipality key that names no state",
      "municipality key 17",
      (piece: Record<string, string>) => {
        const keys = deltaDecode(decodeIntegers(piece.ags ?? ""));
        keys[0] = 17_000_000;
        return { ...piece, ags: encodeIntegers(deltaEncode(keys)) };
      },
    ],
    [
      "a postcode whose municipality is missing",
      "refers to a municipality the piece lacks",
      (piece: Record<string, string>) => {
        const refs = decodeIntegers(piece.places ?? "");
        refs[1] = 100_000;
        return { ...piece, places: encodeIntegers(refs) };
      },
    ],
  ])("rejects %s instead of guessing a state", async (_case, message, tamper) => {
    const piece = pieceOf("postcodes", "50") ?? "";
    const fetch = fakeFetch((url) =>
      Response.json(
        fileOf(url) === piece ? tamper(files[piece] as Record<string, string>) : files[fileOf(url)],
      ),
    );
    const geocoder = await loadGeocoder({ baseUrl: "https://cdn.example.org/", fetch });
    await expect(geocoder.lookup("50667")).rejects.toMatchObject({
      code: "GEODATA_UNAVAILABLE",
      message: expect.stringContaining(message),
    });
  });

  it("names a damaged piece", async () => {
    const piece = pieceOf("names", "ko") ?? "";
    const fetch = fakeFetch((url) =>
      fileOf(url) === piece ? Response.json({ format: "something else" }) : Response.json(files[fileOf(url)]),
    );
    const geocoder = await loadGeocoder({ baseUrl: "https://cdn.example.org/", fetch });
    await expect(geocoder.lookup("Köln")).rejects.toMatchObject({
      code: "GEODATA_UNAVAILABLE",
      message: expect.stringContaining(piece),
    });
  });

  it("turns an HTTP error for the manifest into GEODATA_UNAVAILABLE naming the URL and status", async () => {
    const failing = loadGeocoder({
      baseUrl: new URL("https://cdn.example.org/missing/"),
      fetch: fakeFetch(() => new Response("", { status: 404 })),
    });
    await expect(failing).rejects.toMatchObject({
      code: "GEODATA_UNAVAILABLE",
      message: expect.stringMatching(/missing\/manifest\.json.*404/),
    });
  });

  it("turns a network failure into GEODATA_UNAVAILABLE with the cause", async () => {
    const cause = new TypeError("Failed to fetch");
    const failing = loadGeocoder({
      baseUrl: "https://cdn.example.org/",
      fetch: fakeFetch(() => Promise.reject(cause)),
    });
    await expect(failing).rejects.toMatchObject({ code: "GEODATA_UNAVAILABLE", cause });
  });

  it("rejects JSON that is not a geodata manifest, and a folder of the old single files", async () => {
    const failing = loadGeocoder({
      baseUrl: "https://cdn.example.org/",
      fetch: fakeFetch(() => Response.json({ format: "beratungsfinder-postcodes/2" })),
    });
    await expect(failing).rejects.toMatchObject({
      code: "GEODATA_UNAVAILABLE",
      message: expect.stringContaining("Rebuild the geodata"),
    });
    const broken = loadGeocoder({
      baseUrl: "https://cdn.example.org/",
      fetch: fakeFetch(() => new Response("{oops")),
    });
    await expect(broken).rejects.toMatchObject({
      code: "GEODATA_UNAVAILABLE",
      message: expect.stringContaining("not valid JSON"),
    });
  });

  it("explains a relative base URL outside a browser page", async () => {
    await expect(loadGeocoder({ baseUrl: "geodata/", fetch: folder().fetch })).rejects.toMatchObject({
      code: "GEODATA_UNAVAILABLE",
      message: expect.stringContaining('"geodata/"'),
    });
  });

  it("reports an abort as ABORTED", async () => {
    const controller = new AbortController();
    controller.abort();
    const aborting = fakeFetch(() =>
      Promise.reject(new DOMException("The operation was aborted.", "AbortError")),
    );
    await expect(
      loadGeocoder({ baseUrl: "https://cdn.example.org/", fetch: aborting, signal: controller.signal }),
    ).rejects.toMatchObject({ code: "ABORTED" });
  });
});

describe("createGeocoder", () => {
  it("names a piece the manifest lists but the data lacks", () => {
    const piece = pieceOf("names", "ko") ?? "";
    const { [piece]: _, ...pieces } = data.pieces;
    expect(() => createGeocoder({ manifest: data.manifest, pieces })).toThrow(
      new RegExp(`lacks the piece ${piece.replace(/\./g, "\\.")} \\(place names from "ko"\\)`),
    );
  });
});

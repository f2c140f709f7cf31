import { describe, expect, it } from "vitest";
import { BeratungsfinderError } from "../errors.js";
import { realGeoData } from "./fixtures/real-geodata.js";
import { loadGeocoder } from "./load-geocoder.js";

const data = realGeoData();
const files: Record<string, unknown> = {
  "postcodes.json": data.postcodes,
  "places.json": data.places,
  "aliases.json": data.aliases,
};

function fakeFetch(respond: (url: string) => Response | Promise<Response>): typeof fetch {
  return (async (input: string | URL | Request) => respond(String(input))) as typeof fetch;
}

const serveFiles = fakeFetch((url) => {
  const file = url.split("/").pop() ?? "";
  return file in files
    ? Response.json(files[file])
    : new Response("not found", { status: 404, statusText: "Not Found" });
});

describe("loadGeocoder", () => {
  it("fetches the three files relative to the base folder and builds a geocoder", async () => {
    const requested: string[] = [];
    const geocoder = await loadGeocoder({
      baseUrl: "https://cdn.example.org/widget",
      fetch: fakeFetch((url) => {
        requested.push(url);
        return serveFiles(url);
      }),
    });
    expect(requested.sort()).toEqual([
      "https://cdn.example.org/widget/aliases.json",
      "https://cdn.example.org/widget/places.json",
      "https://cdn.example.org/widget/postcodes.json",
    ]);
    expect(geocoder.geocode("10117")[0]?.name).toBe("Berlin");
    expect(geocoder.geocode("Cologne")[0]?.name).toBe("Köln");
  });

  it("still finds places in a folder built before aliases.json existed", async () => {
    const geocoder = await loadGeocoder({
      baseUrl: "https://cdn.example.org/old/",
      fetch: fakeFetch((url) =>
        url.endsWith("/aliases.json") ? new Response("", { status: 404 }) : serveFiles(url),
      ),
    });
    expect(geocoder.geocode("Köln")[0]?.name).toBe("Köln");
    expect(geocoder.geocode("Cologne")).toEqual([]);
  });

  it("accepts a URL object", async () => {
    const geocoder = await loadGeocoder({
      baseUrl: new URL("https://cdn.example.org/x/"),
      fetch: serveFiles,
    });
    expect(geocoder.places.length).toBeGreaterThan(10_000);
  });

  it("turns an HTTP error into GEODATA_UNAVAILABLE naming the URL and status", async () => {
    const failing = loadGeocoder({
      baseUrl: "https://cdn.example.org/missing/",
      fetch: fakeFetch(() => new Response("", { status: 404 })),
    });
    await expect(failing).rejects.toBeInstanceOf(BeratungsfinderError);
    await expect(failing).rejects.toMatchObject({
      code: "GEODATA_UNAVAILABLE",
      message: expect.stringMatching(/missing\/.*404/),
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

  it("rejects JSON that is not geodata", async () => {
    const failing = loadGeocoder({
      baseUrl: "https://cdn.example.org/",
      fetch: fakeFetch(() => Response.json({ hello: 1 })),
    });
    await expect(failing).rejects.toMatchObject({ code: "GEODATA_UNAVAILABLE" });
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
    await expect(loadGeocoder({ baseUrl: "geodata/", fetch: serveFiles })).rejects.toMatchObject({
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

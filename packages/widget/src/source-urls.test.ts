import { MANIFEST_FILE } from "@beratungsfinder/core";
import { expect } from "@open-wc/testing";
import { datasetUrl, geodataFolder, isPublishedManifest, MANIFEST } from "./source-urls.js";

describe("the widget's data URLs", () => {
  it("names the manifest as core does", () => {
    expect(MANIFEST).to.equal(MANIFEST_FILE);
  });

  it("reads a src as JSON text or a URL against the page", () => {
    expect(datasetUrl('  {"offices":[]}')).to.equal(undefined);
    expect(datasetUrl("[]")).to.equal(undefined);
    expect(datasetUrl("data/x.json", "https://example.org/a/b")).to.equal(
      "https://example.org/a/data/x.json",
    );
    expect(datasetUrl(new URL("https://example.org/y.json"))).to.equal("https://example.org/y.json");
  });

  it("knows a published folder by its manifest's name, with a query or not", () => {
    expect(isPublishedManifest("manifest.json")).to.equal(true);
    expect(isPublishedManifest("https://example.org/d/manifest.json?v=2#top")).to.equal(true);
    expect(isPublishedManifest("https://example.org/d/my-manifest.json")).to.equal(false);
    expect(isPublishedManifest("https://example.org/manifest.json/offices.json")).to.equal(false);
  });

  it("puts the place data beside the bundle, or where geodata-base says, always ending in /", () => {
    const bundle = "https://cdn.example.org/bf/beratungs-finder-code.js";
    const page = "https://example.org/site/page.html";
    expect(geodataFolder(undefined, bundle, page)).to.equal("https://cdn.example.org/bf/geodata/");
    expect(geodataFolder("", bundle, page)).to.equal("https://cdn.example.org/bf/geodata/");
    expect(geodataFolder("/places", bundle, page)).to.equal("https://example.org/places/");
    expect(geodataFolder("places/", bundle, page)).to.equal("https://example.org/site/places/");
  });
});

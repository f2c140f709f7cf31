import type { Dataset } from "@beratungsfinder/schemas";
import { LANGUAGE_CODES } from "@beratungsfinder/schemas/vocabulary";
import { fixtureDataset, officeInput } from "@beratungsfinder/test-fixtures";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { PUBLISHED_BASE, servePublished, sha256 } from "../../test/serve-published.js";
import { distanceKm } from "../geo/distance.js";
import { createIndex } from "../search/create-index.js";
import { BERLIN, KOELN, SEARCH_DATASET } from "../search/fixtures/search-dataset.js";
import { type SearchQuery, search } from "../search/search.js";
import {
  decodeIndexPart,
  decodeIndexPartSteps,
  decodeManifest,
  PublishedDataError,
} from "./decode-published.js";
import { encodePublished } from "./encode-published.js";
import { openPublished } from "./open-published.js";
import { LANGUAGE_DIGITS, REGION_SPLIT_THRESHOLD } from "./published-format.js";

const BASE = PUBLISHED_BASE;

/** A published folder served from memory; `requests` records every URL fetched. */
const serve = (dataset: Dataset, change?: (files: Map<string, string>) => void) =>
  servePublished(dataset, {
    derived: new Map([["koeln-mbe", { ags: "05315000", approximate: true }]]),
    ...(change ? { change } : {}),
  });

/** An office in Köln (region 50) that counsels in Düren (region 52, about 30 km west) every first Tuesday. */
function outreachOffice() {
  return officeInput({
    id: "koeln-outreach",
    channels: ["in-person", "outreach"],
    outreach: [
      {
        name: "Rathaus Düren",
        address: { street: "Kaiserplatz 2", postalCode: "52349", city: "Düren", state: "DE-NW" },
        geo: { lat: 50.8, lon: 6.48 },
        slots: [{ repeat: "monthly", week: 1, day: "tu", from: "10:00", to: "12:00" }],
      },
    ],
  });
}

const NOW = new Date("2026-03-04T10:30:00+01:00");
const ids = (results: { office: { id: string } }[]) => results.map((result) => result.office.id);

describe("openPublished", () => {
  it("finds the same offices, in the same order, as a search over the raw dataset", async () => {
    const { fetch } = serve(SEARCH_DATASET);
    const published = await openPublished(`${BASE}manifest.json`, { fetch });
    const { index } = await published.loadAll();
    const raw = createIndex(SEARCH_DATASET);
    const queries: SearchQuery[] = [
      { point: KOELN, radiusKm: 30 },
      { point: KOELN, radiusKm: 30, age: 19 },
      { point: KOELN, radiusKm: 50, languages: ["ar"], stepFree: true },
      { point: KOELN, radiusKm: 30, openAt: new Date("2026-03-03T10:00:00+01:00") },
      { point: BERLIN, radiusKm: 10, topics: ["education"] },
      { ags: "05315000" },
    ];
    for (const query of queries) {
      const expected = search(raw, { ...query, now: NOW });
      const actual = search(index, { ...query, now: NOW });
      expect(ids(actual.results)).toEqual(ids(expected.results));
      expect(ids(actual.online)).toEqual(ids(expected.online));
      expect(
        actual.results.map((r) => [r.distanceKm?.toFixed(3), r.openNow, r.nextOpening, r.reasons]),
      ).toEqual(expected.results.map((r) => [r.distanceKm?.toFixed(3), r.openNow, r.nextOpening, r.reasons]));
    }
  });

  it("finds an office by an outreach place in another region, as the raw search does", async () => {
    // Köln's office (region 50) counsels in Düren (region 52, about 30 km west), where another office is.
    const dueren = { lat: 50.8, lon: 6.48 };
    const dataset = fixtureDataset([
      outreachOffice(),
      officeInput({
        id: "dueren-mbe",
        address: { street: "Markt 1", postalCode: "52349", city: "Düren", state: "DE-NW" },
        geo: { lat: 50.805, lon: 6.49 },
      }),
      officeInput({
        id: "bonn-mbe",
        address: { street: "Gartenstraße 4", postalCode: "53111", city: "Bonn", state: "DE-NW" },
        geo: { lat: 50.7374, lon: 7.0982 },
      }),
    ]);
    const raw = createIndex(dataset);
    const { fetch } = serve(dataset);
    const published = await openPublished(`${BASE}manifest.json`, { fetch });
    expect(published.regionsNear(dueren, 5)).toEqual(["50", "52"]);
    const near = await published.loadNear(dueren, 5);
    const query = { point: dueren, radiusKm: 5, now: NOW };
    const expected = search(raw, query);
    expect(ids(expected.results)).toEqual(["koeln-outreach", "dueren-mbe"]);
    const actual = search(near.index, query);
    expect(ids(actual.results)).toEqual(ids(expected.results));
    const card = (result: (typeof actual.results)[number]) => [
      result.distanceKm,
      result.outreach?.place.name,
      result.outreach?.next,
      result.reasons,
    ];
    expect(actual.results.map(card)).toEqual(expected.results.map(card));
    // The card's "next outreach date" needs no details file.
    expect(actual.results[0]?.office.outreach).toEqual(dataset.offices[0]?.outreach);
    const { index } = await published.loadAll();
    for (const point of [KOELN, dueren, { lat: 50.85, lon: 6.7 }]) {
      const wide = { point, radiusKm: 40, now: NOW };
      expect(search(index, wide).results.map(card)).toEqual(search(raw, wide).results.map(card));
    }
  });

  it("writes outreach places compactly (format 3) and reads back every field, from the index alone", async () => {
    const base = outreachOffice();
    const [place] = base.outreach!;
    const dataset = fixtureDataset([
      officeInput({
        ...base,
        address: {
          street: "Domkloster 4",
          postalCode: "50667",
          city: "Köln",
          state: "DE-NW",
          municipalityKey: "05315000",
        },
        outreach: [
          place!,
          // In the office's own town and municipality, with an addition, a note and a phone slot.
          {
            name: "Bürgerhaus Kalk",
            address: {
              street: "Kalker Hauptstraße 1",
              postalCode: "50667",
              city: "Köln",
              state: "DE-NW",
              municipalityKey: "05315000",
              addition: "2. OG",
            },
            geo: { lat: 50.93712, lon: 6.99999 },
            note: "Bitte klingeln",
            slots: [{ repeat: "weekly", day: "mo", from: "09:00", to: "10:00", kind: "phone" }],
          },
        ],
      }),
      // Without a position of its own: its place's position is written in full.
      officeInput({ ...base, id: "no-position", geo: undefined }),
    ]);
    const { manifest, texts } = serve(dataset);
    const region = manifest.regions.find((r) => r.key === "50")!;
    const json = JSON.parse(texts.get(region.index)!);
    expect(json.outreach[0][1].slice(2, 6)).toEqual(["", "", "", ""]);
    const { offices } = decodeIndexPart(json, manifest, region.index);
    expect(offices.map((office) => office.outreach)).toEqual(
      dataset.offices.map((office) => office.outreach),
    );
  });

  it("reads index files without outreach columns (published before them) and checks the columns when present", async () => {
    // Köln's office with its outreach place in Düren, as in the test above.
    const dataset = fixtureDataset([outreachOffice()]);
    const rewrite = (edit: (part: Record<string, unknown>) => void) => (files: Map<string, string>) => {
      for (const [path, text] of files) {
        if (!path.startsWith("index-")) continue;
        const part = JSON.parse(text);
        edit(part);
        files.set(path, JSON.stringify(part));
      }
    };
    const old = serve(
      dataset,
      rewrite((part) => {
        delete part.outreach;
      }),
    );
    const published = await openPublished(`${BASE}manifest.json`, { fetch: old.fetch });
    const view = await published.loadAll();
    expect(view.failed).toEqual([]);
    expect(view.dataset.offices[0]?.outreach).toBeUndefined();
    const { offices } = await published.details([dataset.offices[0]!.id]);
    expect(offices.get(dataset.offices[0]!.id)?.outreach).toEqual(dataset.offices[0]?.outreach);

    const damaged = serve(
      dataset,
      rewrite((part) => {
        part.outreach = [[{ name: "Rathaus" }]];
      }),
    );
    const broken = await openPublished(`${BASE}manifest.json`, { fetch: damaged.fetch });
    const [failure] = (await broken.loadAll()).failed;
    expect(failure?.error.message).toMatch(/outreach\[0\]/);
  });

  it("stores ids, names and languages compactly (format 3) and still reads formats 1 and 2", async () => {
    // With an outreach office too, so formats 1 and 2's places as objects are read as well.
    const { offices: outreach, providers } = fixtureDataset([outreachOffice()]);
    const known = new Set(SEARCH_DATASET.providers.map((provider) => provider.id));
    const dataset = {
      ...SEARCH_DATASET,
      providers: [...SEARCH_DATASET.providers, ...providers.filter((provider) => !known.has(provider.id))],
      offices: [...SEARCH_DATASET.offices, ...outreach],
    };
    const current = serve(dataset);
    const region = current.manifest.regions.find((r) => r.key === "50")!;
    const part = JSON.parse(current.texts.get(region.index)!);
    expect(part.format).toBe("beratungsfinder-index/3");
    expect(part.order.slice(1).every((step: number) => step > 0)).toBe(true);
    expect(part.idShared.slice(1).some((shared: number) => shared > 0)).toBe(true);
    expect(current.manifest.vocabularies.languages).toContain("de");
    // Format 2: ids, names and language codes in full; format 1 also has the running sums and every
    // file's own hours, as folders published before those formats have them.
    const older = (format: 1 | 2) =>
      serve(dataset, (files) => {
        // Formats 1 and 2 list the regions as objects.
        const written = decodeManifest(JSON.parse(files.get("manifest.json")!));
        const { hours: shared = [], vocabularies, ...manifest } = written;
        const { languages: codes = [], ...closed } = vocabularies;
        files.set(
          "manifest.json",
          JSON.stringify({
            ...manifest,
            vocabularies: closed,
            format: `beratungsfinder-published/${format}`,
            ...(format === 2 ? { hours: shared } : {}),
          }),
        );
        for (const [path, text] of files) {
          if (!path.startsWith("index-")) continue;
          const { idShared, nameShared, ...index } = JSON.parse(text);
          // Formats 1 and 2 write outreach places as the dataset has them.
          const { offices } = decodeIndexPart(JSON.parse(text), written, path);
          if (index.outreach) index.outreach = offices.map((office) => office.outreach ?? 0);
          const sums = (values: (number | null)[]) => {
            let sum = 0;
            return values.map((value) => {
              if (value === null || format === 2) return value;
              sum += value;
              return sum;
            });
          };
          const full = (ends: string[], lengths: number[]) => {
            let previous = "";
            return ends.map((end, position) => {
              previous = previous.slice(0, lengths[position]) + end;
              return previous;
            });
          };
          files.set(
            path,
            JSON.stringify({
              ...index,
              format: `beratungsfinder-index/${format}`,
              id: full(index.id, idShared),
              name: full(index.name, nameShared),
              languages: index.languages.map((digits: string) =>
                [...digits].map((digit) => codes[LANGUAGE_DIGITS.indexOf(digit)]).join(" "),
              ),
              order: sums(index.order),
              lat: sums(index.lat),
              lon: sums(index.lon),
              hoursTable: format === 2 ? index.hoursTable : [...shared, ...index.hoursTable],
            }),
          );
        }
      });
    const [fresh, second, first] = await Promise.all(
      [serve(dataset), older(2), older(1)].map(async ({ fetch }) =>
        (await openPublished(`${BASE}manifest.json`, { fetch })).loadAll(),
      ),
    );
    expect(fresh!.dataset.offices.find((office) => office.id === "koeln-outreach")?.outreach).toEqual(
      outreach[0]!.outreach,
    );
    for (const view of [second!, first!]) {
      expect(view.failed).toEqual([]);
      expect(view.dataset).toEqual(fresh!.dataset);
    }
    expect(
      fresh!.dataset.offices.map((office) => [office.id, office.name, office.languages, office.geo]),
    ).toEqual(dataset.offices.map((office) => [office.id, office.name, office.languages, office.geo]));
  });

  it("writes the manifest's regions as columns and reads them back into the same regions", async () => {
    const { manifest, texts, fetch } = serve(SEARCH_DATASET);
    const written = JSON.parse(texts.get("manifest.json")!);
    expect(written.regions.key).toEqual(manifest.regions.map((region) => region.key));
    expect(written.regions.unbounded).toEqual(["online"]);
    const published = await openPublished(`${BASE}manifest.json`, { fetch });
    expect(published.manifest.regions).toEqual(manifest.regions);
    // A list of regions, as in formats 1 and 2, is read too.
    texts.set("manifest.json", JSON.stringify(manifest));
    expect((await openPublished(`${BASE}manifest.json`, { fetch })).manifest.regions).toEqual(
      manifest.regions,
    );
    // Columns of different lengths name what is wrong.
    texts.set("manifest.json", JSON.stringify({ ...written, regions: { ...written.regions, count: [1] } }));
    await expect(openPublished(`${BASE}manifest.json`, { fetch })).rejects.toThrow(
      /"manifest.json" cannot be used: expected "regions" to have keys, counts and hashes for each region/,
    );
  });

  it("writes a language beyond the 64th as two characters and reads every one back", async () => {
    // 70 languages, each used by fewer offices than the one before, so the 70th is written "~15".
    const codes = LANGUAGE_CODES.slice(0, 70);
    const dataset = fixtureDataset(
      codes.map((_, position) =>
        officeInput({ id: `office-${position}`, languages: codes.slice(0, codes.length - position) }),
      ),
    );
    const { manifest, texts, fetch } = serve(dataset);
    expect(manifest.vocabularies.languages).toEqual(codes);
    const part = JSON.parse(texts.get(manifest.regions[0]!.index)!);
    expect(part.languages[0].endsWith("~15")).toBe(true);
    const { dataset: loaded } = await (await openPublished(`${BASE}manifest.json`, { fetch })).loadAll();
    expect(loaded.offices.map((office) => office.languages)).toEqual(
      dataset.offices.map((office) => office.languages),
    );
  });

  it("reports an index file whose languages or shared id lengths do not fit, naming the file", async () => {
    const damage = (change: (index: Record<string, unknown[]>) => void) =>
      serve(SEARCH_DATASET, (files) => {
        for (const [path, text] of files) {
          if (!path.startsWith("index-50")) continue;
          const index = JSON.parse(text);
          change(index);
          files.set(path, JSON.stringify(index));
        }
      });
    const languages = damage((index) => {
      index.languages![0] = "~";
    });
    const ids = damage((index) => {
      index.idShared![0] = 3;
    });
    const [badLanguages, badIds] = await Promise.all(
      [languages, ids].map(async ({ fetch }) =>
        (await openPublished(`${BASE}manifest.json`, { fetch })).loadAll(),
      ),
    );
    expect(badLanguages!.failed.map((failure) => failure.error.message)).toEqual([
      expect.stringMatching(
        /"index-50\.[0-9a-f]+\.json" cannot be used: expected languages\[0\] to name languages/,
      ),
    ]);
    expect(badIds!.failed.map((failure) => failure.error.message)).toEqual([
      expect.stringMatching(/expected idShared\[0\] to be at most 0, received 3/),
    ]);
    // Every other region still loads.
    expect(badIds!.regions).not.toContain("50");
    expect(badIds!.dataset.offices.length).toBeGreaterThan(0);
  });

  it("keeps opening hours that three regions share once in the manifest, not in each index file", async () => {
    const template = SEARCH_DATASET.offices.find((office) => office.openingHours)!;
    const own = {
      weekly: { mo: [{ from: "08:00", to: "09:00", kind: "consultation" as const }] },
      exceptions: [],
    };
    const dataset = fixtureDataset(
      ["10115", "50667", "53111", "51373"].map((postalCode, n) =>
        officeInput({
          id: `office-${n}`,
          address: { street: "Markt 1", postalCode, city: "Ort", state: "DE-NW" },
          openingHours: n === 3 ? own : template.openingHours!,
        }),
      ),
    );
    const { manifest, texts, fetch } = serve(dataset);
    expect(manifest.hours).toEqual([dataset.offices[0]!.openingHours]);
    const tables = manifest.regions
      .filter((region) => region.key !== "online")
      .map((region) => JSON.parse(texts.get(region.index)!).hoursTable);
    expect(tables.flat()).toEqual([dataset.offices[3]!.openingHours]);
    const { dataset: loaded } = await (await openPublished(`${BASE}manifest.json`, { fetch })).loadAll();
    expect(loaded.offices.map((office) => office.openingHours)).toEqual(
      dataset.offices.map((office) => office.openingHours),
    );
  });

  it("fetches only the regions a search radius touches, and each only once", async () => {
    const { fetch, requests } = serve(SEARCH_DATASET);
    const published = await openPublished(`${BASE}manifest.json`, { fetch });
    expect(published.regionsNear(KOELN, 10)).toEqual(["50", "online"]);
    // Leverkusen (51373) lies 12 km north; Bonn (53111) 23 km south.
    expect(published.regionsNear(KOELN, 15)).toEqual(["50", "51", "online"]);
    const first = await published.loadNear(KOELN, 15);
    expect(first.regions).toEqual(["50", "51", "online"]);
    expect(first.dataset.offices.some((office) => office.address?.city === "Berlin")).toBe(false);
    await published.loadNear(KOELN, 15);
    expect(requests.filter((path) => path.startsWith("index-")).sort()).toEqual(
      first.regions.map((key) => published.manifest.regions.find((r) => r.key === key)?.index).sort(),
    );
  });

  it("merges the details into complete offices equal to the dataset's", async () => {
    const { fetch } = serve(SEARCH_DATASET);
    const published = await openPublished(`${BASE}manifest.json`, { fetch });
    await published.loadAll();
    const { offices, failed } = await published.details(SEARCH_DATASET.offices.map((office) => office.id));
    expect(failed).toEqual([]);
    for (const office of SEARCH_DATASET.offices) expect(offices.get(office.id)).toEqual(office);
  });

  it("keeps 1.1 language offers and the new fields: codes in the index, the full entries with the details", async () => {
    const [first, ...rest] = SEARCH_DATASET.offices;
    const offers: Dataset["offices"][number] = {
      ...first!,
      languages: [
        "de",
        { code: "ar", mode: "interpreter", note: "Tuesdays" },
        { code: "fa", mode: "on-request" },
      ],
      womanCounsellor: true,
      freeOfCharge: true,
      intake: { status: "waiting-list", note: "about 6 weeks" },
      outreach: [
        {
          name: "Rathaus Frechen",
          address: { street: "Johann-Schmitz-Platz 1", postalCode: "50226", city: "Frechen", state: "DE-NW" },
          slots: [
            { repeat: "monthly", week: 1, day: "tu", from: "10:00", to: "12:00", kind: "consultation" },
          ],
        },
      ],
    };
    const dataset = { ...SEARCH_DATASET, offices: [offers, ...rest] };
    const { fetch, texts } = serve(dataset);
    expect([...texts.values()].some((text) => text.includes("[object Object]"))).toBe(false);
    const published = await openPublished(`${BASE}manifest.json`, { fetch });
    const { index, dataset: loaded } = await published.loadAll();
    expect(loaded.offices.find((office) => office.id === offers.id)?.languages).toEqual(["de", "ar", "fa"]);
    expect(ids(search(index, { point: KOELN, radiusKm: 30, languages: ["fa"], now: NOW }).results)).toContain(
      offers.id,
    );
    const { offices } = await published.details([offers.id]);
    expect(offices.get(offers.id)).toEqual(offers);
  });

  it("completes the offices of search results already found, fetching only the details they need", async () => {
    const { fetch, requests } = serve(SEARCH_DATASET);
    const published = await openPublished(`${BASE}manifest.json`, { fetch });
    const { index } = await published.loadNear(KOELN, 15);
    const [first] = search(index, { point: KOELN, radiusKm: 15, now: NOW }).results;
    expect(first?.office.contact).toEqual({ phones: [], emails: [] });
    const { failed } = await published.details([first!.office.id]);
    expect(failed).toEqual([]);
    expect(first?.office).toEqual(SEARCH_DATASET.offices.find((office) => office.id === first?.office.id));
    expect(requests.filter((path) => path.startsWith("details-"))).toEqual([
      expect.stringMatching(/^details-50\./),
    ]);
  });

  it("reports a damaged details file and leaves the office as the index has it", async () => {
    const { fetch } = serve(SEARCH_DATASET, (texts) => {
      const name = [...texts.keys()].find((path) => path.startsWith("details-50."))!;
      texts.set(name, '{"format":"beratungsfinder-details/1","id":["koeln-mbe"],"records":[]}');
    });
    const published = await openPublished(`${BASE}manifest.json`, { fetch });
    await published.loadNear(KOELN, 5);
    const { offices, failed } = await published.details(["koeln-mbe"]);
    expect(offices.size).toBe(0);
    expect(failed.map((failure) => [failure.region, failure.error.message])).toEqual([
      [
        "50",
        expect.stringMatching(/details-50\.[0-9a-f]{10}\.json" cannot be used: expected "id" and "records"/),
      ],
    ]);
  });

  it("keeps what publishing derived: municipality key and approximate position", async () => {
    const { fetch } = serve(SEARCH_DATASET);
    const view = await (await openPublished(`${BASE}manifest.json`, { fetch })).loadAll();
    expect(view.derived.get("koeln-mbe")).toEqual({ ags: "05315000", approximate: true });
    expect(view.derived.has("koeln-jmd")).toBe(false);
  });

  it("reports a damaged region and still searches every other one", async () => {
    const { fetch, manifest } = serve(SEARCH_DATASET, (texts) => {
      const name = [...texts.keys()].find((path) => path.startsWith("index-51."))!;
      const part = JSON.parse(texts.get(name)!);
      part.lat.pop();
      texts.set(name, JSON.stringify(part));
    });
    const published = await openPublished(`${BASE}manifest.json`, { fetch });
    const view = await published.loadAll();
    expect(view.failed).toHaveLength(1);
    expect(view.failed[0]?.region).toBe("51");
    expect(view.failed[0]?.error).toBeInstanceOf(PublishedDataError);
    expect(view.failed[0]?.error.message).toMatch(
      /index-51\.[0-9a-f]{10}\.json.*"lat" to be a list of \d+ whole numbers or null/,
    );
    const expected = SEARCH_DATASET.offices.filter((office) => !office.address?.postalCode.startsWith("51"));
    expect(view.dataset.offices.map((office) => office.id)).toEqual(expected.map((office) => office.id));
    expect(manifest.regions.some((region) => region.key === "51")).toBe(true);
  });

  it("reports a missing file with its URL and status", async () => {
    const { fetch } = serve(SEARCH_DATASET, (texts) => {
      for (const name of [...texts.keys()]) if (name.startsWith("index-online.")) texts.delete(name);
    });
    const view = await (await openPublished(`${BASE}manifest.json`, { fetch })).loadAll();
    expect(view.failed.map((failure) => failure.error.message)).toEqual([
      expect.stringMatching(
        /^\[GET\] "https:\/\/example\.org\/published\/index-online\.[0-9a-f]{10}\.json": 404 Not Found$/,
      ),
    ]);
  });

  it("splits a dense region into pieces of nearby offices, also when they share one postcode", async () => {
    // 300 offices with Köln's postcode, in a line from the centre to about 11 km south.
    const template = SEARCH_DATASET.offices[0]!;
    const copies = Array.from({ length: 300 }, (_, n) => ({
      ...template,
      id: `copy-${n}`,
      address: { ...template.address!, postalCode: "50667" },
      geo: { lat: template.geo!.lat - (0.1 * n) / 300, lon: template.geo!.lon },
    }));
    const dense = { ...SEARCH_DATASET, offices: [...SEARCH_DATASET.offices, ...copies] };
    const { fetch, manifest } = serve(dense);
    const pieces = manifest.regions.filter((region) => region.key.startsWith("50-"));
    expect(pieces.map((region) => region.key)).toEqual(["50-1", "50-2"]);
    expect(pieces.every((region) => region.count <= REGION_SPLIT_THRESHOLD)).toBe(true);
    expect(manifest.regions.map((region) => region.key)).toEqual(
      expect.arrayContaining(["51", "53", "10", "online"]),
    );
    const published = await openPublished(`${BASE}manifest.json`, { fetch });
    const near = published.regionsNear(KOELN, 2);
    expect(near).toHaveLength(2);
    expect(near).toContain("online");
    const view = await published.loadNear(KOELN, 2);
    // The southern half stays unloaded.
    expect(view.dataset.offices.filter((office) => office.id.startsWith("copy-")).length).toBeLessThan(200);
    const query = { point: KOELN, radiusKm: 2, now: NOW, limit: 500 };
    expect(ids(search(view.index, query).results)).toEqual(ids(search(createIndex(dense), query).results));
    // Every office of the dataset is in exactly one region.
    const all = await published.loadAll();
    expect(all.dataset.offices.map((office) => office.id)).toEqual(dense.offices.map((office) => office.id));
  });

  it("refuses a manifest of another format with a message naming it", async () => {
    const { fetch } = serve(SEARCH_DATASET, (texts) => texts.set("manifest.json", '{"format":"other/2"}'));
    await expect(openPublished(`${BASE}manifest.json`, { fetch })).rejects.toThrow(
      'The published file "manifest.json" cannot be used: expected the format "beratungsfinder-published/3", received "other/2".',
    );
  });
  it("refuses a published file holding U+FFFD instead of showing the damaged names", async () => {
    const { fetch } = serve(SEARCH_DATASET, (texts) =>
      texts.set(
        "manifest.json",
        (texts.get("manifest.json") ?? "").replace('"format"', '"\uFFFD":1,"format"'),
      ),
    );
    await expect(openPublished(`${BASE}manifest.json`, { fetch })).rejects.toMatchObject({
      code: "INVALID_PUBLISHED",
      message: expect.stringContaining(
        'The published file "manifest.json" holds the replacement character U+FFFD at line 1',
      ),
    });
  });
});

describe("decodeIndexPartSteps", () => {
  it("yields once per office, so openPublished decodes a large region in slices", () => {
    const { manifest, files } = encodePublished(SEARCH_DATASET, { sha256, builtAt: new Date(0) });
    const region = manifest.regions.find((r) => r.key === "50")!;
    const json = JSON.parse(files.find((file) => file.path === region.index)!.text);
    const steps = decodeIndexPartSteps(json, manifest, region.index);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields += 1;
    expect(yields).toBe(region.count);
    expect(step.value).toEqual(decodeIndexPart(json, manifest, region.index));
  });
});

describe("regionsNear", () => {
  // 600 offices scattered over Germany, their postcodes (and so their regions) unrelated to where they are.
  const template = SEARCH_DATASET.offices[0]!;
  const scattered: Dataset = {
    ...SEARCH_DATASET,
    offices: Array.from({ length: 600 }, (_, n) => ({
      ...template,
      id: `scattered-${n}`,
      address: { ...template.address!, postalCode: `${String((n * 37) % 100).padStart(2, "0")}${n % 10}11` },
      geo: { lat: 47.3 + ((n * 7919) % 7700) / 1000, lon: 5.9 + ((n * 104_729) % 9100) / 1000 },
    })),
  };
  const served = serve(scattered);
  const opened = openPublished(`${BASE}manifest.json`, { fetch: served.fetch });
  const regionOf = new Map(
    served.manifest.regions.flatMap((region) => {
      const part = decodeIndexPart(
        JSON.parse(served.texts.get(region.index)!),
        served.manifest,
        region.index,
      );
      return part.offices.map((office) => [office.id, region.key] as const);
    }),
  );

  test.prop([
    fc.double({ min: 47.2, max: 55.1, noNaN: true }),
    fc.double({ min: 5.8, max: 15.1, noNaN: true }),
    fc.double({ min: 1, max: 80, noNaN: true }),
  ])("names the region of every office within the radius", async (lat, lon, radiusKm) => {
    const published = await opened;
    const point = { lat, lon };
    const near = new Set(published.regionsNear(point, radiusKm));
    for (const office of scattered.offices) {
      if (distanceKm(point, office.geo!) <= radiusKm) expect(near.has(regionOf.get(office.id)!)).toBe(true);
    }
  });

  it("leaves out a region whose box touches only the corner of the square around the circle", async () => {
    const published = await opened;
    const corner = published.manifest.regions.find((region) => region.bounds && region.key !== "online")!;
    const [minLat, minLon] = corner.bounds!;
    // 20 km south and 20 km west of the box's south-west corner: 28 km away, inside a 25 km square.
    const point = {
      lat: minLat - 20 / 111.2,
      lon: minLon - 20 / (111.2 * Math.cos((minLat * Math.PI) / 180)),
    };
    expect(published.regionsNear(point, 25)).not.toContain(corner.key);
  });
});

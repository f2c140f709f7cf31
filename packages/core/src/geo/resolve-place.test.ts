import { describe, expect, it } from "vitest";
import { realGeocoder, realGeoData } from "./fixtures/real-geodata.js";
import { createPiecewiseGeocoder } from "./geocoder.js";
import type { PlaceResolution } from "./resolve-place.js";

const geocoder = realGeocoder();
const labels = (resolution: PlaceResolution) =>
  resolution.kind === "ambiguous"
    ? resolution.choices.map((choice) => choice.label)
    : resolution.kind === "suggestions"
      ? resolution.suggestions.map((choice) => choice.label)
      : resolution.kind === "place"
        ? [resolution.label]
        : [];

/** A geocoder that fetches pieces of the real data as `resolve` asks, recording the files. */
function piecewise() {
  const data = realGeoData();
  const fetched: string[] = [];
  const pieces = createPiecewiseGeocoder({
    manifest: data.manifest,
    fetch: async (file) => {
      fetched.push(file);
      return data.pieces[file];
    },
  });
  return { geocoder: pieces, fetched };
}

describe("resolve: one place", () => {
  it.each([
    ["Köln", "Köln", "Köln"],
    ["Munich", "München", "München"],
    ["Кёльн", "Köln", "Köln"],
    ["Neukölln", "Neukölln", "Neukölln (Berlin)"],
    ["Hamburg Altona", "Altona", "Altona (Hamburg)"],
    ["Neuenkirchen, Steinfurt", "Neuenkirchen", "Neuenkirchen (Kreis Steinfurt)"],
    ["50667", "Köln", "50667 Köln"],
  ])("takes %s as %s, labelled %s", async (query, name, label) => {
    const resolution = await geocoder.resolve(query);
    expect(resolution).toMatchObject({ kind: "place", label, match: { name } });
  });

  it("takes the one far larger place of a name, keeping the others", async () => {
    const frankfurt = await geocoder.resolve("Frankfurt");
    expect(frankfurt).toMatchObject({ kind: "place", match: { name: "Frankfurt am Main" } });
    expect(frankfurt.kind === "place" && frankfurt.others.map((other) => other.label)).toEqual([
      "Frankfurt (Oder) (Brandenburg)",
    ]);
    expect(await geocoder.resolve("Essen")).toMatchObject({ kind: "place", label: "Essen" });
    // Berlin's Schöneberg outweighs the villages of that name; a name spelt as typed beats a folded one.
    expect(await geocoder.resolve("Schöneberg")).toMatchObject({
      kind: "place",
      label: "Schöneberg (Berlin)",
    });
    expect(await geocoder.resolve("Sülz")).toMatchObject({ kind: "place", label: "Sülz (Köln)" });
    expect(await geocoder.resolve("Sulz")).toMatchObject({
      kind: "place",
      match: { name: "Sulz am Neckar" },
    });
  });
});

describe("resolve: an ambiguous name", () => {
  it("offers every Neuenkirchen, told apart by district and state, the compound name last", async () => {
    const resolution = await geocoder.resolve("Neuenkirchen");
    expect(resolution.kind).toBe("ambiguous");
    const offered = labels(resolution);
    expect(offered.length).toBeGreaterThanOrEqual(8);
    expect(offered).toContain("Neuenkirchen (Kreis Steinfurt, Nordrhein-Westfalen)");
    expect(offered).toContain("Neuenkirchen (Landkreis Stade, Niedersachsen)");
    expect(offered.at(-1)).toBe("Neuenkirchen-Vörden (Landkreis Vechta, Niedersachsen)");
    // Two in one district get their postcode.
    expect(offered.filter((label) => label.includes("Vorpommern-Greifswald"))).toEqual([
      expect.stringMatching(
        /^Neuenkirchen \(\d{5}, Landkreis Vorpommern-Greifswald, Mecklenburg-Vorpommern\)$/,
      ),
      expect.stringMatching(
        /^Neuenkirchen \(\d{5}, Landkreis Vorpommern-Greifswald, Mecklenburg-Vorpommern\)$/,
      ),
    ]);
    expect(new Set(offered).size).toBe(offered.length);
  });

  it("gives each choice its name and the region that tells it apart as fields, the label made of them", async () => {
    const resolution = await geocoder.resolve("Neuenkirchen");
    if (resolution.kind !== "ambiguous") throw new Error(resolution.kind);
    expect(resolution.choices).toContainEqual(
      expect.objectContaining({ name: "Neuenkirchen", region: "Kreis Steinfurt, Nordrhein-Westfalen" }),
    );
    const twins = resolution.choices.filter((choice) => choice.region?.includes("Vorpommern-Greifswald"));
    expect(twins.map((choice) => choice.region)).toEqual([
      expect.stringMatching(/^\d{5}, Landkreis Vorpommern-Greifswald, Mecklenburg-Vorpommern$/),
      expect.stringMatching(/^\d{5}, Landkreis Vorpommern-Greifswald, Mecklenburg-Vorpommern$/),
    ]);
    // A name with brackets of its own stays whole: the region is a field, not the last bracket.
    const halle = await geocoder.resolve("Halle");
    const others = halle.kind === "place" ? halle.others : [];
    expect(others).toContainEqual(
      expect.objectContaining({ name: "Halle (Westf.)", region: "Kreis Gütersloh, Nordrhein-Westfalen" }),
    );
    expect(others).toContainEqual(
      expect.objectContaining({ name: "Halle-Neustadt", region: "Halle (Saale), Sachsen-Anhalt" }),
    );
    const postcodes = await geocoder.resolve("501");
    const first = postcodes.kind === "ambiguous" ? postcodes.choices[0] : undefined;
    expect(first?.name).toMatch(/^501\d\d \S/);
    for (const choice of [...resolution.choices, ...others]) {
      expect(choice.label).toBe(choice.region ? `${choice.name} (${choice.region})` : choice.name);
    }
  });

  it("gives each choice a text that resolves to it alone", async () => {
    for (const query of ["Neuenkirchen", "Mitte", "Linden"]) {
      const resolution = await geocoder.resolve(query);
      if (resolution.kind !== "ambiguous") throw new Error(`${query}: ${resolution.kind}`);
      for (const choice of resolution.choices) {
        const again = await geocoder.resolve(choice.query);
        expect(again.kind, choice.query).toBe("place");
        const match = again.kind === "place" ? again.match : undefined;
        if (match?.kind === "postcode") {
          // Two of one name in one district: the postcode of its town hall, which covers it.
          expect(match.names, choice.query).toContain(choice.match.name);
        } else {
          expect([match?.lat, match?.lon], choice.query).toEqual([choice.match.lat, choice.match.lon]);
        }
      }
    }
  });

  it("offers the districts of one name in several cities, and postcodes for a partial postcode", async () => {
    expect(labels(await geocoder.resolve("Mitte"))).toEqual(
      expect.arrayContaining(["Mitte (Berlin)", "Mitte (Bremen)"]),
    );
    const partial = await geocoder.resolve("501");
    expect(partial.kind).toBe("ambiguous");
    expect(labels(partial).every((label) => label.startsWith("501"))).toBe(true);
  });

  it("caps a long list and says there are more", async () => {
    const resolution = await geocoder.resolve("Neustadt");
    expect(resolution).toMatchObject({ kind: "ambiguous", more: true });
    expect(labels(resolution)).toHaveLength(12);
  });
});

describe("resolve: did you mean", () => {
  it.each([
    ["Muenchn", "München (Bayern)"],
    ["Dusseldrof", "Düsseldorf (Nordrhein-Westfalen)"],
    ["Kolen", "Köln (Nordrhein-Westfalen)"],
    ["Frankfrut", "Frankfurt am Main (Hessen)"],
    // A mistyped first letter: the letters next to it on the keyboard, or alike in sound.
    ["Löln", "Köln (Nordrhein-Westfalen)"],
    ["Nünchen", "München (Bayern)"],
    ["Fusseldorf", "Düsseldorf (Nordrhein-Westfalen)"],
    ["Gamburg", "Hamburg"],
    ["Vremen", "Bremen"],
    // A prefix alone is not taken: the near miss of the big city comes first.
    ["Esen", "Essen (Nordrhein-Westfalen)"],
  ])("offers %s → %s first", async (query, label) => {
    const resolution = await geocoder.resolve(query);
    expect(resolution.kind).toBe("suggestions");
    expect(labels(resolution)[0]).toBe(label);
    expect(
      resolution.kind === "suggestions" && resolution.suggestions.every((s) => s.match.kind !== "postcode"),
    ).toBe(true);
  });

  it("does not offer a city's districts beside the city", async () => {
    expect(labels(await geocoder.resolve("Gamburg")).some((label) => label.startsWith("Hamburg-"))).toBe(
      false,
    );
  });

  it("finds nothing for text close to no name", async () => {
    expect(await geocoder.resolve("Xyzzyq")).toEqual({ kind: "not-found" });
    expect(await geocoder.resolve("")).toEqual({ kind: "not-found" });
    expect(await geocoder.resolve("00000")).toEqual({ kind: "not-found" });
  });
});

describe("resolve: fetching pieces", () => {
  it("answers from the pieces of the query's keys, and fetches the pieces of neighbouring first letters for a near miss", async () => {
    const exact = piecewise();
    expect(await exact.geocoder.resolve("Neuenkirchen")).toMatchObject({ kind: "ambiguous" });
    expect(exact.fetched).toHaveLength(1);

    const typo = piecewise();
    expect(labels(await typo.geocoder.resolve("Löln"))[0]).toBe("Köln (Nordrhein-Westfalen)");
    expect(typo.fetched.some((file) => file.startsWith("names-k"))).toBe(true);
  });

  it("agrees with the whole data for near misses in the first letters", async () => {
    for (const query of ["Fusseldorf", "Gamburg", "Nünchen", "Frankfrut"]) {
      const { geocoder: pieces } = piecewise();
      expect(labels(await pieces.resolve(query))[0]).toBe(labels(await geocoder.resolve(query))[0]);
    }
  });
});

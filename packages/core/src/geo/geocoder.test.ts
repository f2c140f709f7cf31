import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { realGeocoder } from "./fixtures/real-geodata.js";

const geocoder = realGeocoder();
const first = (query: string) => geocoder.geocode(query)[0];

describe("createGeocoder", () => {
  it("knows every postcode and municipality of the source data", () => {
    expect(geocoder.places.length).toBeGreaterThan(10_900);
    expect(geocoder.suggest("0", 10_000).length + geocoder.suggest("1", 10_000).length).toBeGreaterThan(500);
    let codes = 0;
    for (let digit = 0; digit <= 9; digit++) codes += geocoder.suggest(String(digit), 100_000).length;
    expect(codes).toBeGreaterThanOrEqual(8_300);
  });

  it("gives places with district, state, population and official key", () => {
    const cologne = geocoder.places.find((place) => place.ags === "05315000");
    expect(cologne).toMatchObject({
      name: "Köln",
      district: "Köln",
      state: "DE-NW",
      stateName: "Nordrhein-Westfalen",
      postalCode: "50667",
    });
    expect(cologne?.population).toBeGreaterThan(1_000_000);
  });
});

describe("geocode: postcodes", () => {
  it.each([
    ["10117", "Berlin", "DE-BE", 52.517, 13.387],
    ["80331", "München", "DE-BY", 48.135, 11.571],
    ["50667", "Köln", "DE-NW", 50.939, 6.955],
    ["01067", "Dresden", "DE-SN", 51.055, 13.727],
    ["24103", "Kiel", "DE-SH", 54.321, 10.133],
  ])("puts %s in %s at the source centroid", (code, name, state, lat, lon) => {
    const match = first(code);
    expect(match).toMatchObject({ kind: "postcode", postalCode: code, name, state, approximate: false });
    expect(match?.lat).toBeCloseTo(lat, 2);
    expect(Math.abs((match?.lat ?? 0) - lat)).toBeLessThan(0.01);
    expect(Math.abs((match?.lon ?? 0) - lon)).toBeLessThan(0.01);
  });

  it("names every place a postcode covers, with district and state", () => {
    const match = first("25712");
    expect(match?.name).toBe("Burg (Dithmarschen)");
    expect(match?.names).toEqual(
      expect.arrayContaining(["Burg (Dithmarschen)", "Buchholz", "Kuden", "Hochdonn"]),
    );
    expect(match?.district).toBe("Kreis Dithmarschen");
    expect(match?.label).toBe("25712 Burg (Dithmarschen), Kreis Dithmarschen, Schleswig-Holstein");
    expect(match?.ags).toMatch(/^01051\d{3}$/);
  });

  it("falls back to the nearest code of the same region for a missing postcode, marked approximate", () => {
    const match = first("99090");
    expect(match).toMatchObject({
      kind: "postcode",
      postalCode: "99090",
      name: "Erfurt",
      state: "DE-TH",
      approximate: true,
      label: "99090 Erfurt, Thüringen",
    });
    const neighbour = first("99089");
    expect([match?.lat, match?.lon]).toEqual([neighbour?.lat, neighbour?.lon]);
    expect(first("04861")).toMatchObject({ approximate: true, state: "DE-SN" });
  });

  it("finds nothing for a postcode region that does not exist", () => {
    expect(geocoder.geocode("00000")).toEqual([]);
    expect(geocoder.geocode("05999")).toEqual([]);
  });

  it("lists the postcodes starting with a partial postcode", () => {
    const matches = geocoder.geocode("501");
    expect(matches.length).toBeGreaterThan(3);
    expect(matches.every((match) => match.postalCode?.startsWith("501"))).toBe(true);
    const codes = matches.map((match) => match.postalCode ?? "");
    expect(codes).toEqual([...codes].sort());
  });

  it("reads a postcode together with a place name", () => {
    expect(first("10117 Berlin")?.postalCode).toBe("10117");
    expect(first("Köln 50667")?.postalCode).toBe("50667");
  });
});

describe("geocode: digits of other scripts", () => {
  it("finds a postcode typed with Arabic-Indic or Persian digits", () => {
    expect(first("١٠١١٧")?.postalCode).toBe("10117");
    expect(first("۵۰۶۶۷")?.name).toBe("Köln");
    expect(geocoder.suggest("۸۰۳", 3).every((match) => match.postalCode?.startsWith("803"))).toBe(true);
    expect(geocoder.suggest("۸۰۳", 3).length).toBeGreaterThan(0);
  });
});

describe("geocode: place names", () => {
  it.each(["Köln", "Koeln", "koln", "KÖLN", "  köln  ", "Köln, Stadt"])("finds Köln for %j", (query) => {
    expect(first(query)).toMatchObject({
      kind: "place",
      name: "Köln",
      ags: "05315000",
      label: "Köln, Nordrhein-Westfalen",
    });
  });

  it.each([
    ["Muenchen", "München"],
    ["munchen", "München"],
    ["Giessen", "Gießen"],
    ["GIESSEN", "Gießen"],
    ["Frankfurt/Oder", "Frankfurt (Oder)"],
    ["Frankfurt (Oder)", "Frankfurt (Oder)"],
    ["Frankfurt am Main, Stadt", "Frankfurt am Main"],
    ["Frankfurt a. M.", "Frankfurt am Main"],
    ["St. Ingbert", "St. Ingbert"],
    ["Sankt Ingbert", "St. Ingbert"],
    ["Dusseldorf", "Düsseldorf"],
  ])("folds %j to %s", (query, name) => {
    expect(first(query)?.name).toBe(name);
  });

  it("offers Frankfurt am Main before Frankfurt (Oder), by population", () => {
    expect(geocoder.geocode("Frankfurt").map((match) => match.name)).toEqual([
      "Frankfurt am Main",
      "Frankfurt (Oder)",
    ]);
  });

  it("returns every Neuenkirchen, told apart by district and state", () => {
    const matches = geocoder.geocode("Neuenkirchen");
    const plain = matches.filter((match) => match.name === "Neuenkirchen");
    expect(plain.length).toBeGreaterThanOrEqual(10);
    expect(new Set(plain.map((match) => match.label)).size).toBe(plain.length);
    expect(new Set(plain.map((match) => match.state))).toEqual(new Set(["DE-NW", "DE-NI", "DE-MV", "DE-SH"]));
    const populations = plain.map(
      (match) => geocoder.places.find((place) => place.ags === match.ags)?.population ?? 0,
    );
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
    // Compounds come after every plain Neuenkirchen.
    expect(matches.findIndex((match) => match.name === "Neuenkirchen-Vörden")).toBeGreaterThanOrEqual(
      plain.length,
    );
  });

  it("narrows an ambiguous name by a district or state after a comma", () => {
    const matches = geocoder.geocode("Neuenkirchen, Steinfurt");
    expect(matches).toHaveLength(1);
    expect(matches[0]?.label).toBe("Neuenkirchen, Kreis Steinfurt, Nordrhein-Westfalen");
    expect(geocoder.geocode("Neuenkirchen, Schleswig-Holstein").map((match) => match.state)).toEqual([
      "DE-SH",
    ]);
  });

  it("ignores official suffixes after a comma but narrows by a district named like a city", () => {
    expect(first("Griesheim, Darmstadt")?.district).toBe("Landkreis Darmstadt-Dieburg");
    expect(first("Gießen, Universitätsstadt")?.name).toBe("Gießen");
    expect(first("München, Landeshauptstadt")?.name).toBe("München");
    expect(first("Hamburg, Freie und Hansestadt")?.name).toBe("Hamburg");
  });

  it("lists Halle (Saale) first among the Halles", () => {
    expect(first("Halle")?.name).toBe("Halle (Saale)");
  });

  it("names a postcode without a German municipality after its locality, in the nearest district", () => {
    expect(first("87491")).toMatchObject({
      name: "Jungholz",
      names: ["Jungholz"],
      district: "Landkreis Oberallgäu",
    });
    expect(first("Jungholz")).toMatchObject({ kind: "postcode", postalCode: "87491", state: "DE-BY" });
  });

  it("completes a name that is only begun", () => {
    expect(first("Muench")?.name).toBe("München");
  });

  it.each([
    "",
    "   ",
    "xyzzy",
    "!!!",
    "123456789",
    "12 34",
    "-",
    "🙂",
    "a".repeat(10_000),
    "Köln, Köln, Köln",
  ])("returns a list without throwing for %j", (query) => {
    expect(Array.isArray(geocoder.geocode(query))).toBe(true);
  });

  it("returns nothing for garbage", () => {
    expect(geocoder.geocode("xyzzy")).toEqual([]);
    expect(geocoder.geocode("!!!")).toEqual([]);
    expect(geocoder.geocode(undefined as unknown as string)).toEqual([]);
  });
});

describe("suggest", () => {
  it("completes names by population, at most limit", () => {
    const matches = geocoder.suggest("Ber", 5);
    expect(matches).toHaveLength(5);
    expect(matches[0]?.name).toBe("Berlin");
    expect(geocoder.suggest("Ber").length).toBe(8);
  });

  it("puts the exact name first", () => {
    expect(geocoder.suggest("Halle")[0]?.name).toBe("Halle (Saale)");
    expect(geocoder.suggest("koeln", 3)[0]?.name).toBe("Köln");
  });

  it("completes postcodes in order", () => {
    const matches = geocoder.suggest("506", 3);
    expect(matches.map((match) => match.postalCode)).toEqual(["50667", "50668", "50670"]);
  });

  it("returns nothing for an empty prefix or a limit below one", () => {
    expect(geocoder.suggest("")).toEqual([]);
    expect(geocoder.suggest("Ber", 0)).toEqual([]);
    expect(geocoder.suggest("Ber", -3)).toEqual([]);
  });

  test.prop([fc.string({ maxLength: 30 }), fc.integer({ min: -5, max: 50 })])(
    "never throws and respects the limit",
    (prefix, limit) => {
      const matches = geocoder.suggest(prefix, limit);
      expect(matches.length).toBeLessThanOrEqual(Math.max(0, limit));
    },
  );
});

describe("geocode properties", () => {
  test.prop([fc.string({ maxLength: 40 })])(
    "never throws and returns matches inside Germany's box",
    (query) => {
      for (const match of geocoder.geocode(query)) {
        expect(match.lat).toBeGreaterThan(47.2);
        expect(match.lat).toBeLessThan(55.1);
        expect(match.lon).toBeGreaterThan(5.8);
        expect(match.lon).toBeLessThan(15.1);
      }
    },
  );

  test.prop([fc.integer({ min: 0, max: 99_999 })])(
    "answers a 5-digit code with itself, approximate when a neighbour of its region stands in",
    (n) => {
      const code = String(n).padStart(5, "0");
      const known = geocoder.suggest(code.slice(0, 4), 10).some((match) => match.postalCode === code);
      for (const match of geocoder.geocode(code)) {
        expect(match.postalCode).toBe(code);
        expect(match.approximate).toBe(!known);
      }
    },
  );

  test.prop([fc.constantFrom(...realGeocoder().places.slice(0, 2000))])(
    "finds each place by its own name",
    (place) => {
      expect(geocoder.geocode(place.name).some((match) => match.ags === place.ags)).toBe(true);
    },
  );
});

describe("geocode: spelling", () => {
  it("prefers the spelling as typed when umlauts fold two names together", () => {
    expect(first("Hüsby")?.name).toBe("Hüsby");
    expect(first("Husby")?.name).toBe("Husby");
    expect(geocoder.geocode("Husby").map((match) => match.name)).toEqual(["Husby", "Hüsby"]);
  });
});

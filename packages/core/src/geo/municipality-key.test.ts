import type { Office } from "@beratungsfinder/schemas";
import { describe, expect, it } from "vitest";
import { realGeocoder } from "./fixtures/real-geodata.js";
import { deriveMunicipalityKeys, municipalityKeyOf } from "./municipality-key.js";

const geocoder = realGeocoder();
const at = (postalCode: string, city: string) => ({ postalCode, city });

// 01609 covers Gröditz (14627050) and Wülknitz (14627340) in Landkreis Meißen.
const GROEDITZ_CENTRE = () => geocoder.places.find((place) => place.ags === "14627050")!;
const WUELKNITZ_CENTRE = () => geocoder.places.find((place) => place.ags === "14627340")!;

function office(id: string, address: Office["address"], geo?: Office["geo"]): Office {
  return {
    id,
    providerId: "p",
    name: id,
    programmes: ["MBE"],
    ...(address ? { address } : {}),
    ...(geo ? { geo } : {}),
    serviceArea: [],
    contact: { phones: [], emails: [] },
    languages: [],
    topics: [],
    targetGroups: [],
    channels: [],
  } as Office;
}

describe("municipalityKeyOf", () => {
  it("takes the key of a postcode in one municipality", () => {
    expect(municipalityKeyOf(geocoder, at("50667", "Köln"))).toEqual({ kind: "postcode", key: "05315000" });
    expect(municipalityKeyOf(geocoder, at("80331", "München"))).toEqual({
      kind: "postcode",
      key: "09162000",
    });
  });

  it("decides a postcode of several municipalities by the city, else by the position, else not at all", () => {
    expect(municipalityKeyOf(geocoder, at("01609", "Wülknitz"))).toEqual({ kind: "city", key: "14627340" });
    const wuelknitz = WUELKNITZ_CENTRE();
    const near = { lat: wuelknitz.lat + 0.005, lon: wuelknitz.lon - 0.005 };
    expect(municipalityKeyOf(geocoder, at("01609", "Nauwalde"), near)).toEqual({
      kind: "position",
      key: "14627340",
    });
    const groeditz = GROEDITZ_CENTRE();
    expect(municipalityKeyOf(geocoder, at("01609", "Nauwalde"), groeditz)).toMatchObject({ key: "14627050" });
    expect(municipalityKeyOf(geocoder, at("01609", "Nauwalde"))).toEqual({
      kind: "ambiguous",
      names: ["Gröditz", "Wülknitz"],
    });
    // The postcode's own centre, as an import fills it in, is no position of the office's own.
    const centre = geocoder.geocode("01609")[0]!;
    expect(municipalityKeyOf(geocoder, at("01609", "Nauwalde"), centre)).toMatchObject({ kind: "ambiguous" });
  });

  it("gives no key for a postcode missing from the data or naming only a locality", () => {
    expect(municipalityKeyOf(geocoder, at("99090", "Erfurt"))).toEqual({ kind: "unknown", near: true });
    expect(municipalityKeyOf(geocoder, at("87491", "Jungholz"))).toEqual({
      kind: "unknown",
      locality: "Jungholz",
    });
  });
});

describe("deriveMunicipalityKeys", () => {
  it("fills in missing keys of offices and outreach places, keeps given ones and warns where none is sure", () => {
    const address = (postalCode: string, city: string, state: "DE-NW" | "DE-BY" | "DE-SN") => ({
      street: "Musterweg 1",
      postalCode,
      city,
      state,
    });
    const withOutreach = {
      ...office("koeln", address("50667", "Köln", "DE-NW")),
      outreach: [
        {
          name: "Rathaus Frechen",
          address: address("50226", "Frechen", "DE-NW"),
          slots: [{ repeat: "weekly", day: "tu", from: "10:00", to: "12:00", kind: "consultation" }],
        },
      ],
    } as Office;
    const given = office("given", { ...address("80331", "München", "DE-BY"), municipalityKey: "09162000" });
    const result = deriveMunicipalityKeys(
      [
        withOutreach,
        given,
        office("online", undefined),
        office("ambiguous", address("01609", "Nauwalde", "DE-SN")),
      ],
      geocoder,
    );
    expect(result.offices.map((o) => o.address?.municipalityKey)).toEqual([
      "05315000",
      "09162000",
      undefined,
      undefined,
    ]);
    expect(result.offices[0]?.outreach?.[0]?.address.municipalityKey).toBe("05362024");
    expect(result.derived).toEqual([{ id: "koeln", key: "05315000", by: "postcode" }]);
    expect(result.warnings).toEqual([
      'Office "ambiguous": postcode 01609 spans several municipalities (Gröditz, Wülknitz) and neither the ' +
        'city "Nauwalde" nor a position decides, so it has no municipality key; add municipality_key ' +
        "(address.municipalityKey) or lat and lon.",
    ]);
  });
});

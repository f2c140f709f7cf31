import { readdirSync, readFileSync } from "node:fs";
import type { Address, GeoPoint } from "@beratungsfinder/schemas";
import { describe, expect, it } from "vitest";
import { germanDataset } from "../hsds/fixtures/german-dataset.js";
import { realGeocoder } from "./fixtures/real-geodata.js";
import { municipalityKeyOf } from "./municipality-key.js";

const geocoder = realGeocoder();
const VALID_FIXTURES = new URL("../../../schemas/src/fixtures/valid/", import.meta.url);

interface Located {
  address?: Partial<Address>;
  geo?: GeoPoint;
  outreach?: Located[];
}

/** Every address with a municipality key, the office's own and its outreach places', named for the failure message. */
function keyedAddresses(source: string, offices: readonly Located[]) {
  const found: { where: string; address: Partial<Address>; geo?: GeoPoint }[] = [];
  const visit = (where: string, located: Located) => {
    if (located.address?.municipalityKey) {
      found.push({ where, address: located.address, ...(located.geo ? { geo: located.geo } : {}) });
    }
    for (const [index, place] of (located.outreach ?? []).entries())
      visit(`${where}.outreach[${index}]`, place);
  };
  for (const [index, office] of offices.entries()) visit(`${source} offices[${index}]`, office);
  return found;
}

const fixtures = [
  ...readdirSync(VALID_FIXTURES)
    .filter((file) => file.endsWith(".json"))
    .flatMap((file) => {
      const json = JSON.parse(readFileSync(new URL(file, VALID_FIXTURES), "utf8"));
      return keyedAddresses(`schemas fixtures/valid/${file}`, json.offices ?? []);
    }),
  ...keyedAddresses("core hsds/fixtures/german-dataset.ts", germanDataset.offices),
];

describe("the fixtures' municipality keys", () => {
  it("are found in the fixtures at all (the check has something to check)", () => {
    expect(fixtures.length).toBeGreaterThan(1);
  });

  it("are the keys the embedded geodata gives their postcode and city (Frechen is 05362024, not Erftstadt's 05362020)", () => {
    for (const { where, address, geo } of fixtures) {
      const lookup = municipalityKeyOf(
        geocoder,
        { postalCode: address.postalCode ?? "", city: address.city ?? "" },
        geo,
      );
      expect("key" in lookup ? lookup.key : lookup, where).toBe(address.municipalityKey);
    }
  });
});

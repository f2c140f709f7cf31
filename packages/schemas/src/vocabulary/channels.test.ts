import { describe, expect, it } from "vitest";
import { isOnlineOffice } from "./channels.js";

describe("isOnlineOffice", () => {
  it("holds for an office without address and coordinates that counsels remotely", () => {
    expect(isOnlineOffice({ channels: ["chat"] })).toBe(true);
    expect(isOnlineOffice({ channels: ["in-person", "phone"] })).toBe(true);
  });

  it("does not hold for an office with an address or coordinates", () => {
    expect(isOnlineOffice({ channels: ["video"], address: { city: "Köln" } })).toBe(false);
    expect(isOnlineOffice({ channels: ["video"], geo: { lat: 50.9, lon: 6.9 } })).toBe(false);
  });

  it("does not hold for an office without a remote channel, whose address is only missing", () => {
    expect(isOnlineOffice({ channels: ["in-person"] })).toBe(false);
    expect(isOnlineOffice({ channels: ["outreach"] })).toBe(false);
    expect(isOnlineOffice({ channels: [] })).toBe(false);
    expect(isOnlineOffice({})).toBe(false);
  });
});

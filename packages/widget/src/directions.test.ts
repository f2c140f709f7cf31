import { expect } from "@open-wc/testing";
import { directionsHref, mapsPlatform } from "./directions.js";

const ANDROID =
  "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Mobile Safari/537.36";
const IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
const IPAD_AS_MAC =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15";
const WINDOWS =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36";

describe("mapsPlatform", () => {
  it("tells Android, iPhone and iPadOS (which calls itself a Mac) from the rest", () => {
    expect(mapsPlatform({ userAgent: ANDROID })).to.equal("android");
    expect(mapsPlatform({ userAgent: IPHONE, platform: "iPhone", maxTouchPoints: 5 })).to.equal("ios");
    expect(mapsPlatform({ userAgent: IPAD_AS_MAC, platform: "MacIntel", maxTouchPoints: 5 })).to.equal("ios");
    expect(mapsPlatform({ userAgent: IPAD_AS_MAC, platform: "MacIntel", maxTouchPoints: 0 })).to.equal(
      "other",
    );
    expect(mapsPlatform({ userAgent: WINDOWS, platform: "Win32" })).to.equal("other");
  });
});

describe("directionsHref", () => {
  const office = { lat: 50.9375, lon: 6.9603, label: "MBE Köln (Süd)" };

  it("opens the system's maps app on Android with a geo: URI and a named pin", () => {
    expect(directionsHref(office, "android")).to.equal(
      "geo:50.93750,6.96030?q=50.93750,6.96030(MBE%20K%C3%B6ln%20S%C3%BCd)",
    );
  });

  it("opens Apple Maps with directions on iOS", () => {
    expect(directionsHref(office, "ios")).to.equal(
      "https://maps.apple.com/?daddr=50.93750,6.96030&q=MBE%20K%C3%B6ln%20(S%C3%BCd)",
    );
  });

  it("gives a route on OpenStreetMap elsewhere", () => {
    expect(directionsHref(office, "other")).to.equal(
      "https://www.openstreetmap.org/directions?to=50.93750,6.96030",
    );
  });

  it("gives no link for a point that is not a number", () => {
    expect(directionsHref({ lat: Number.NaN, lon: 6.9 }, "android")).to.equal(undefined);
  });
});

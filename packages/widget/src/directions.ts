/** Which maps app a directions link should open. */
export type MapsPlatform = "android" | "ios" | "other";

/** What the browser says about itself; `navigator` fits, and tests pass plain objects. */
export interface PlatformHints {
  userAgent: string;
  platform?: string;
  maxTouchPoints?: number;
}

/**
 * The phone's kind from its user agent. iPadOS 13+ reports itself as a Mac, so a "MacIntel" with a touch
 * screen counts as iOS.
 *
 * @example
 * mapsPlatform(navigator); // "android" on an Android phone
 */
export function mapsPlatform(hints: PlatformHints): MapsPlatform {
  const agent = hints.userAgent ?? "";
  if (/Android/i.test(agent)) return "android";
  if (/iPhone|iPad|iPod/.test(agent)) return "ios";
  if (hints.platform === "MacIntel" && (hints.maxTouchPoints ?? 0) > 1) return "ios";
  return "other";
}

/** A point to go to, and the name shown on the map's pin. */
export interface Destination {
  lat: number;
  lon: number;
  label?: string;
}

/**
 * A directions link that opens the phone's own maps app: a `geo:` URI on Android (the system asks which
 * app), Apple Maps on iOS (a universal link, so the app opens), a route on openstreetmap.org elsewhere.
 * A plain link: nothing is requested before a click. `undefined` for a point that is not a number.
 *
 * @example
 * directionsHref({ lat: 50.9375, lon: 6.9603, label: "MBE Köln" }, "ios");
 * // "https://maps.apple.com/?daddr=50.93750,6.96030&q=MBE%20K%C3%B6ln"
 */
export function directionsHref(to: Destination, platform: MapsPlatform): string | undefined {
  if (!Number.isFinite(to.lat) || !Number.isFinite(to.lon)) return undefined;
  const point = `${to.lat.toFixed(5)},${to.lon.toFixed(5)}`;
  const label = to.label ? encodeURIComponent(to.label) : "";
  switch (platform) {
    case "android":
      // "?q=lat,lon(label)" puts a named pin on the point; Google Maps and OsmAnd both read it.
      return `geo:${point}?q=${point}${label ? `(${label.replace(/[()]/g, "")})` : ""}`;
    case "ios":
      return `https://maps.apple.com/?daddr=${point}${label ? `&q=${label}` : ""}`;
    default:
      return `https://www.openstreetmap.org/directions?to=${point}`;
  }
}

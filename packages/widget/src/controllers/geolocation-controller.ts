import type { ReactiveControllerHost } from "lit";
import { type GeolocationCode, WidgetError } from "../failure.js";
import type { MessageId } from "../localization/messages.js";

const TIMEOUT_MS = 15_000;

/** What the person reads for each geolocation failure. */
export const GEOLOCATION_MESSAGES = {
  GEOLOCATION_DENIED: "locate.denied",
  GEOLOCATION_TIMEOUT: "locate.timeout",
  GEOLOCATION_UNAVAILABLE: "locate.unavailable",
  GEOLOCATION_UNSUPPORTED: "locate.unavailable",
} as const satisfies Record<GeolocationCode, MessageId>;

/** The browser's `GeolocationPositionError` codes (1, 2, 3) as the widget's stable codes. */
function codeOf(error: GeolocationPositionError): GeolocationCode {
  if (error.code === error.PERMISSION_DENIED) return "GEOLOCATION_DENIED";
  if (error.code === error.TIMEOUT) return "GEOLOCATION_TIMEOUT";
  return "GEOLOCATION_UNAVAILABLE";
}

/**
 * The person's location, asked for only on their click. `locate` resolves with the point or rejects with
 * a `WidgetError` whose code says why (`GEOLOCATION_DENIED`, `…_TIMEOUT`, `…_UNAVAILABLE`,
 * `…_UNSUPPORTED`).
 */
export class GeolocationController {
  /** A request is running. */
  locating = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  locate(): Promise<{ lat: number; lon: number }> {
    const geolocation = globalThis.navigator?.geolocation;
    if (!geolocation) {
      return Promise.reject(
        new WidgetError("GEOLOCATION_UNSUPPORTED", "This browser cannot tell a location."),
      );
    }
    this.locating = true;
    this.host.requestUpdate();
    return new Promise<{ lat: number; lon: number }>((resolve, reject) => {
      geolocation.getCurrentPosition(
        (position) => resolve({ lat: position.coords.latitude, lon: position.coords.longitude }),
        (error) => {
          const code = codeOf(error);
          reject(
            new WidgetError(code, `The browser did not tell the location (${code}): ${error.message}`, {
              cause: error,
            }),
          );
        },
        { enableHighAccuracy: false, timeout: TIMEOUT_MS, maximumAge: 300_000 },
      );
    }).finally(() => {
      this.locating = false;
      this.host.requestUpdate();
    });
  }
}

import type { CommandSpec } from "../command.js";
import { notAvailable } from "../not-available.js";

export const geocodeCommand: CommandSpec = {
  name: "geocode",
  summary: "Look up a postcode or place name in Germany",
  arguments: ["<query>"],
  options: {},
  description: [
    'Resolves a 5-digit postcode ("50667"), a partial postcode ("501") or a place name ("Koeln") to',
    "coordinates with district and state, best match first. Exits with 1 when nothing matches.",
    "",
    'JSON output: { "query", "matches": [{ "kind", "postalCode", "name", "district", "state", "lat", "lon", "approximate" }] }',
  ].join("\n"),
  examples: ["beratungsfinder geocode 50667", 'beratungsfinder geocode "Frankfurt" --json'],
  async run(_input, context) {
    return notAvailable(context, "geocode", "the geocoder (createGeocoder)");
  },
};

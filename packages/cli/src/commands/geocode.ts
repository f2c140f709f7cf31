import type { GeocodeMatch } from "@beratungsfinder/core";
import type { CommandSpec } from "../command.js";
import { EXIT_INVALID, EXIT_OK, usageError } from "../command.js";
import { numberOption } from "../option-values.js";
import { alignColumns } from "../terminal-style.js";

/** One match in `geocode --json`; fields the match lacks are null so every match has the same keys. */
export interface GeocodeMatchJson {
  kind: GeocodeMatch["kind"];
  postalCode: string | null;
  name: string;
  district: string;
  state: GeocodeMatch["state"];
  lat: number;
  lon: number;
  approximate: boolean;
}

function geocodeMatchJson(match: GeocodeMatch): GeocodeMatchJson {
  return {
    kind: match.kind,
    postalCode: match.postalCode ?? null,
    name: match.name,
    district: match.district,
    state: match.state,
    lat: match.lat,
    lon: match.lon,
    approximate: match.approximate,
  };
}

export const geocodeCommand: CommandSpec = {
  name: "geocode",
  summary: "Look up a postcode or place name in Germany",
  arguments: ["<query>"],
  options: {
    limit: { type: "string", value: "n", description: "Show at most this many matches (default 10)" },
  },
  description: [
    'Resolves a 5-digit postcode ("50667"), a partial postcode ("501") or a place name ("Koeln",',
    '"Frankfurt/Oder") to coordinates with district and state, best match first. An unknown postcode',
    "falls back to its region and is marked approximate. Exits with 1 when nothing matches.",
    "",
    'JSON output: { "query", "matches": [{ "kind", "postalCode", "name", "district", "state", "lat", "lon", "approximate" }] }',
  ].join("\n"),
  examples: ["beratungsfinder geocode 50667", 'beratungsfinder geocode "Frankfurt" --json'],
  async run(input, context) {
    const query = input.positionals[0]!.trim();
    if (query === "") {
      throw usageError(
        "Empty <query>: expected a postcode or place name, e.g. `beratungsfinder geocode 50667`.",
      );
    }
    const limit = numberOption(input, "limit", { min: 1, integer: true, example: "5" });
    const geocoder = await context.geocoder();
    const all = geocoder.geocode(query);
    const matches = limit === undefined ? all : all.slice(0, limit);

    if (context.json) {
      context.print(JSON.stringify({ query, matches: matches.map(geocodeMatchJson) }, null, 2));
      return matches.length > 0 ? EXIT_OK : EXIT_INVALID;
    }
    if (matches.length === 0) {
      context.print(`No postcode or place matches ${JSON.stringify(query)}.`);
      context.print("Check the spelling, or try a 5-digit postcode or the name of the municipality.");
      return EXIT_INVALID;
    }
    const { style } = context;
    if (matches.every((match) => match.fuzzy)) {
      const names = [...new Set(matches.slice(0, 3).map((match) => match.name))];
      context.print(`No place is spelt ${JSON.stringify(query)}. Did you mean ${names.join(" or ")}?`);
    }
    const shown = limit === undefined ? matches.slice(0, 10) : matches;
    const rows = shown.map((match) => [
      match.postalCode ?? "",
      style.bold(match.partOf ? `${match.name}, ${match.partOf}` : match.name) +
        ([match.name, match.partOf].includes(match.district) ? "" : style.dim(`, ${match.district}`)),
      match.state,
      `${match.lat.toFixed(4)}, ${match.lon.toFixed(4)}`,
      match.approximate ? style.yellow("approximate (region of the postcode)") : "",
    ]);
    for (const line of alignColumns(rows)) context.print(line);
    if (matches.length > shown.length) {
      context.print(
        style.dim(`… and ${matches.length - shown.length} more; use --limit or --json to see them.`),
      );
    }
    return EXIT_OK;
  },
};

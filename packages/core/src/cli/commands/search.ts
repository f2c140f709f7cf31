import type { CommandSpec } from "../command.js";
import { notAvailable } from "../not-available.js";

export const searchCommand: CommandSpec = {
  name: "search",
  summary: "Find offices near a place, with filters",
  arguments: ["<dataset.json>"],
  options: {
    near: {
      type: "string",
      value: "place|lat,lon",
      description: "Postcode, place name or coordinates (required)",
    },
    radius: { type: "string", value: "km", description: "Search radius in kilometres (default 25)" },
    age: { type: "string", value: "n", description: "Only programmes that fit this age" },
    language: {
      type: "string",
      value: "xx",
      description: "Counselling language, ISO 639 code (e.g. ar, uk)",
    },
    topic: { type: "string", value: "id", description: "Topic id, e.g. residence, work, housing" },
    programme: { type: "string", value: "id", description: "Programme, e.g. MBE or JMD" },
    "open-at": {
      type: "string",
      value: "ISO",
      description: "Only offices open at this time, e.g. 2026-03-02T10:00+01:00",
    },
    limit: { type: "string", value: "n", description: "At most this many results (default 20)" },
  },
  description: [
    "Searches a dataset for offices near a place, nearest first, with distance, opening state and the",
    "reasons each one matched; online services that fit are listed after them. Exits with 1 when no office",
    "is near.",
    "",
    'JSON output: { "total", "results": [{ "id", "name", "distanceKm", "openNow", "nextOpening", "reasons" }] }',
  ].join("\n"),
  examples: [
    'beratungsfinder search offices.json --near "Köln" --age 19',
    "beratungsfinder search offices.json --near 52.52,13.40 --radius 10 --language ar --json",
  ],
  async run(_input, context) {
    return notAvailable(context, "search", "the search module");
  },
};

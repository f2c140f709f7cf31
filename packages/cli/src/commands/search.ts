import {
  berlinParts,
  type GeocodeMatch,
  loadDataset,
  type OpeningInterval,
  type SearchIndex,
  type SearchResult,
  search,
} from "@beratungsfinder/core";
import type { GeoPoint, Programme, Topic } from "@beratungsfinder/schemas";
import { AGE_BOUNDS, DEFAULT_RADIUS_KM, PROGRAMMES, TOPICS } from "@beratungsfinder/schemas/vocabulary";
import type { CommandContext, CommandSpec } from "../command.js";
import { EXIT_INVALID, EXIT_OK, usageError } from "../command.js";
import { readJsonFile } from "../files/json-file.js";
import { openPublishedFolder, publishedManifestPath } from "../files/published-folder.js";
import { parseOpenAt } from "../open-at.js";
import { listOption, numberOption, requiredOption } from "../option-values.js";
import { reasonText } from "../reason-text.js";
import { alignColumns, count } from "../terminal-style.js";

/** One office in `search --json`. */
export interface SearchResultJson {
  id: string;
  name: string;
  /** Kilometres, two decimals; null for online services. */
  distanceKm: number | null;
  openNow: boolean;
  nextOpening: { start: string; end: string; kind: OpeningInterval["kind"] } | null;
  reasons: SearchResult["reasons"];
  programmes: Programme[];
  responsible: boolean;
}

export const searchCommand: CommandSpec = {
  name: "search",
  summary: "Find offices near a place, with filters",
  arguments: ["<dataset.json|folder>"],
  options: {
    near: {
      type: "string",
      value: "place|lat,lon",
      description: "Postcode, place name or coordinates (required)",
    },
    radius: { type: "string", value: "km", description: "Search radius in kilometres (default 25)" },
    age: { type: "string", value: "n", description: "Programmes that fit this age, the primary one first" },
    language: {
      type: "string",
      value: "xx",
      description: "Counselling language(s), ISO 639 codes, e.g. ar or ar,uk",
    },
    topic: {
      type: "string",
      value: "id",
      description: "Topic(s), e.g. residence or work,housing (list below)",
    },
    programme: { type: "string", value: "id", description: "Programme(s), e.g. MBE or JMD (list below)" },
    "open-at": {
      type: "string",
      value: "ISO",
      description: "Only offices open for walk-in then; without an offset Berlin time, e.g. 2026-03-02T10:00",
    },
    limit: { type: "string", value: "n", description: "At most this many results (default 20)" },
  },
  description: [
    "Searches a dataset for offices near a place, nearest first, with distance, whether each is open and",
    "its next opening, and the reasons it matched; online services that fit are listed after them.",
    "A published folder (see `publish`) is read region by region, as the widget reads it.",
    "Exits with 1 when no office within the radius matches.",
    "",
    "How the filters decide:",
    "  --age      An age leaves out only the programmes it rules out: JMD from 27, MBE and mbeon under",
    "             18 (under 12 the parents are MBE clients, so MBE is shown and JMD is not), jmd4you",
    "             outside 12-26. AVB, IQ, Faire Integration, Faire Mobilität, anti-discrimination and",
    "             OTHER always stay. Offices of the programme made for the age (JMD 12-26, MBE from 27)",
    "             come first, then the other fitting ones (e.g. MBE by exception at 19), each group",
    "             nearest first.",
    "  --language Offices counselling in the language, or in a related one of the same ISO 639-3",
    "             macrolanguage (prs finds fa, kmr finds ku, apc finds ar): exact matches first.",
    "  --open-at  Only offices a person can walk in to then: open hours and open consultation hours.",
    "             Appointment slots, appointment-only offices and phone hours do not count; public",
    "             holidays of the office's state and municipality (address.municipalityKey) close.",
    "",
    `Topics: ${TOPICS.join(", ")}.`,
    `Programmes: ${PROGRAMMES.join(", ")}.`,
    "",
    'JSON output: { "total", "results": [{ "id", "name", "distanceKm", "openNow", "nextOpening", "reasons",',
    '"programmes", "responsible" }], "online": [...], "near": { "query", "lat", "lon", "label" },',
    '"openAt": { "query", "at", "note" } }',
    "A Berlin --open-at time skipped or repeated by a daylight-saving change is resolved (to 03:00, or",
    "to the first of the two) with a note on stderr saying so.",
  ].join("\n"),
  examples: [
    'beratungsfinder search offices.json --near "Köln" --age 19',
    "beratungsfinder search offices.json --near 52.52,13.40 --radius 10 --language ar --json",
  ],
  async run(input, context) {
    const argument = input.positionals[0]!;
    const near = requiredOption(input, "near", '"Köln", 50667 or 50.94,6.96');
    const radiusKm = numberOption(input, "radius", { min: 0, max: 1000, example: "10" });
    const age = numberOption(input, "age", { ...AGE_BOUNDS, example: "19" });
    const limit = numberOption(input, "limit", { min: 1, max: 10_000, integer: true, example: "10" });
    const languages = languageOption(input.options.language);
    const topics = listOption(input, "topic", TOPICS as readonly Topic[]);
    const programmes = programmeOption(input.options.programme);
    const openAtRaw = input.options["open-at"];
    const openAtRead = typeof openAtRaw === "string" ? parseOpenAt(openAtRaw) : undefined;
    const openAt = openAtRead?.instant;
    // Before the search, so the note stands above the results it explains; on stderr, so --json stays JSON.
    if (openAtRead?.note) context.note(`${context.style.yellow("note:")} ${openAtRead.note}`);

    const progress = context.progress();
    let place: { point: GeoPoint; label: string; match?: GeocodeMatch };
    let loaded: { index: SearchIndex; invalid: unknown[] };
    try {
      progress.update(0, 3, "finding the place");
      const located = await locate(near, context);
      if (!located) {
        progress.finish();
        return noPlace(near, context);
      }
      place = located;
      progress.update(1, 3, `reading ${argument}`);
      const manifest = await publishedManifestPath(context.path(argument));
      if (manifest) {
        const published = await openPublishedFolder(manifest);
        const view = await published.loadNear(place.point, radiusKm ?? DEFAULT_RADIUS_KM);
        for (const failure of view.failed) {
          context.note(
            `${context.style.yellow("warning:")} region ${failure.region} left out: ${failure.error.message}`,
          );
        }
        loaded = { index: view.index, invalid: [] };
      } else {
        const json = await readJsonFile(context.path(argument));
        progress.update(2, 3, "indexing offices");
        loaded = await loadDataset(json as object);
      }
    } finally {
      progress.finish();
    }
    if (loaded.invalid.length > 0) {
      context.note(
        `${context.style.yellow("warning:")} ${count(loaded.invalid.length, "invalid office")} in ${argument} left out; ` +
          `run \`beratungsfinder validate ${argument}\` to see why.`,
      );
    }
    const now = context.now();
    const results = search(loaded.index, {
      point: place.point,
      ...(place.match?.ags ? { ags: place.match.ags } : {}),
      ...(radiusKm === undefined ? {} : { radiusKm }),
      ...(age === undefined ? {} : { age }),
      ...(languages.length ? { languages } : {}),
      ...(topics.length ? { topics } : {}),
      ...(programmes.length ? { programmes } : {}),
      ...(openAt ? { openAt } : {}),
      ...(limit === undefined ? {} : { limit }),
      now,
    });
    const status = results.total > 0 ? EXIT_OK : EXIT_INVALID;

    if (context.json) {
      const output = {
        total: results.total,
        results: results.results.map(resultJson),
        online: results.online.map(resultJson),
        near: { query: near, lat: place.point.lat, lon: place.point.lon, label: place.label },
        ...(openAtRead && typeof openAtRaw === "string"
          ? {
              openAt: {
                query: openAtRaw,
                at: openAtRead.instant.toISOString(),
                ...(openAtRead.note ? { note: openAtRead.note } : {}),
              },
            }
          : {}),
      };
      context.print(JSON.stringify(output, null, 2));
      return status;
    }
    const { style } = context;
    const radius = radiusKm ?? DEFAULT_RADIUS_KM;
    if (results.total === 0) {
      context.print(`No office within ${radius} km of ${place.label} matches.`);
      context.print("Try a larger --radius or fewer filters.");
    } else {
      const shown = results.results.length;
      const of =
        shown < results.total
          ? `${shown} of ${count(results.total, "office")}`
          : count(results.total, "office");
      context.print(`${of} within ${radius} km of ${style.bold(place.label)}, nearest first:`);
      context.print("");
      const rows = results.results.map((result) => [
        `  ${formatKm(result.distanceKm)}`,
        style.bold(result.office.name),
        result.office.programmes.join(", "),
        openingText(result, now, style.green),
      ]);
      for (const line of alignColumns(rows)) context.print(line);
      if (shown < results.total) context.print(style.dim(`  … use --limit ${results.total} to see all.`));
    }
    if (results.online.length > 0) {
      context.print("");
      context.print("Online services that fit:");
      const rows = results.online.map((result) => [
        `  ${result.office.name}`,
        result.office.programmes.join(", "),
      ]);
      for (const line of alignColumns(rows)) context.print(line);
    }
    const eligibility = results.eligibility;
    if (eligibility && eligibility.reasons.length > 0 && results.total === 0) {
      context.print("");
      context.print(`For age ${age}: ${eligibility.reasons.map(reasonText).join("; ")}.`);
    }
    return status;
  },
};

// Anything shaped like two numbers (exponents, NaN and Infinity included) is meant as coordinates:
// it must be two finite numbers in range, never a place-name lookup ("NaN" would match "Nandlstadt").
const NUMBER = String.raw`[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|[-+]?nan|[-+]?infinity`;
const COORDINATES = new RegExp(String.raw`^\s*(${NUMBER})\s*[,;]\s*(${NUMBER})\s*$`, "i");

/** Coordinates as given, or the best geocoder match for a postcode or place name. */
async function locate(
  near: string,
  context: CommandContext,
): Promise<{ point: GeoPoint; label: string; match?: GeocodeMatch } | undefined> {
  const coordinates = COORDINATES.exec(near);
  if (coordinates) {
    const lat = Number(coordinates[1]);
    const lon = Number(coordinates[2]);
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      throw usageError(
        `Option --near: expected latitude,longitude such as 50.94,6.96, received ${JSON.stringify(near)}.`,
      );
    }
    return { point: { lat, lon }, label: `${lat}, ${lon}` };
  }
  const match = (await context.geocoder()).geocode(near)[0];
  if (!match) return undefined;
  return { point: { lat: match.lat, lon: match.lon }, label: match.label, match };
}

function noPlace(near: string, context: CommandContext): number {
  const message = `No postcode or place matches ${JSON.stringify(near)}.`;
  if (context.json) {
    context.print(JSON.stringify({ total: 0, results: [], online: [], near: { query: near } }, null, 2));
  } else {
    context.print(message);
    context.print(
      `Check the spelling, or try \`beratungsfinder geocode ${JSON.stringify(near)}\` or lat,lon coordinates.`,
    );
  }
  return EXIT_INVALID;
}

function languageOption(raw: string | boolean | undefined): string[] {
  if (typeof raw !== "string") return [];
  const codes = raw
    .split(",")
    .map((code) => code.trim().toLowerCase())
    .filter(Boolean);
  for (const code of codes) {
    if (!/^[a-z]{2,3}$/.test(code)) {
      throw usageError(
        `Option --language: expected an ISO 639 code such as ar or uk, received ${JSON.stringify(code)}.`,
      );
    }
  }
  return codes;
}

/** Programmes are upper case in the data; accept "jmd" as well as "JMD". */
function programmeOption(raw: string | boolean | undefined): Programme[] {
  if (typeof raw !== "string") return [];
  return raw
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const programme = PROGRAMMES.find((known) => known.toLowerCase() === item.toLowerCase());
      if (!programme) {
        throw usageError(
          `Option --programme: expected one of ${PROGRAMMES.join(", ")}, received ${JSON.stringify(item)}.`,
        );
      }
      return programme;
    });
}

function resultJson(result: SearchResult): SearchResultJson {
  return {
    id: result.office.id,
    name: result.office.name,
    distanceKm: result.distanceKm === undefined ? null : Math.round(result.distanceKm * 100) / 100,
    openNow: result.openNow,
    nextOpening: result.nextOpening
      ? {
          start: result.nextOpening.start.toISOString(),
          end: result.nextOpening.end.toISOString(),
          kind: result.nextOpening.kind,
        }
      : null,
    reasons: result.reasons,
    programmes: result.office.programmes,
    responsible: result.responsible,
  };
}

function formatKm(km: number | undefined): string {
  if (km === undefined) return "";
  return `${km < 10 ? km.toFixed(1) : Math.round(km)} km`;
}

const WEEKDAY_NAMES = {
  mo: "Mon",
  tu: "Tue",
  we: "Wed",
  th: "Thu",
  fr: "Fri",
  sa: "Sat",
  su: "Sun",
} as const;
const KIND_WORDS = {
  open: "open",
  consultation: "consultation hours",
  appointment: "by appointment",
  phone: "reachable by phone",
} as const;

/** "open now until 16:00", "by appointment now until 12:00", "opens Thu 09:00 (by appointment)", in Berlin time. */
function openingText(result: SearchResult, now: Date, highlight: (text: string) => string): string {
  const { current } = result.status;
  if (current) {
    const end = berlinParts(current.end);
    const until = `until ${clock(end.hour, end.minute)}`;
    if (result.openNow)
      return highlight(`open now ${until}${current.kind === "open" ? "" : ` (${KIND_WORDS[current.kind]})`}`);
    return `${KIND_WORDS[current.kind]} now ${until}`;
  }
  const next = result.status.next;
  if (!next) return result.office.openingHours ? "no upcoming hours" : "no opening hours given";
  const kind = next.kind === "open" ? "" : ` (${KIND_WORDS[next.kind]})`;
  const start = berlinParts(next.start);
  const today = berlinParts(now);
  const days = (next.start.getTime() - now.getTime()) / 86_400_000;
  const day =
    start.date === today.date ? "" : days < 6 ? `${WEEKDAY_NAMES[start.weekday]} ` : `${start.date} `;
  return `opens ${day}${clock(start.hour, start.minute)}${kind}`;
}

function clock(hour: number, minute: number): string {
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

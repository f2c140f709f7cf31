import type { Reason } from "@beratungsfinder/core";
import type { Formatting } from "./formatting.js";
import type { MessageId } from "./messages.js";
import type { Translator } from "./translator.js";

/** Umbrella bodies with a proper name stay untranslated; the others are messages. */
const UMBRELLA_NAMES: Record<string, string> = {
  awo: "AWO",
  caritas: "Caritas",
  diakonie: "Diakonie",
  drk: "DRK",
  paritaetischer: "Der Paritätische",
  zwst: "ZWST",
  bdv: "Bund der Vertriebenen",
  ib: "IB",
  "bag-ejsa": "BAG EJSA",
  "bag-kjs": "BAG KJS",
};

type Params = Record<string, string>;

function messageFor(t: Translator, id: string, params: Params = {}): string | undefined {
  if (!t.has(id)) return undefined;
  return (t as (id: MessageId, params: Params) => string)(id, params);
}

/** The name of a programme, umbrella, topic or channel code in the widget locale. */
export function codeLabel(
  t: Translator,
  kind: "programme" | "topic" | "channel" | "umbrella",
  code: string,
): string {
  if (kind === "umbrella" && UMBRELLA_NAMES[code]) return UMBRELLA_NAMES[code];
  return messageFor(t, `${kind}.${code}`) ?? code;
}

/**
 * A reason key from core (`match.*` from search, `eligibility.*` from eligibility) as a sentence in the
 * widget locale; `undefined` for keys this version does not know, which are then left out.
 */
export function describeReason(reason: Reason, t: Translator, format: Formatting): string | undefined {
  const raw = reason.params ?? {};
  const params: Params = {};
  for (const [name, value] of Object.entries(raw)) {
    params[name] = typeof value === "number" ? format.number(value) : String(value);
  }
  if (typeof raw.km === "number") params.distance = format.distance(raw.km);
  if (typeof raw.programme === "string") params.programme = codeLabel(t, "programme", raw.programme);
  if (typeof raw.topic === "string") params.topic = codeLabel(t, "topic", raw.topic);
  if (typeof raw.channel === "string") params.channel = codeLabel(t, "channel", raw.channel);
  if (typeof raw.umbrella === "string") params.umbrella = codeLabel(t, "umbrella", raw.umbrella);
  if (typeof raw.language === "string") params.language = format.language(raw.language);
  // A related language (same macrolanguage) is marked with the one asked for: "Persisch ≈ Dari".
  if (reason.key === "match.relatedLanguage" && typeof raw.asked === "string") {
    return messageFor(t, "match.language", {
      ...params,
      language: `${params.language} ≈ ${format.language(raw.asked)}`,
    });
  }
  return messageFor(t, reason.key, params);
}

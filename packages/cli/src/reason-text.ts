import type { Reason } from "@beratungsfinder/core";
import type { MatchReasonKey } from "@beratungsfinder/schemas/vocabulary";

type Params = Record<string, string | number>;

// English sentences for the terminal; the widget translates the same keys into every language it ships.
const TEXTS: Record<string, (params: Params) => string> = {
  "eligibility.jmd.age": (p) =>
    `JMD counsels young people from ${p.minAge} until their ${p.maxAgeExclusive}th birthday`,
  "eligibility.jmd.parents": () => "JMD also counsels parents on their children's education",
  "eligibility.mbe.age": (p) => `MBE counsels adults from ${p.minAge}`,
  "eligibility.mbe.exception-under-27": () => "MBE may counsel young adults under 27 by exception",
  "eligibility.mbeon.adult": () => "mbeon counsels adults online",
  "eligibility.jmd4you.age": () => "jmd4you counsels young people from 12 to 26 online",
  "eligibility.avb.asylum-procedure": () => "AVB counsels people in the asylum procedure",
  "eligibility.iq.foreign-qualification": () => "IQ counsels on the recognition of foreign qualifications",
  "eligibility.faire-integration.third-country-worker": () =>
    "Faire Integration counsels workers from third countries",
  "eligibility.faire-mobilitaet.eu-worker": () =>
    "Faire Mobilität counsels workers from EU countries on their rights at work",
  "eligibility.adb.discrimination": () => "Anti-discrimination counselling helps after discrimination",
  "eligibility.other.check-office": () => "Other programmes set their own conditions; check with the office",
  "eligibility.age-unknown": () => "No age given: every programme is listed",
  "eligibility.invalid-age": (p) =>
    `The age ${p.received} is not plausible (0 to ${p.max}); treated as unknown`,
  "eligibility.child-under-12": (p) =>
    `Under ${p.maxAgeExclusive}: children are not counselled themselves; their parents can go to the MBE`,
};

/** A reason as an English sentence for the terminal, or its key and parameters when no sentence is known. */
export function reasonText(reason: Reason): string {
  const text = TEXTS[reason.key];
  if (text) return text(reason.params ?? {});
  const params = Object.entries(reason.params ?? {}).map(([name, value]) => `${name}=${value}`);
  return params.length > 0 ? `${reason.key} (${params.join(", ")})` : reason.key;
}

const MATCH_TEXTS: Record<MatchReasonKey, (params: Params) => string> = {
  "match.distance": (p) => `${p.km} km away`,
  "match.responsible": () => "responsible for this area",
  "match.online": () => "online",
  "match.programme": (p) => `programme ${p.programme}`,
  "match.age": (p) => `fits age ${p.age}`,
  "match.language": (p) => `speaks ${p.language}`,
  "match.relatedLanguage": (p) => `speaks ${p.language}, related to ${p.asked}`,
  "match.topic": (p) => `topic ${p.topic}`,
  "match.channel": (p) => `via ${p.channel}`,
  "match.stepFree": () => "step-free",
  "match.umbrella": (p) => `umbrella ${p.umbrella}`,
  "match.openAt": () => "open at the asked time",
  "match.outreach": (p) => `outreach hours at ${p.place}, ${p.city}`,
};
Object.assign(TEXTS, MATCH_TEXTS);

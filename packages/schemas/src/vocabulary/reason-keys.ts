/** Every reason key the default eligibility rules and `eligibility` can produce, so translations can be checked. */
export const ELIGIBILITY_REASON_KEYS = [
  "eligibility.jmd.age",
  "eligibility.jmd.parents",
  "eligibility.mbe.age",
  "eligibility.mbe.exception-under-27",
  "eligibility.mbeon.adult",
  "eligibility.jmd4you.age",
  "eligibility.avb.asylum-procedure",
  "eligibility.iq.foreign-qualification",
  "eligibility.faire-integration.third-country-worker",
  "eligibility.faire-mobilitaet.eu-worker",
  "eligibility.adb.discrimination",
  "eligibility.other.check-office",
  "eligibility.age-unknown",
  "eligibility.invalid-age",
  "eligibility.child-under-12",
] as const;
export type EligibilityReasonKey = (typeof ELIGIBILITY_REASON_KEYS)[number];

/** Every reason key search gives a result ("why is this office listed"), with the parameters it carries. */
export const MATCH_REASON_KEYS = [
  "match.distance",
  "match.responsible",
  "match.online",
  "match.programme",
  "match.age",
  "match.language",
  "match.relatedLanguage",
  "match.topic",
  "match.channel",
  "match.stepFree",
  "match.umbrella",
  "match.openAt",
  "match.outreach",
] as const;
export type MatchReasonKey = (typeof MATCH_REASON_KEYS)[number];

/** A reason key core produces; custom eligibility rules may bring their own keys besides these. */
export type ReasonKey = EligibilityReasonKey | MatchReasonKey;

import type { Programme } from "@beratungsfinder/schemas";

/**
 * Situations a person may choose to tell. Each one is optional and only ever widens the result: asking about
 * residence status can reveal special-category data (Art. 9 GDPR), so nothing requires it.
 */
export const SITUATIONS = [
  "asylum-procedure",
  "foreign-qualification",
  "third-country-worker",
  "eu-worker",
  "discrimination",
  "parent-of-young-person",
] as const;
export type Situation = (typeof SITUATIONS)[number];

/** How the person wants to be counselled; an online service is one without an office to visit. */
export type EligibilityChannel = "in-person" | "online";

/**
 * One reason a programme fits: all conditions must hold. Rules are data so that a deployment can adapt them
 * (a state programme, a changed funding guideline) without touching code.
 */
export interface EligibilityRule {
  programme: Programme;
  /** Inclusive lower age bound in years. */
  minAge?: number;
  /** Exclusive upper age bound: 27 means "until the 27th birthday". */
  maxAgeExclusive?: number;
  /** The person must have said they are in this situation. */
  situation?: Situation;
  /** How the programme counsels; filtered against the person's `channels` when given. */
  channel: EligibilityChannel;
  /** Message key of the reason, translated by the widget. */
  reason: string;
  /** Lower comes first: 10 is the programme made for this person, higher numbers are alternatives. */
  priority: number;
  /** The programme fits only by exception (MBE for 18–26-year-olds with "adult" problems). */
  exception?: boolean;
}

/**
 * The federal programmes from DOMAIN.md as rules. An age rules out only what it rules out:
 * - JMD serves 12 ≤ age < 27 (until the 27th birthday), and parents on questions of their children's education.
 * - MBE serves adults from 27; young adults 18–26 by exception for "adult" problems (housing, benefits), said so
 *   with its own reason key and `exception: true`. Children under 12 are not counselled themselves: their
 *   parents are MBE clients, so an age under 12 makes MBE (and mbeon) the programme to show.
 * - mbeon (MBE online) serves adults. Its terms say "Erwachsene" without a number; we take 18, the age of
 *   majority. Unverified against a written minimum age: adjust this rule if mbeon publishes one.
 * - jmd4you (JMD online) serves young people, with JMD's ages 12–26.
 * - AVB, IQ, Faire Integration, Faire Mobilität and anti-discrimination counselling have no age limit: they always
 *   stay. When the person says they are in the situation a programme is for, it moves up (priority 15).
 * - Faire Mobilität (DGB) counsels people from EU countries who work or seek work in Germany on their rights at
 *   work (wages, contracts, posted work, accommodation); Faire Integration is its counterpart for third-country
 *   workers. Like Faire Integration it has no age bound (no "working age" minimum is published, and an age must
 *   not hide it) and ranks the same: among the alternatives, first of them when the person says "eu-worker".
 *   The rule follows the project's own description, "labour rights counselling for EU workers"; whether it also
 *   counsels third-country workers is not stated in our sources, so the "third-country-worker" situation does
 *   not move it up.
 * - OTHER (state programmes and the like) sets its own conditions: always offered last, "check the office".
 */
export const DEFAULT_ELIGIBILITY_RULES: readonly EligibilityRule[] = [
  {
    programme: "JMD",
    minAge: 12,
    maxAgeExclusive: 27,
    channel: "in-person",
    reason: "eligibility.jmd.age",
    priority: 10,
  },
  { programme: "MBE", minAge: 27, channel: "in-person", reason: "eligibility.mbe.age", priority: 10 },
  {
    programme: "MBE",
    maxAgeExclusive: 12,
    channel: "in-person",
    reason: "eligibility.child-under-12",
    priority: 10,
  },
  ...situationRules("AVB", "asylum-procedure", "eligibility.avb.asylum-procedure"),
  ...situationRules("IQ", "foreign-qualification", "eligibility.iq.foreign-qualification"),
  ...situationRules(
    "FAIRE_INTEGRATION",
    "third-country-worker",
    "eligibility.faire-integration.third-country-worker",
  ),
  ...situationRules("FAIRE_MOBILITAET", "eu-worker", "eligibility.faire-mobilitaet.eu-worker"),
  ...situationRules("ADB", "discrimination", "eligibility.adb.discrimination"),
  {
    programme: "JMD",
    situation: "parent-of-young-person",
    channel: "in-person",
    reason: "eligibility.jmd.parents",
    priority: 18,
  },
  {
    programme: "JMD4YOU",
    minAge: 12,
    maxAgeExclusive: 27,
    channel: "online",
    reason: "eligibility.jmd4you.age",
    priority: 20,
  },
  { programme: "MBEON", minAge: 18, channel: "online", reason: "eligibility.mbeon.adult", priority: 30 },
  {
    programme: "MBEON",
    maxAgeExclusive: 12,
    channel: "online",
    reason: "eligibility.mbeon.adult",
    priority: 30,
  },
  {
    programme: "MBE",
    minAge: 18,
    maxAgeExclusive: 27,
    channel: "in-person",
    reason: "eligibility.mbe.exception-under-27",
    priority: 40,
    exception: true,
  },
  { programme: "OTHER", channel: "in-person", reason: "eligibility.other.check-office", priority: 90 },
];

/** A programme without an age limit: first among the alternatives when the person names its situation, else after them. */
function situationRules(programme: Programme, situation: Situation, reason: string): EligibilityRule[] {
  return [
    { programme, situation, channel: "in-person", reason, priority: 15 },
    { programme, channel: "in-person", reason, priority: 50 },
  ];
}

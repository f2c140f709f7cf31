import type { Programme } from "@beratungsfinder/schemas";

/**
 * Situations a person may choose to tell. Each one is optional and only ever widens the result: asking about
 * residence status can reveal special-category data (Art. 9 GDPR), so nothing requires it.
 */
export const SITUATIONS = [
  "asylum-procedure",
  "foreign-qualification",
  "third-country-worker",
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
}

/**
 * The federal programmes from DOMAIN.md as rules.
 * - JMD serves 12 ≤ age < 27 (until the 27th birthday), and parents on questions of their children's education.
 * - MBE serves adults from 27; young adults 18–26 by exception for "adult" problems (housing, benefits), said so
 *   with its own reason key.
 * - mbeon (MBE online) serves adults: we take 18, the age of majority, because the service says "adults".
 * - jmd4you (JMD online) serves young people, with JMD's ages 12–26.
 * - AVB, IQ, Faire Integration and anti-discrimination counselling serve any age, but only when the person says
 *   they are in the situation the programme is for.
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
    programme: "AVB",
    situation: "asylum-procedure",
    channel: "in-person",
    reason: "eligibility.avb.asylum-procedure",
    priority: 15,
  },
  {
    programme: "IQ",
    situation: "foreign-qualification",
    channel: "in-person",
    reason: "eligibility.iq.foreign-qualification",
    priority: 15,
  },
  {
    programme: "FAIRE_INTEGRATION",
    situation: "third-country-worker",
    channel: "in-person",
    reason: "eligibility.faire-integration.third-country-worker",
    priority: 15,
  },
  {
    programme: "ADB",
    situation: "discrimination",
    channel: "in-person",
    reason: "eligibility.adb.discrimination",
    priority: 15,
  },
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
    programme: "MBE",
    minAge: 18,
    maxAgeExclusive: 27,
    channel: "in-person",
    reason: "eligibility.mbe.exception-under-27",
    priority: 40,
  },
  { programme: "OTHER", channel: "in-person", reason: "eligibility.other.check-office", priority: 90 },
];

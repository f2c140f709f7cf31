/**
 * Counselling programmes an office belongs to: the federal MBE and JMD, their online services
 * (mbeon, jmd4you), asylum procedure counselling, Faire Integration (labour rights of third-country
 * workers), Faire Mobilität (since 1.1: the DGB's labour rights counselling for workers from EU countries,
 * its counterpart), IQ recognition counselling, anti-discrimination counselling, and anything else as `OTHER`.
 */
export const PROGRAMMES = [
  "MBE",
  "JMD",
  "MBEON",
  "JMD4YOU",
  "AVB",
  "FAIRE_INTEGRATION",
  "FAIRE_MOBILITAET",
  "IQ",
  "ADB",
  "OTHER",
] as const;
export type Programme = (typeof PROGRAMMES)[number];

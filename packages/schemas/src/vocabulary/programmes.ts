/**
 * Counselling programmes an office belongs to: the federal MBE and JMD, their online services
 * (mbeon, jmd4you), asylum procedure counselling, Faire Integration, IQ recognition counselling,
 * anti-discrimination counselling, and anything else as `OTHER`.
 */
export const PROGRAMMES = [
  "MBE",
  "JMD",
  "MBEON",
  "JMD4YOU",
  "AVB",
  "FAIRE_INTEGRATION",
  "IQ",
  "ADB",
  "OTHER",
] as const;
export type Programme = (typeof PROGRAMMES)[number];

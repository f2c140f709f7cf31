import * as z from "zod/mini";

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

// Marked pure so a bundle that only needs the constant drops the schema.
export const ProgrammeSchema = /* @__PURE__ */ z.enum(PROGRAMMES);
export type Programme = z.infer<typeof ProgrammeSchema>;

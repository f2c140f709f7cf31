import * as z from "zod/mini";

export const TARGET_GROUPS = [
  "newcomers",
  "refugees",
  "asylum-seekers",
  "spaetaussiedler",
  "eu-citizens",
  "workers",
  "families",
  "parents",
  "young-people",
  "women",
  "lgbtiq",
] as const;

export const TargetGroupSchema = z.enum(TARGET_GROUPS);
export type TargetGroup = z.infer<typeof TargetGroupSchema>;

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

// Marked pure so a bundle that only needs the constant drops the schema.
export const TargetGroupSchema = /* @__PURE__ */ z.enum(TARGET_GROUPS);
export type TargetGroup = z.infer<typeof TargetGroupSchema>;

/** Who an office addresses in particular (everyone else is welcome too). */
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
export type TargetGroup = (typeof TARGET_GROUPS)[number];

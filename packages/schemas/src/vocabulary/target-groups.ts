/**
 * Who an office addresses in particular (everyone else is welcome too). Since 1.1: `tolerated-persons`
 * (people with a Duldung) and `unaccompanied-minors` (unbegleitete minderjährige Geflüchtete).
 */
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
  // Since 1.1.
  "tolerated-persons",
  "unaccompanied-minors",
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** Prefix lengths of a key: state, government region, district, then the 9-digit association (ARS). */
const PREFIX_LENGTHS = [2, 3, 5, 9] as const;

/**
 * Whether a service area covers the place with the official key `ags`. Keys are hierarchical, so an
 * office responsible for district "05315" is responsible for every municipality whose key starts with
 * it. An 8-digit AGS (state, region, district, municipality) is matched exactly; a 12-digit ARS also
 * matches its 9-digit association and the AGS it contains (first 5 digits plus the last 3).
 *
 * @example isResponsible(new Set(["05315"]), "05315000") // true
 */
export function isResponsible(serviceArea: ReadonlySet<string>, ags: string | undefined): boolean {
  if (!ags || serviceArea.size === 0) return false;
  if (serviceArea.has(ags)) return true;
  for (const length of PREFIX_LENGTHS) {
    if (length >= ags.length) break;
    if (serviceArea.has(ags.slice(0, length))) return true;
  }
  return ags.length === 12 && serviceArea.has(ags.slice(0, 5) + ags.slice(9));
}

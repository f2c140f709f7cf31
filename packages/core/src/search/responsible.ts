/**
 * Whether a service area covers the place with the official key `ags`. Keys are hierarchical (state 2,
 * region 3, district 5, association 9 digits), so an office responsible for district "05315" is
 * responsible for every municipality whose key starts with it. A 12-digit ARS also matches the 8-digit
 * AGS it contains (first 5 digits plus the last 3).
 *
 * @example isResponsible(["05315"], "05315000") // true
 */
export function isResponsible(serviceArea: readonly string[], ags: string | undefined): boolean {
  if (!ags) return false;
  for (const key of serviceArea) {
    if (ags.startsWith(key)) return true;
    if (ags.length === 12 && key.length === 8 && key === ags.slice(0, 5) + ags.slice(9)) return true;
  }
  return false;
}

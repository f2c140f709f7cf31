/** The longest excerpt of a cell that a message quotes. */
export const MAX_EXCERPT_LENGTH = 80;

/**
 * The part of a cell around a 1-based character position, at most 80 characters with "…" where it
 * was cut, so a 60 KB cell never floods a message (or the memory, once per problem).
 *
 * @example
 * cellExcerpt("Mo-Fr ".repeat(10_000), 7) // "Mo-Fr Mo-Fr … Mo-Fr …" (80 characters)
 */
export function cellExcerpt(text: string, position = 1): string {
  if (text.length <= MAX_EXCERPT_LENGTH) return text;
  const room = MAX_EXCERPT_LENGTH - 2; // one "…" at each end at most
  const start = Math.min(Math.max(0, position - 1 - Math.floor(room / 2)), text.length - room);
  const head = start > 0 ? "…" : "";
  const end = start + room + (head ? 0 : 1);
  const tail = end < text.length ? "…" : "";
  return `${head}${text.slice(start, end)}${tail}`;
}

/**
 * Near misses for place names ("Muenchn", "Dusseldrof"): keys within a small edit distance, where
 * swapping two neighbouring letters counts as one edit (optimal string alignment). Only keys with the
 * same first letter are compared, because people rarely mistype the first letter and this keeps a
 * lookup to a few thousand short comparisons; `Geocoder.resolve` also tries the first letters next to
 * the typed one (`firstLetterNeighbours`) when nothing else is close.
 */

/** Edits allowed for a key of this length: none up to 3 letters, 1 up to 5, then 2. */
export function allowedEdits(length: number): number {
  return length <= 3 ? 0 : length <= 5 ? 1 : 2;
}

/** The optimal-string-alignment distance of `a` and `b`, or `max + 1` as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/**
 * Positions in `keys` (sorted ascending) within `max` edits (default: those allowed for its length) of
 * `query`, the closest first; only those at the smallest distance found. A key of more words than the
 * query is also compared by its first words, so "frankfrut" finds "frankfurt am main".
 */
export function nearKeys(
  keys: readonly string[],
  query: string,
  lowerBound: (value: string) => number,
  max?: number,
): number[] {
  const allowed = max ?? allowedEdits(query.length);
  const first = query[0];
  if ((max === undefined && allowed === 0) || allowed < 0 || first === undefined) return [];
  const words = query.split(" ").length;
  let best = allowed;
  let found: number[] = [];
  for (let i = lowerBound(first); i < keys.length; i++) {
    const key = keys[i] as string;
    if (key[0] !== first) break;
    const head = firstWords(key, words);
    const distance = Math.min(
      editDistance(query, key, best),
      head === key ? best + 1 : editDistance(query, head, best),
    );
    if (distance < best) {
      best = distance;
      found = [i];
    } else if (distance === best) found.push(i);
  }
  return found;
}

/** The first `count` words of a key: "frankfurt am main", 1 → "frankfurt". */
function firstWords(key: string, count: number): string {
  let at = -1;
  for (let word = 0; word < count; word++) {
    at = key.indexOf(" ", at + 1);
    if (at < 0) return key;
  }
  return key.slice(0, at);
}

// Letters next to each other on a German (QWERTZ) keyboard, and those that sound alike in names
// (C/K/Z, F/V/W, D/T, B/P, G/K, I/J/Y): the first letters a typo in the first letter most likely hit.
const ROWS = ["qwertzuiop", "asdfghjkl", "yxcvbnm"];
const SOUNDS = ["ckz", "fvw", "dt", "bp", "gk", "ijy", "sz"];

/** The first letters a person more likely meant when typing `letter` first: "l" → ["k"], "v" → ["b", "c", "f", "w"]; [] outside a–z. */
export function firstLetterNeighbours(letter: string): string[] {
  const found = new Set<string>();
  for (const row of ROWS) {
    const at = row.indexOf(letter);
    if (at < 0) continue;
    if (at > 0) found.add(row[at - 1] as string);
    if (at < row.length - 1) found.add(row[at + 1] as string);
  }
  for (const group of SOUNDS) if (group.includes(letter)) for (const other of group) found.add(other);
  found.delete(letter);
  return [...found].sort();
}

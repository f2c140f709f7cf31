/**
 * Near misses for place names ("Muenchn", "Dusseldrof"): keys within a small edit distance, where
 * swapping two neighbouring letters counts as one edit (optimal string alignment). Only keys with the
 * same first letter are compared, because people rarely mistype the first letter and this keeps a
 * lookup to a few thousand short comparisons.
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
 * Positions in `keys` (sorted ascending) within the allowed edits of `query`, the closest first; only
 * those at the smallest distance found.
 */
export function nearKeys(
  keys: readonly string[],
  query: string,
  lowerBound: (value: string) => number,
): number[] {
  const max = allowedEdits(query.length);
  const first = query[0];
  if (max === 0 || first === undefined) return [];
  let best = max;
  let found: number[] = [];
  for (let i = lowerBound(first); i < keys.length; i++) {
    const key = keys[i] as string;
    if (key[0] !== first) break;
    const distance = editDistance(query, key, best);
    if (distance < best) {
      best = distance;
      found = [i];
    } else if (distance === best) found.push(i);
  }
  return found;
}

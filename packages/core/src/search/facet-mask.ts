/**
 * Closed lists (programmes, topics, channels, umbrellas) as bit masks: "offers any of these" becomes one
 * `&`, and indexing 100,000 offices allocates no sets. Values outside the list get no bit, so a query
 * for an unknown value matches nothing.
 */
export interface FacetMask {
  mask(values: readonly string[] | undefined): number;
  values(mask: number): string[];
}

export function facetMask(universe: readonly string[]): FacetMask {
  if (universe.length > 31)
    throw new RangeError(`A facet mask holds 31 values, received ${universe.length}.`);
  const bits = new Map(universe.map((value, position) => [value, 1 << position]));
  return {
    mask(values) {
      let mask = 0;
      for (const value of values ?? []) mask |= bits.get(value) ?? 0;
      return mask;
    },
    values(mask) {
      return universe.filter((_, position) => (mask & (1 << position)) !== 0);
    },
  };
}

/** Ranking of name matches: the best few by rank, population and position, each index once. */

export interface Ranked {
  index: number;
  /** 2 × tier + 1 when only a folded spelling matched. */
  rank: number;
  population: number;
}

/** The best `limit` candidates offered, by rank, then population (largest first), then index; each index once. */
export class BestCandidates {
  readonly items: Ranked[] = [];
  readonly #byIndex = new Map<number, Ranked>();
  readonly #limit: number;

  constructor(limit: number) {
    this.#limit = limit;
  }

  offer(index: number, rank: number, population: number): void {
    const { items } = this;
    const last = items[items.length - 1];
    if (items.length >= this.#limit && (!last || compare(rank, population, index, last) >= 0)) return;
    const candidate = { index, rank, population };
    const existing = this.#byIndex.get(index);
    if (existing) {
      if (compareRanked(candidate, existing) >= 0) return;
      items.splice(items.indexOf(existing), 1);
    }
    let low = 0;
    let high = items.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareRanked(items[middle] as Ranked, candidate) < 0) low = middle + 1;
      else high = middle;
    }
    items.splice(low, 0, candidate);
    this.#byIndex.set(index, candidate);
    if (items.length > this.#limit) {
      const dropped = items.pop();
      if (dropped) this.#byIndex.delete(dropped.index);
    }
  }
}

function compareRanked(a: Ranked, b: Ranked): number {
  return compare(a.rank, a.population, a.index, b);
}

function compare(rank: number, population: number, index: number, b: Ranked): number {
  return rank - b.rank || b.population - population || index - b.index;
}

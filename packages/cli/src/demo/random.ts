/** A seeded pseudo-random source: the same seed always gives the same demo dataset. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(values: readonly T[]): T;
  /** One key, with probability proportional to its weight. */
  weighted<T extends string>(weights: Readonly<Partial<Record<T, number>>>): T;
}

/**
 * mulberry32: 32 bits of state, fast, and good enough for spreading fictional offices; not for secrets.
 *
 * @example createRandom(1).int(1, 6)
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (values) => values[Math.floor(next() * values.length)]!,
    weighted(weights) {
      const entries = Object.entries(weights) as Array<[keyof typeof weights & string, number | undefined]>;
      let total = 0;
      for (const [, weight] of entries) total += weight ?? 0;
      let roll = next() * total;
      for (const [key, weight] of entries) {
        roll -= weight ?? 0;
        if (roll < 0) return key;
      }
      return entries[entries.length - 1]![0];
    },
  };
}

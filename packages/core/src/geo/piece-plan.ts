import { type GeodataManifest, pieceFile } from "./geodata-format.js";

/** Which pieces of a geodata folder a lookup needs, from its manifest alone. */
export class PiecePlan {
  readonly #postcodes: readonly GeodataManifest["postcodes"][number][];
  readonly #names: readonly GeodataManifest["names"][number][];

  constructor(manifest: GeodataManifest) {
    this.#postcodes = manifest.postcodes;
    this.#names = manifest.names;
  }

  /** Every piece of the folder. */
  all(): string[] {
    return [
      ...this.#postcodes.map(([prefix, hash]) => pieceFile("postcodes", prefix, hash)),
      ...this.#names.map(([from, hash]) => pieceFile("names", from, hash)),
    ];
  }

  /**
   * The pieces with postcodes starting with `digits`: the one piece whose digits begin them, or, for
   * fewer digits than the pieces have ("5", "56" where 56 is split), those starting with them, in
   * order, until they hold `limit` postcodes.
   */
  postcodes(digits: string, limit: number): string[] {
    const files: string[] = [];
    let count = 0;
    for (const [prefix, hash, size] of this.#postcodes) {
      if (digits.startsWith(prefix)) return [pieceFile("postcodes", prefix, hash)];
      if (!prefix.startsWith(digits) || count >= limit) continue;
      files.push(pieceFile("postcodes", prefix, hash));
      count += size;
    }
    return files;
  }

  /** The name pieces holding keys that start with `key`. */
  names(key: string): string[] {
    return this.#range(key, successor(key));
  }

  /**
   * Where near misses of `key` are looked for: its own pieces and their neighbours (typos after the
   * first letters stay close in the sort order); with `wide`, every piece of its first letter, which
   * is where the full geocoder looks.
   */
  nearMisses(key: string, wide: boolean): string[] {
    const first = key.slice(0, 1);
    if (wide) return this.#range(first, successor(first));
    const own = this.#positions(key, successor(key));
    const from = Math.max(0, (own[0] ?? 0) - 1);
    const to = Math.min(this.#names.length - 1, (own[own.length - 1] ?? 0) + 1);
    return this.#names.slice(from, to + 1).map(([start, hash]) => pieceFile("names", start, hash));
  }

  #range(low: string, high: string): string[] {
    return this.#positions(low, high).map((index) => {
      const [start, hash] = this.#names[index] as [string, string];
      return pieceFile("names", start, hash);
    });
  }

  /** Positions of the pieces whose range [start, next start) meets [low, high). */
  #positions(low: string, high: string): number[] {
    const positions: number[] = [];
    this.#names.forEach(([start], index) => {
      const next = this.#names[index + 1]?.[0];
      if (start < high && (next === undefined || next > low)) positions.push(index);
    });
    return positions;
  }
}

/** The first string after every string that starts with `key`: "ko" → "kp"; "" → the end. */
function successor(key: string): string {
  if (key === "") return "\uffff";
  return key.slice(0, -1) + String.fromCharCode(key.charCodeAt(key.length - 1) + 1);
}

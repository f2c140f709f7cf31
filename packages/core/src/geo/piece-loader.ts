import { BeratungsfinderError } from "../errors.js";
import {
  type DecodedNamePiece,
  decodeManifest,
  decodeNamePiece,
  decodePostcodePiece,
  type PostcodeRecord,
} from "./decode-pieces.js";
import { GEODATA_MANIFEST_FILE, type GeoData, type GeodataManifest } from "./geodata-format.js";
import { LoadedGeodata } from "./loaded-geodata.js";
import { PiecePlan } from "./piece-plan.js";

/** Where a piecewise geocoder gets its pieces: the folder's manifest and a way to fetch a piece by file name. */
export interface PieceSource {
  manifest: GeodataManifest;
  /** The parsed JSON of one piece; rejects with a `BeratungsfinderError` that says why. */
  fetch(file: string): Promise<unknown>;
}

type Decoded = { file: string; postcodes: PostcodeRecord[] } | { file: string; names: DecodedNamePiece };

/** "postcodes-50.….json" → "postcodes starting with 50"; "names-ko.….json" → "names from ko". */
function contents(file: string): string {
  const [kind, start] = file.split(/[-.]/);
  return kind === "postcodes" ? `postcodes starting with ${start}` : `place names from "${start}"`;
}

function decode(file: string, value: unknown): Decoded {
  return file.startsWith("postcodes-")
    ? { file, postcodes: decodePostcodePiece(value, file) }
    : { file, names: decodeNamePiece(value, file) };
}

/**
 * Fetches, decodes and adds the pieces a geocoder needs, each once: a piece asked for twice while it
 * loads is fetched once, and one that failed is fetched again on the next request.
 */
export class PieceLoader {
  readonly data = new LoadedGeodata();
  readonly #plan: PiecePlan;
  readonly #source: PieceSource;
  readonly #pending = new Map<string, Promise<Decoded>>();
  readonly #added = new Set<string>();
  /** Everything is loaded: nothing to fetch. */
  complete = false;

  constructor(source: PieceSource) {
    this.#source = source;
    this.#plan = new PiecePlan(source.manifest);
  }

  /** A loader over the whole data, every piece decoded and added at once. */
  static whole(data: GeoData): PieceLoader {
    const manifest = decodeManifest(data?.manifest, GEODATA_MANIFEST_FILE);
    const loader = new PieceLoader({ manifest, fetch: async () => undefined });
    const decoded = loader.#plan.all().map((file) => {
      if (!Object.hasOwn(data.pieces, file)) {
        throw new BeratungsfinderError(
          "GEODATA_UNAVAILABLE",
          `The geodata lacks the piece ${file} (${contents(file)}) that its manifest lists. ` +
            'Rebuild it with "pnpm --filter @beratungsfinder/core build".',
        );
      }
      return decode(file, data.pieces[file]);
    });
    loader.#add(decoded);
    loader.complete = true;
    return loader;
  }

  postcodes(digits: string, limit: number): Promise<void> {
    return this.#load(this.#plan.postcodes(digits, limit));
  }

  names(keys: readonly string[]): Promise<void> {
    return this.#load(keys.flatMap((key) => this.#plan.names(key)));
  }

  nearMisses(keys: readonly string[], wide: boolean): Promise<void> {
    return this.#load(keys.flatMap((key) => this.#plan.nearMisses(key, wide)));
  }

  async #load(files: readonly string[]): Promise<void> {
    const wanted = [...new Set(files)].filter((file) => !this.#added.has(file));
    if (wanted.length === 0) return;
    const decoded = await Promise.all(wanted.map((file) => this.#piece(file)));
    this.#add(decoded.filter((piece) => !this.#added.has(piece.file)));
  }

  #piece(file: string): Promise<Decoded> {
    let pending = this.#pending.get(file);
    if (!pending) {
      pending = this.#source.fetch(file).then(
        (value) => decode(file, value),
        (cause: unknown) => {
          if (cause instanceof BeratungsfinderError && cause.code === "ABORTED") throw cause;
          const reason = cause instanceof Error ? cause.message : String(cause);
          throw new BeratungsfinderError(
            "GEODATA_UNAVAILABLE",
            `Could not load the geodata piece ${file} (${contents(file)}): ${reason}`,
            { cause },
          );
        },
      );
      pending.catch(() => this.#pending.delete(file));
      this.#pending.set(file, pending);
    }
    return pending;
  }

  #add(pieces: readonly Decoded[]): void {
    const postcodes: PostcodeRecord[][] = [];
    const names: DecodedNamePiece[] = [];
    for (const piece of pieces) {
      this.#added.add(piece.file);
      if ("postcodes" in piece) postcodes.push(piece.postcodes);
      else names.push(piece.names);
    }
    this.data.addPostcodes(postcodes);
    this.data.addNames(names);
  }
}

import { correction, generate } from "lean-qr/nano";

/** A QR code drawn as one SVG path: a square `size` units wide, one unit per module, quiet zone not included. */
export interface QrCode {
  size: number;
  /** SVG path data of the dark modules, each row's runs joined into rectangles. */
  path: string;
}

/**
 * Encodes `text` (a link back to an office) as a QR code with error correction level M (readable with
 * 15 % damaged, as a printed sheet may be). The print view loads this module, and the encoder (lean-qr's
 * nano build, MIT, about 2 kB gzip) with it, only when a page is printed.
 *
 * @example
 * const { size, path } = qrCode("https://example.org/beratung#office=mbe-koeln-1");
 * svg`<svg viewBox="-4 -4 ${size + 8} ${size + 8}"><path d=${path} /></svg>`;
 */
export function qrCode(text: string): QrCode {
  if (!text) throw new RangeError("qrCode: expected a text to encode, received an empty string");
  let bitmap: ReturnType<typeof generate>;
  try {
    bitmap = generate(text, { minCorrectionLevel: correction.M });
  } catch (error) {
    throw new RangeError(`qrCode: the text of ${text.length} characters does not fit a QR code`, {
      cause: error,
    });
  }
  const { size } = bitmap;
  let path = "";
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!bitmap.get(x, y)) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && bitmap.get(x, y)) x++;
      path += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  }
  return { size, path };
}

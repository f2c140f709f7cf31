import { BeratungsfinderError } from "../errors.js";

/** The encodings text input is read in. German Excel's "CSV (Trennzeichen-getrennt)" writes windows-1252. */
export const TEXT_ENCODINGS = ["utf-8", "utf-16le", "utf-16be", "windows-1252"] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

export interface DecodedText {
  text: string;
  /** The encoding the bytes were read in. */
  encoding: TextEncodingName;
  /** How it was chosen: a byte order mark, valid UTF-8, the fallback for bytes that are not UTF-8, or the caller. */
  reason: "bom" | "utf-8" | "not-utf-8" | "given";
  /**
   * `true` when the caller named windows-1252 but the bytes are valid UTF-8 with non-ASCII characters:
   * read as told, but "Köln" then reads "KÃ¶ln", so the caller should warn.
   */
  looksLikeUtf8?: boolean;
}

export interface DecodeTextOptions {
  /** Read in this encoding instead of detecting it ("latin1", "cp1252" and "iso-8859-1" mean windows-1252). */
  encoding?: string;
}

/** Bytes that cannot be read in the encoding, or text that carries U+FFFD from an earlier bad decoding. */
export class TextEncodingError extends BeratungsfinderError {
  override name = "TextEncodingError";
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(message: string, options?: { cause?: unknown; line?: number; column?: number }) {
    super("INVALID_ENCODING", message, options);
    this.line = options?.line;
    this.column = options?.column;
  }
}

const ALIASES = new Map<string, TextEncodingName>([
  ["utf8", "utf-8"],
  ["utf-8", "utf-8"],
  ["utf-16le", "utf-16le"],
  ["utf16le", "utf-16le"],
  ["utf-16be", "utf-16be"],
  ["utf16be", "utf-16be"],
  ["windows-1252", "windows-1252"],
  ["cp1252", "windows-1252"],
  ["latin1", "windows-1252"],
  ["latin-1", "windows-1252"],
  ["iso-8859-1", "windows-1252"],
  ["ansi", "windows-1252"],
]);

/** The canonical name of an encoding a person typed ("Latin1", "UTF8"), or `undefined` when it is none we read. */
export function textEncodingName(name: string): TextEncodingName | undefined {
  return ALIASES.get(name.trim().toLowerCase());
}

/**
 * Decodes text input and says which encoding it was read in: UTF-8 with or without byte order mark,
 * UTF-16 LE/BE by their byte order mark, otherwise Windows-1252 when the bytes are not valid UTF-8.
 * The byte order mark is removed. Never returns text with U+FFFD: a decoder that would have to replace
 * a byte, or text that already holds the replacement character, is a `TextEncodingError` with the line.
 *
 * @example
 * decodeText(await readFile("offices.csv")) // { text: "id;name\n1;MBE Köln", encoding: "windows-1252", reason: "not-utf-8" }
 */
export function decodeText(bytes: Uint8Array, options: DecodeTextOptions = {}): DecodedText {
  if (options.encoding !== undefined) {
    const encoding = textEncodingName(options.encoding);
    if (!encoding) {
      throw new TextEncodingError(
        `Unknown encoding "${options.encoding}": expected one of ${TEXT_ENCODINGS.join(", ")} (or latin1 for windows-1252)`,
      );
    }
    const text = decodeAs(bytes, encoding, bomLength(bytes, encoding));
    return encoding === "windows-1252" && isNonAsciiUtf8(bytes)
      ? { text, encoding, reason: "given", looksLikeUtf8: true }
      : { text, encoding, reason: "given" };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeAs(bytes, "utf-8", 3), encoding: "utf-8", reason: "bom" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeAs(bytes, "utf-16le", 2), encoding: "utf-16le", reason: "bom" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeAs(bytes, "utf-16be", 2), encoding: "utf-16be", reason: "bom" };
  }
  const text = strictUtf8(bytes);
  if (text === undefined) {
    return { text: decodeAs(bytes, "windows-1252", 0), encoding: "windows-1252", reason: "not-utf-8" };
  }
  refuseReplacementCharacter(text, "utf-8");
  return { text, encoding: "utf-8", reason: "utf-8" };
}

/** Bytes with at least one non-ASCII byte that are valid UTF-8 (ASCII reads the same in every encoding). */
function isNonAsciiUtf8(bytes: Uint8Array): boolean {
  return bytes.some((byte) => byte >= 0x80) && strictUtf8(bytes) !== undefined;
}

/** The bytes read as UTF-8 (a byte order mark kept), or undefined when they are not valid UTF-8. */
function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function bomLength(bytes: Uint8Array, encoding: TextEncodingName): number {
  if (encoding === "utf-8") return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (encoding === "utf-16le") return bytes[0] === 0xff && bytes[1] === 0xfe ? 2 : 0;
  if (encoding === "utf-16be") return bytes[0] === 0xfe && bytes[1] === 0xff ? 2 : 0;
  return 0;
}

function decodeAs(bytes: Uint8Array, encoding: TextEncodingName, skip: number): string {
  const content = bytes.subarray(skip);
  let text: string;
  try {
    // windows-1252 maps every byte, so only the UTF decoders can fail.
    text =
      encoding === "windows-1252"
        ? decodeWindows1252(content)
        : new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(content);
  } catch (error) {
    // Decoded leniently, the first replacement character shows where the bytes broke.
    const lenient = new TextDecoder(encoding, { ignoreBOM: true }).decode(content);
    const { line, column } = lineColumn(lenient, lenient.indexOf("\uFFFD"));
    throw new TextEncodingError(
      `The text is not valid ${encoding} at line ${line}, column ${column}: save it as UTF-8, or name its encoding (such as windows-1252)`,
      { cause: error, line, column },
    );
  }
  refuseReplacementCharacter(text, encoding);
  return text;
}

// 0x80–0x9F of Windows-1252 (€, „, “, – …); the other bytes are their own code points. Node 20's
// TextDecoder("windows-1252") reads these as C1 controls (latin1), so the table is ours. The five
// bytes Windows-1252 leaves unassigned stay C1 controls, as the WHATWG Encoding Standard says.
const WINDOWS_1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  // In chunks: String.fromCharCode takes its arguments on the stack.
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte,
    );
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join("");
}

function lineColumn(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, index));
  return { line: before.split("\n").length, column: before.length - before.lastIndexOf("\n") };
}

// U+FFFD in decoded text means an earlier program replaced characters it could not read: the names are
// already damaged ("K\uFFFDln"), and importing them would publish the damage.
function refuseReplacementCharacter(text: string, encoding: TextEncodingName): void {
  const index = text.indexOf("\uFFFD");
  if (index === -1) return;
  const { line, column } = lineColumn(text, index);
  throw new TextEncodingError(
    `The text holds the replacement character U+FFFD at line ${line}, column ${column} (read as ${encoding}): a program that saved it could not read a character there, so it is lost. Fix it in the source, or save the original file as UTF-8`,
    { line, column },
  );
}

// Content lines as vCard (RFC 2425/6350) and iCalendar (RFC 5545) share them: escaped text values,
// lines folded at 75 octets, CRLF line ends. One module, so the two formats cannot drift apart.

const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/**
 * Escapes a TEXT value: backslash, semicolon and comma get a backslash, every line break becomes `\n`.
 * Control characters other than tab are not allowed in a content line and are dropped.
 */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, "\n")
      .replace(/[\\;,]/g, (char) => `\\${char}`)
      .replace(/\n/g, "\\n")
      // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters to drop.
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
  );
}

/** A URI value as it is (no backslashes: a comma in a URI is literal), less control characters that would break the line. */
export function uriValue(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters to drop.
  return value.replace(/[\u0000-\u001f\u007f]/g, "");
}

/**
 * Folds one content line: no line longer than 75 octets of UTF-8, continuation lines start with one space,
 * and a character (even one of four octets, or an emoji's surrogate pair) is never split across lines.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  // The first line holds 75 octets; each continuation holds 74 after its leading space.
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** Joins content lines into a document: each folded, each ended by CRLF (also the last one). */
export function contentLines(lines: readonly string[]): string {
  return lines.map((line) => `${foldLine(line)}\r\n`).join("");
}

import type { TextSink } from "./cli-io.js";

// The only control sequences the CLI itself writes: its colours (terminal-style.ts) and the progress
// bar's "back to the line start, clear the line" (progress-bar.ts).
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const OWN_SEQUENCE = /^(?:\u001b\[(?:1|2|22|31|32|33|39)m|\r\u001b\[2K)/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Text made harmless for a terminal: every C0 and C1 control character except newline and tab is
 * written as a visible `\u001b`-style escape, so an office name such as `"\e]0;…\a\e[2J"` can neither
 * set the window title nor clear the screen. The CLI's own colour and progress-bar sequences stay.
 *
 * @example
 * escapeControls("Köln\u001b[2J") // "Köln\\u001b[2J"
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (char, offset: number) =>
    OWN_SEQUENCE.test(text.slice(offset, offset + 8)) || isClearAfterReturn(text, offset)
      ? char
      : `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** The ESC of the progress bar's `\r\u001b[2K`, whose `\r` was kept a step before. */
function isClearAfterReturn(text: string, offset: number): boolean {
  return text[offset - 1] === "\r" && text.startsWith("\u001b[2K", offset);
}

/** A sink that passes everything written through {@link escapeControls}. */
export function safeSink(sink: TextSink): TextSink {
  return { write: (text: string) => sink.write(escapeControls(text)) };
}

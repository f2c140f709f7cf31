import type { CliIo } from "./cli-io.js";

/** The few text styles the CLI uses; each is the identity when colours are off. */
export interface TerminalStyle {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
}

const plain = (text: string) => text;
const ansi = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

/** Colours only on a terminal, and never when `NO_COLOR` is set to anything (https://no-color.org). */
export function terminalStyle(io: Pick<CliIo, "isTTY" | "env">): TerminalStyle {
  const noColor = io.env?.NO_COLOR !== undefined && io.env.NO_COLOR !== "";
  if (!io.isTTY || noColor) {
    return { bold: plain, dim: plain, red: plain, green: plain, yellow: plain };
  }
  return {
    bold: ansi(1, 22),
    dim: ansi(2, 22),
    red: ansi(31, 39),
    green: ansi(32, 39),
    yellow: ansi(33, 39),
  };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching the ESC of colour codes is the point.
const ANSI_PATTERN = /\u001b\[[0-9;]*m/g;

/** The width a string takes on screen, ignoring colour codes. */
function visibleLength(text: string): number {
  return text.replace(ANSI_PATTERN, "").length;
}

/**
 * Lines whose columns line up: every column but the last is padded to its widest cell.
 *
 * @example
 * alignColumns([["10115", "Berlin"], ["80331", "München"]]) // ["10115  Berlin", "80331  München"]
 */
export function alignColumns(rows: readonly (readonly string[])[], gap = 2): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, column) => {
      widths[column] = Math.max(widths[column] ?? 0, visibleLength(cell));
    });
  }
  return rows.map((row) =>
    row
      .map((cell, column) =>
        column === row.length - 1
          ? cell
          : cell + " ".repeat((widths[column] ?? 0) - visibleLength(cell) + gap),
      )
      .join("")
      .trimEnd(),
  );
}

/**
 * A number with its noun, in the plural unless it is one: `count(1, "office")` → "1 office",
 * `count(1892, "office")` → "1,892 offices".
 */
export function count(value: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${value.toLocaleString("en")} ${value === 1 ? noun : pluralNoun}`;
}

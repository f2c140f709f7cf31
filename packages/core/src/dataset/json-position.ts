/** Where a JSON.parse failure happened, read from the engine's message when it says so. */
export interface JsonPosition {
  line: number;
  column: number;
}

/**
 * Finds the line and column of a JSON syntax error. V8 (Node, Chrome) says "at position 16" and, in
 * newer versions, "(line 3 column 6)"; Firefox says "at line 3 column 6"; an unexpected end of input
 * is at the end of the text. Safari names no position: then `undefined`.
 */
export function jsonErrorPosition(error: unknown, text: string): JsonPosition | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /at position (\d+)/.exec(message);
  if (position) return positionToLineColumn(text, Number(position[1]));
  if (/end of (JSON )?(input|data)/i.test(message)) return positionToLineColumn(text, text.length);
  return undefined;
}

/** 1-based line and column of the character at `position` (0-based offset into `text`). */
export function positionToLineColumn(text: string, position: number): JsonPosition {
  const before = text.slice(0, Math.max(0, Math.min(position, text.length)));
  const lastBreak = before.lastIndexOf("\n");
  let line = 1;
  for (let i = before.indexOf("\n"); i !== -1; i = before.indexOf("\n", i + 1)) line++;
  return { line, column: before.length - lastBreak };
}

import { DatasetParseError } from "../errors.js";
import { jsonErrorPosition, positionToLineColumn } from "./json-position.js";
import { jsonSyntaxErrorOffset } from "./json-syntax-error.js";

/**
 * Parses JSON text read from `source` (a path or URL, named in the message); a syntax error becomes
 * a `DatasetParseError` with its line and column, even for 30,000 nested brackets.
 *
 * @example
 * parseJsonText('{"a": }', "offices.json"); // DatasetParseError: "offices.json" is not valid JSON at line 1, column 7: …
 */
export function parseJsonText(text: string, source: string): unknown {
  // A byte order mark is invisible in editors but breaks JSON.parse (decodeText removes it already).
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(json);
  } catch (error) {
    const offset = jsonSyntaxErrorOffset(json);
    const where = offset === undefined ? jsonErrorPosition(error, json) : positionToLineColumn(json, offset);
    const at = where ? ` at line ${where.line}, column ${where.column}` : "";
    // Name the character we stopped at; V8's own message quotes a multi-line excerpt.
    const found = offset === undefined ? undefined : json[offset];
    const reason =
      offset === undefined
        ? (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ")
        : found === undefined
          ? "the text ends too early"
          : `unexpected ${JSON.stringify(found)}`;
    const options: { cause: unknown; line?: number; column?: number } = { cause: error };
    if (where) {
      options.line = where.line;
      options.column = where.column;
    }
    throw new DatasetParseError(
      `"${source}" is not valid JSON${at}: ${reason}. Check for a missing comma or quote there.`,
      options,
    );
  }
}

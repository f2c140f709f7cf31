/**
 * Finds the offset of the first JSON syntax error by scanning the grammar, for engines whose
 * JSON.parse message names no position (Node 20 says only "Unexpected token '}', ... is not valid
 * JSON"). Returns `undefined` when the text is valid JSON.
 *
 * The scan keeps its own stack of open `[` and `{` instead of recursing, so 30,000 nested brackets
 * get the same line-and-column answer as any other mistake, not "Maximum call stack size exceeded".
 */
export function jsonSyntaxErrorOffset(text: string): number | undefined {
  let at = 0;
  // "]" or "}" for every container still open, innermost last.
  const open: string[] = [];
  const space = () => {
    while (at < text.length && " \t\n\r".includes(text[at]!)) at++;
  };
  const literal = (word: string): boolean => {
    for (const char of word) {
      if (text[at] !== char) return false;
      at++;
    }
    return true;
  };
  const string = (): boolean => {
    at++; // opening quote
    while (at < text.length) {
      const char = text[at]!;
      if (char === '"') {
        at++;
        return true;
      }
      if (char < " ") return false;
      if (char === "\\") {
        at++;
        const escaped = text[at];
        if (escaped === "u") {
          for (let i = 1; i <= 4; i++) if (!/[0-9a-fA-F]/.test(text[at + i] ?? "")) return false;
          at += 4;
        } else if (escaped === undefined || !'"\\/bfnrt'.includes(escaped)) {
          return false;
        }
      }
      at++;
    }
    return false;
  };
  const number = (): boolean => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
    if (!match || match[0] === "" || match[0] === "-") return false;
    at += match[0].length;
    return true;
  };
  // A key and its colon inside an object; the value follows.
  const key = (): boolean => {
    space();
    if (text[at] !== '"' || !string()) return false;
    space();
    if (text[at] !== ":") return false;
    at++;
    return true;
  };

  // Each turn reads one value: a scalar, or the opening of a container (pushed on `open`).
  for (;;) {
    space();
    const char = text[at];
    let scalar = true;
    if (char === "{" || char === "[") {
      at++;
      space();
      const close = char === "{" ? "}" : "]";
      if (text[at] === close) at++;
      else {
        open.push(close);
        if (close === "}" && !key()) return at;
        continue;
      }
      scalar = false;
    }
    if (scalar) {
      const ok =
        char === '"'
          ? string()
          : char === "t"
            ? literal("true")
            : char === "f"
              ? literal("false")
              : char === "n"
                ? literal("null")
                : char === "-" || (char !== undefined && char >= "0" && char <= "9")
                  ? number()
                  : false;
      if (!ok) return at;
    }
    // After a value: close containers until one continues with ",".
    for (;;) {
      space();
      const close = open[open.length - 1];
      if (close === undefined) return at < text.length ? at : undefined;
      if (text[at] === ",") {
        at++;
        if (close === "}" && !key()) return at;
        break;
      }
      if (text[at] !== close) return at;
      at++;
      open.pop();
    }
  }
}

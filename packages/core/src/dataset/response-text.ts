/**
 * The text of a fetched JSON file, which must be UTF-8 (RFC 8259), never with U+FFFD in it:
 * `Response.text()` silently replaces every byte that is not UTF-8 ("K\uFFFDln"), and a file that
 * already holds U+FFFD lost its letters before. Either comes back as `{ problem, line, column }` for
 * the caller's own error. Small for the widget's chunks: no Windows-1252 fallback (the CLI's
 * `decodeText` has one for files people save by hand).
 */
export async function responseText(
  response: Pick<Response, "text"> & Partial<Pick<Response, "arrayBuffer">>,
): Promise<string | { problem: string; line: number; column: number }> {
  let text: string;
  let problem = "holds the replacement character U+FFFD";
  if (typeof response.arrayBuffer === "function") {
    const bytes = await response.arrayBuffer();
    text = new TextDecoder().decode(bytes);
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      problem = "is not valid UTF-8";
    }
  } else {
    // A stand-in Response with only text() (a test, a proxy) is checked all the same.
    text = await response.text();
  }
  const index = text.indexOf("\uFFFD");
  if (index < 0) return text;
  const lines = text.slice(0, index).split("\n");
  const line = lines.length;
  const column = (lines[line - 1]?.length ?? 0) + 1;
  return { problem: `${problem} at line ${line}, column ${column}; save it as UTF-8`, line, column };
}

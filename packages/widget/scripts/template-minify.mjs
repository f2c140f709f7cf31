// esbuild plugin for the CDN build: collapses the indentation inside html`` templates and minifies css``
// templates (Lit keeps template text verbatim, minifiers leave it alone), and drops the translator notes
// (`desc`) of msg() calls, which only lit-localize's extractor reads. Uses the TypeScript scanner, so
// code, comments and other strings are never touched.
import { readFile } from "node:fs/promises";
import ts from "typescript";

function collapse(text, kind) {
  // Whitespace containing a line break: one space in HTML (where it may be significant).
  if (kind === "html") return text.replace(/\s*\n\s*/g, " ");
  return minifyCss(text);
}

/**
 * CSS without comments (none sits inside a string in our styles) and without the white space no parser
 * needs: around braces, `;` and `>`, after `:` and `,`, the last `;` of a block, and the 0 of `0.5em`.
 * Quoted strings are kept; white space before a `:` stays (in a selector, `a :focus` differs from
 * `a:focus`), and so does white space around `+` and `-` (calc()).
 */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)
    .map((piece, index) =>
      index % 2 === 1
        ? piece
        : piece
            .replace(/\s+/g, " ")
            .replace(/ ?([{};>]) ?/g, "$1")
            .replace(/([:,]) /g, "$1")
            .replace(/;}/g, "}")
            .replace(/(^|[^\w.-])0\.(\d)/g, "$1.$2"),
    )
    .join("")
    .trim();
}

/**
 * Short runtime ids for the CDN build: the message ids ("results.count.other") stay the public names
 * (XLIFF, `strings` overrides), but inside the bundle and the locale files a base-36 index replaces them.
 */
export function createIdMap(messagesSource) {
  const ids = [...new Set([...messagesSource.matchAll(/\bid: "([^"]+)"/g)].map((m) => m[1]))].sort();
  return new Map(ids.map((id, index) => [id, index.toString(36)]));
}

export function transformSource(source, fileName, idMap) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visitTemplate = (template, kind) => {
    const parts = ts.isNoSubstitutionTemplateLiteral(template)
      ? [template]
      : [template.head, ...template.templateSpans.map((span) => span.literal)];
    for (const part of parts) {
      const start = part.getStart(file) + 1; // after ` or }
      const end =
        part.getEnd() - (ts.isTemplateTail(part) || ts.isNoSubstitutionTemplateLiteral(part) ? 1 : 2);
      const raw = source.slice(start, end);
      const next = collapse(raw, kind);
      if (next !== raw) edits.push({ start, end, text: next });
    }
  };
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      (node.tag.text === "html" || node.tag.text === "css")
    ) {
      visitTemplate(node.template, node.tag.text);
    }
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === "msg" &&
      node.arguments[1] &&
      ts.isObjectLiteralExpression(node.arguments[1])
    ) {
      for (const property of node.arguments[1].properties) {
        if (
          idMap &&
          ts.isPropertyAssignment(property) &&
          ts.isIdentifier(property.name) &&
          property.name.text === "id" &&
          ts.isStringLiteral(property.initializer)
        ) {
          const short = idMap.get(property.initializer.text);
          if (!short) throw new Error(`No short id for message "${property.initializer.text}".`);
          edits.push({
            start: property.initializer.getStart(file),
            end: property.initializer.getEnd(),
            text: JSON.stringify(short),
          });
        }
        if (
          ts.isPropertyAssignment(property) &&
          ts.isIdentifier(property.name) &&
          property.name.text === "desc"
        ) {
          // Remove the property with the comma before it (desc always follows id).
          const before = source.lastIndexOf(",", property.getStart(file));
          edits.push({ start: before, end: property.getEnd(), text: "" });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  edits.sort((a, b) => b.start - a.start);
  let output = source;
  for (const edit of edits) output = output.slice(0, edit.start) + edit.text + output.slice(edit.end);
  return output;
}

/** `prepare` (optional) changes a source before the templates are minified. */
export function templateMinify(idMap, prepare = (source) => source) {
  return {
    name: "template-minify",
    setup(build) {
      build.onLoad({ filter: /[\\/]widget[\\/]src[\\/].*\.ts$/ }, async (args) => ({
        contents: transformSource(prepare(await readFile(args.path, "utf8"), args.path), args.path, idMap),
        loader: "ts",
      }));
    },
  };
}

/** Renames the keys of generated locale modules ('results.count.other': …) to the short ids. */
export function shortLocaleIds(idMap) {
  return {
    name: "short-locale-ids",
    setup(build) {
      build.onLoad({ filter: /[\\/]generated[\\/]locales[\\/][^\\/]+\.ts$/ }, async (args) => {
        const source = await readFile(args.path, "utf8");
        const contents = source.replace(/^(\s*)'([^']+)':/gm, (_whole, indent, id) => {
          const short = idMap.get(id);
          if (!short)
            throw new Error(`${args.path}: no short id for message "${id}"; run "pnpm localize:extract".`);
          return `${indent}'${short}':`;
        });
        return { contents, loader: "ts" };
      });
    },
  };
}

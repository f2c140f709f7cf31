// The English texts as a locale file of their own, for the built code (CDN and npm builds). The message
// tables (src/localization/*-messages.ts) hold every text in English, the source locale, as msg()
// calls; in the TypeScript sources (tests, Storybook) they stay there. In a build
// src/localization/messages.ts becomes one line instead: every message id, in the order of its short
// id, with the names of its values (`compactMessages` in msg.ts builds the table from it), and the
// English texts travel in a locale file (chunks/en.js on the CDN), loaded like every other locale's
// file: a page in German no longer downloads them. lit-localize writes a locale's missing translation as the English text into
// its file, so a locale file never needs the English one; `checkComplete` proves it per build.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

/** The module that merges the tables (`MESSAGES`), which the builds replace. */
export const MESSAGES_MODULE = /[\\/]src[\\/]localization[\\/]messages\.ts$/;

/**
 * Texts that stay in the code in English: what the widget says when no locale file could be loaded at
 * all (not even English), beside its retry button.
 */
export const KEPT_IN_CODE = new Set(["error.locale", "error.retry", "error.unexpected"]);

const isCall = (node, name) =>
  ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === name;

/**
 * Every msg() call of a message table: its id, its first argument's place in the source, and the
 * template as lit-localize writes it into a locale module (expressions as `${0}`, `${1}`, …), or as a
 * JSON string without any. Throws, naming the file and line, for a call this build cannot read.
 */
export function sourceMessages(source, fileName) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const where = (node) => `${fileName}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`;
  const messages = [];
  const visit = (node) => {
    if (isCall(node, "msg")) {
      const [template, options] = node.arguments;
      const idProperty =
        options && ts.isObjectLiteralExpression(options)
          ? options.properties.find(
              (p) => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === "id",
            )
          : undefined;
      if (!idProperty || !ts.isStringLiteral(idProperty.initializer))
        throw new Error(
          `${where(node)}: msg() needs { id: "…" } with a string literal as its second argument.`,
        );
      const id = idProperty.initializer.text;
      // The table's key: the property whose arrow function returns this msg().
      const owner = node.parent?.parent;
      const key =
        owner && ts.isPropertyAssignment(owner) && ts.isStringLiteral(owner.name)
          ? owner.name.text
          : undefined;
      const place = { id, key, where: where(node), start: template.getStart(file), end: template.getEnd() };
      if (ts.isStringLiteral(template) || ts.isNoSubstitutionTemplateLiteral(template)) {
        messages.push({ ...place, english: JSON.stringify(template.text), expressions: [] });
      } else if (
        ts.isTaggedTemplateExpression(template) &&
        ts.isIdentifier(template.tag) &&
        template.tag.text === "str" &&
        ts.isTemplateExpression(template.template)
      ) {
        const { head, templateSpans } = template.template;
        // The raw source text between the expressions, so escapes stay as written.
        const raw = (part) =>
          source.slice(part.getStart(file) + 1, part.getEnd() - (ts.isTemplateTail(part) ? 1 : 2));
        const english = `str\`${raw(head)}${templateSpans.map((span, index) => `\${${index}}${raw(span.literal)}`).join("")}\``;
        const expressions = templateSpans.map((span) => span.expression.getText(file));
        messages.push({ ...place, english, expressions });
      } else {
        throw new Error(
          `${where(node)}: the text of msg() "${id}" must be a string or a str\`\` template for the build to move it to the English locale file.`,
        );
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return messages;
}

/**
 * The builds' src/localization/messages.ts: `MESSAGES` from one string of every message id in the
 * order of its short id (`idMap`, the build's), each with the names of its values after a `:`
 * ("results.heading:place"), and the English texts of the ids in `keep` only. Throws where a table's key
 * is not its message's id, a value is not `p.<name>`, or the ids are not the short ids' list.
 */
export function compactMessagesModule(tables, idMap, keep = KEPT_IN_CODE) {
  const messages = tables.flatMap(({ source, fileName }) => sourceMessages(source, fileName));
  const kept = {};
  const entries = [];
  for (const message of messages) {
    if (message.key !== message.id)
      throw new Error(
        `${message.where}: the message "${message.id}" must be the table's entry "${message.id}".`,
      );
    const names = message.expressions.map((expression) => {
      const name = /^p\.(\w+)$/.exec(expression)?.[1];
      if (!name)
        throw new Error(
          `${message.where}: a value of "${message.id}" must be written p.<name>, not ${expression}.`,
        );
      return name;
    });
    if (keep.has(message.id)) {
      if (names.length)
        throw new Error(`${message.where}: "${message.id}" is kept in the code, so it may have no values.`);
      kept[message.id] = JSON.parse(message.english);
    }
    const short = idMap.get(message.id);
    if (short === undefined) throw new Error(`${message.where}: no short id for message "${message.id}".`);
    entries[Number.parseInt(short, 36)] = [message.id, ...names].join(":");
  }
  const gaps = [...entries.keys()].filter((index) => entries[index] === undefined);
  if (gaps.length || entries.length !== idMap.size)
    throw new Error(
      `The short ids (${idMap.size}) do not match the ${entries.length} messages of the tables: their index is the position in MESSAGES.`,
    );
  return `// The built message table (scripts/strip-source-texts.mjs), without the English texts.
import { compactMessages } from "./msg.js";

export const MESSAGES = compactMessages(${JSON.stringify(entries.join("|"))}, ${JSON.stringify(kept)});
`;
}

/**
 * The English locale module (src/generated/locales/en.ts), in the form lit-localize writes the other
 * locales' modules, from the message tables' sources. Throws when two messages share an id.
 */
export function englishLocaleModule(tables) {
  const byId = new Map();
  for (const { source, fileName } of tables) {
    for (const message of sourceMessages(source, fileName)) {
      if (byId.has(message.id)) throw new Error(`${fileName}: the message id "${message.id}" is used twice.`);
      byId.set(message.id, message.english);
    }
  }
  const lines = [...byId.keys()].sort().map((id) => `'${id}': ${byId.get(id)},`);
  return `// Do not modify this file by hand!
// Written by scripts/localize-build.mjs from the English texts of src/localization/*-messages.ts.

const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({ strTag: true as const, strings, values });

export const templates = {
${lines.join("\n")}
};
`;
}

/** The message tables of the widget at `root`, read for `englishLocaleModule`. */
export function readMessageTables(root) {
  const dir = join(root, "src/localization");
  return readdirSync(dir)
    .filter((name) => name.endsWith("-messages.ts"))
    .sort()
    .map((name) => ({ fileName: join(dir, name), source: readFileSync(join(dir, name), "utf8") }));
}

/**
 * The ids each generated locale module lacks, as problems ("de: results.heading"): once the English
 * texts are out of the code, a locale's file must hold every message (lit-localize writes the English
 * text for a missing translation, so this fails only if that ever changes).
 */
export function checkComplete(root) {
  const ids = readMessageTables(root).flatMap(({ source, fileName }) =>
    sourceMessages(source, fileName).map((message) => message.id),
  );
  const dir = join(root, "src/generated/locales");
  const problems = [];
  for (const name of readdirSync(dir).filter((file) => file.endsWith(".ts"))) {
    const text = readFileSync(join(dir, name), "utf8");
    const keys = new Set([...text.matchAll(/^\s*'([^']+)':/gm)].map((m) => m[1]));
    for (const id of ids) if (!keys.has(id)) problems.push(`${name.slice(0, -3)}: ${id}`);
  }
  return problems;
}

/**
 * The esbuild plugin: puts `compactMessagesModule` in place of src/localization/messages.ts (the tables
 * are then not bundled), tells the code that its messages carry no English (`__BF_SOURCE_TEXTS__`, read
 * in src/localization/msg.ts), and fails the build when a locale file lacks a message. Register it
 * before any plugin that loads the widget's sources, and `shortLocaleIds(idMap)` with it: the
 * messages' ids are the short ones.
 */
export function sourceTextsOut(root, idMap) {
  return {
    name: "strip-source-texts",
    setup(build) {
      build.initialOptions.define = { ...build.initialOptions.define, __BF_SOURCE_TEXTS__: "false" };
      build.onStart(() => {
        const missing = checkComplete(root);
        if (missing.length)
          return {
            errors: [
              {
                text: `Locale files lack messages (the code has no English to show instead): ${missing.slice(0, 10).join(", ")}${missing.length > 10 ? ", …" : ""}. Run "node scripts/localize-build.mjs".`,
              },
            ],
          };
      });
      build.onLoad({ filter: MESSAGES_MODULE }, () => ({
        contents: compactMessagesModule(readMessageTables(root), idMap),
        loader: "ts",
        resolveDir: join(root, "src/localization"),
        watchFiles: readMessageTables(root).map((table) => table.fileName),
      }));
    },
  };
}

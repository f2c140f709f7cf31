// For the CDN build's code splitting: esbuild decides which chunk a file goes to by the entries that can
// reach it through imports, whether or not the import is used. Through core's one entry (src/index.ts,
// which re-exports everything) the main file would reach Zod, the dataset validation and the geocoder,
// and they would land in a chunk that the main file loads at once. So the widget's imports from
// "@beratungsfinder/core" are rewritten, in the CDN build only, to the core files that define each name.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import ts from "typescript";

/** Each value exported by core's index.ts, mapped to the absolute path of the file it comes from. */
export function coreExportMap(indexPath) {
  const source = readFileSync(indexPath, "utf8");
  const file = ts.createSourceFile(indexPath, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const map = new Map();
  for (const statement of file.statements) {
    if (!ts.isExportDeclaration(statement) || statement.isTypeOnly || !statement.moduleSpecifier) continue;
    const clause = statement.exportClause;
    if (!clause || !ts.isNamedExports(clause)) {
      throw new Error(`${indexPath}: "export *" cannot be mapped to files; name the exports.`);
    }
    const target = join(dirname(indexPath), statement.moduleSpecifier.text.replace(/\.js$/, ".ts"));
    for (const element of clause.elements) {
      if (element.isTypeOnly) continue;
      map.set(element.name.text, { path: target, name: (element.propertyName ?? element.name).text });
    }
  }
  return map;
}

/**
 * `source` with every `import { a, b } from "<specifier>"` replaced by imports of `a` and `b` from the
 * files that define them. Type-only imports stay (esbuild drops them); a name the map lacks is an error.
 */
export function rewriteDeepImports(source, fileName, specifier, map) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  for (const statement of file.statements) {
    if (
      ts.isExportDeclaration(statement) &&
      !statement.isTypeOnly &&
      statement.moduleSpecifier?.text === specifier
    ) {
      const clause = statement.exportClause;
      if (!clause || !ts.isNamedExports(clause)) {
        throw new Error(`${fileName}: only named exports from "${specifier}" can be split into files.`);
      }
      const text = clause.elements
        .filter((element) => !element.isTypeOnly)
        .map((element) => {
          const exported = (element.propertyName ?? element.name).text;
          const target = map.get(exported);
          if (!target) throw new Error(`${fileName}: "${specifier}" exports no value "${exported}".`);
          return `export { ${target.name} as ${element.name.text} } from ${JSON.stringify(target.path)};`;
        })
        .join(" ");
      edits.push({ start: statement.getStart(file), end: statement.getEnd(), text });
      continue;
    }
    if (
      !ts.isImportDeclaration(statement) ||
      statement.moduleSpecifier.text !== specifier ||
      statement.importClause?.isTypeOnly
    )
      continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings) || statement.importClause.name) {
      throw new Error(`${fileName}: only named imports from "${specifier}" can be split into files.`);
    }
    const byFile = new Map();
    for (const element of bindings.elements) {
      if (element.isTypeOnly) continue;
      const imported = (element.propertyName ?? element.name).text;
      const target = map.get(imported);
      if (!target) throw new Error(`${fileName}: "${specifier}" exports no value "${imported}".`);
      const list = byFile.get(target.path) ?? [];
      list.push(`${target.name} as ${element.name.text}`);
      byFile.set(target.path, list);
    }
    const text = [...byFile]
      .map(([path, names]) => `import { ${names.join(", ")} } from ${JSON.stringify(path)};`)
      .join(" ");
    edits.push({ start: statement.getStart(file), end: statement.getEnd(), text });
  }
  edits.sort((a, b) => b.start - a.start);
  let output = source;
  for (const edit of edits) output = output.slice(0, edit.start) + edit.text + output.slice(edit.end);
  return output;
}

#!/usr/bin/env node
// Translator's helper for the XLIFF files in xliff/ (the translators' sources).
//
//   node scripts/xliff-targets.mjs todo <locale>            units of <locale> without a target, as JSON
//   node scripts/xliff-targets.mjs merge <locale> <file>    write targets from a JSON file { "<id>": "<target>" }
//
// Targets are XLIFF inline content: plain text (escape & < > as &amp; &lt; &gt;) with the source's
// placeholders copied verbatim, e.g. `Feiertag: <x id="0" equiv-text="${p.name}"/>`. Merging checks
// that every target keeps exactly the placeholders of its source and re-reads the file right before
// writing, so it is safe to run after `lit-localize extract` added new units.
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const dir = resolve(import.meta.dirname, "..", "xliff");
const [command, locale, file] = process.argv.slice(2);
if (!command || !locale || (command === "merge" && !file)) {
  console.error("usage: xliff-targets.mjs todo <locale> | merge <locale> <targets.json>");
  process.exit(2);
}
const path = join(dir, `${locale}.xlf`);
const unitPattern = /<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g;
const placeholders = (xml) => (xml.match(/<x [^>]*\/>/g) ?? []).sort().join("|");

function units(xml) {
  return [...xml.matchAll(unitPattern)].map((m) => ({
    id: m[1],
    source: /<source>([\s\S]*?)<\/source>/.exec(m[2])?.[1] ?? "",
    target: /<target>([\s\S]*?)<\/target>/.exec(m[2])?.[1],
    note: /<note[^>]*>([\s\S]*?)<\/note>/.exec(m[2])?.[1],
  }));
}

const xml = readFileSync(path, "utf8");
if (command === "todo") {
  const todo = units(xml).filter((u) => u.target === undefined);
  console.log(JSON.stringify(todo, null, 2));
  console.error(`${todo.length} of ${units(xml).length} units in ${locale}.xlf have no target`);
} else if (command === "merge") {
  const targets = JSON.parse(readFileSync(file, "utf8"));
  const byId = new Map(units(xml).map((u) => [u.id, u]));
  const problems = [];
  for (const [id, target] of Object.entries(targets)) {
    const unit = byId.get(id);
    if (!unit) problems.push(`${id}: no such unit in ${locale}.xlf`);
    else if (placeholders(unit.source) !== placeholders(target))
      problems.push(
        `${id}: placeholders differ: source ${placeholders(unit.source)} vs target ${placeholders(target)}`,
      );
    else if (/&(?!amp;|lt;|gt;|quot;|apos;|#)/.test(target.replace(/<x [^>]*\/>/g, "")))
      problems.push(`${id}: unescaped & in target`);
  }
  if (problems.length > 0) {
    console.error(problems.join("\n"));
    process.exit(1);
  }
  const fresh = readFileSync(path, "utf8");
  let merged = 0;
  const out = fresh.replace(unitPattern, (whole, id, body) => {
    if (!(id in targets)) return whole;
    merged++;
    const withoutTarget = body.replace(/\n?\s*<target>[\s\S]*?<\/target>/, "");
    return `<trans-unit id="${id}">${withoutTarget.replace(/<\/source>/, `</source>\n  <target>${targets[id]}</target>`)}</trans-unit>`;
  });
  writeFileSync(path, out);
  console.error(`merged ${merged} targets into ${locale}.xlf`);
}

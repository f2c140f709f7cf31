// Fails when any target locale's XLIFF file lacks a translation (a non-empty <target>) for a message,
// or when a translation drops or invents a placeholder. Run by the build; prints what is missing.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const config = JSON.parse(readFileSync(join(root, "lit-localize.json"), "utf8"));
const xliffDir = join(root, config.interchange.xliffDir);

const UNIT = /<trans-unit\s+id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g;
const SOURCE = /<source>([\s\S]*?)<\/source>/;
const TARGET = /<target(?:\s[^>]*)?>([\s\S]*?)<\/target>/;
const PLACEHOLDERS = /<x\s+id="(\d+)"/g;

function placeholders(text) {
  return [...text.matchAll(PLACEHOLDERS)]
    .map((m) => m[1])
    .sort()
    .join(",");
}

/** The line CI shows when every locale is complete: how many, and which, besides the source locale. */
export function localeSummary() {
  const all = [config.sourceLocale, ...config.targetLocales];
  return `every message is translated in ${all.length} locales (${all.join(", ")}; ${config.sourceLocale} is the source)`;
}

export function checkLocales() {
  const problems = [];
  let referenceIds;
  for (const locale of config.targetLocales) {
    const file = join(xliffDir, `${locale}.xlf`);
    if (!existsSync(file)) {
      problems.push(`${locale}: ${file} does not exist; run "pnpm localize:extract".`);
      continue;
    }
    const xml = readFileSync(file, "utf8");
    const ids = [];
    const missing = [];
    const broken = [];
    for (const [, id, body] of xml.matchAll(UNIT)) {
      ids.push(id);
      const source = SOURCE.exec(body)?.[1] ?? "";
      const target = TARGET.exec(body)?.[1];
      if (target === undefined || target.trim() === "") missing.push(id);
      else if (placeholders(source) !== placeholders(target)) broken.push(id);
    }
    referenceIds ??= new Set(ids);
    const absent = [...referenceIds].filter((id) => !ids.includes(id));
    if (missing.length)
      problems.push(
        `${locale}: ${missing.length} of ${ids.length} messages have no translation: ${missing.join(", ")}`,
      );
    if (broken.length)
      problems.push(`${locale}: placeholders differ from the source in: ${broken.join(", ")}`);
    if (absent.length)
      problems.push(
        `${locale}: messages missing from the file (run "pnpm localize:extract"): ${absent.join(", ")}`,
      );
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = checkLocales();
  if (problems.length) {
    console.error(`Locale check failed:\n- ${problems.join("\n- ")}`);
    process.exit(1);
  }
  console.log(`Locale check passed: ${localeSummary()}.`);
}

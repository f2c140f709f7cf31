// Fails when a translation does not follow its locale's glossary: for every locale with a file
// xliff/glossary/<locale>.md, each message whose English source expresses a concept of
// xliff/glossary/concepts.json must contain that concept's agreed rendering (one of the alternatives
// separated by " / "; case is ignored; `*` stands for any letters, for word endings that inflect, as in
// "молодіжн* міграційн* служб"). A concept's `keepGerman` names messages that keep the German term
// people meet on doors and letters, e.g. programme.MBE "… (MBE – Migrationsberatung)", in every locale
// that is neither German nor the source, and no other message of such a locale may contain those German
// words (the outreach labels once said "Permanence (Sprechstunde)"). Run by the build next to
// check-locales.mjs.
//
//   node scripts/check-glossary.mjs
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const UNIT = /<trans-unit\s+id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g;
const SOURCE = /<source>([\s\S]*?)<\/source>/;
const TARGET = /<target(?:\s[^>]*)?>([\s\S]*?)<\/target>/;
const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XLIFF inline content as the reader sees it: placeholders become `{}`, entities are decoded. */
function plainText(xml) {
  return xml
    .replace(/<x\s[^>]*\/>/g, "{}")
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name) => ENTITIES[name])
    .normalize("NFC");
}

function readUnits(file) {
  const units = new Map();
  for (const [, id, body] of readFileSync(file, "utf8").matchAll(UNIT)) {
    const target = TARGET.exec(body)?.[1];
    units.set(id, {
      source: plainText(SOURCE.exec(body)?.[1] ?? ""),
      target: target === undefined ? undefined : plainText(target),
    });
  }
  return units;
}

/**
 * Reads a glossary table (`| concept | German | rendering | note |`) into concept → alternatives.
 * Problems name the file and line.
 */
export function parseGlossary(text, file) {
  const problems = [];
  const renderings = new Map();
  const lines = text.split(/\r?\n/);
  let header;
  lines.forEach((line, index) => {
    if (!line.trim().startsWith("|")) return;
    const cells = line
      .trim()
      .replace(/^\||\|$/g, "")
      .split("|")
      .map((cell) => cell.trim());
    if (!header) {
      header = cells.map((cell) => cell.toLowerCase());
      if (header[0] !== "concept" || !header.includes("rendering"))
        problems.push(
          `${file}:${index + 1}: the table's header must be "| concept | German | rendering | note |", received "${line.trim()}".`,
        );
      return;
    }
    if (cells.every((cell) => /^:?-+:?$/.test(cell))) return;
    const concept = cells[0];
    const rendering = cells[header.indexOf("rendering")] ?? "";
    const alternatives = rendering
      .split(" / ")
      .map((part) => part.trim())
      .filter(Boolean);
    if (!concept) problems.push(`${file}:${index + 1}: a row has no concept key.`);
    else if (alternatives.length === 0)
      problems.push(`${file}:${index + 1}: concept "${concept}" has an empty rendering.`);
    else if (renderings.has(concept))
      problems.push(`${file}:${index + 1}: concept "${concept}" is listed twice.`);
    else
      renderings.set(
        concept,
        alternatives.map((a) => a.normalize("NFC")),
      );
  });
  if (!header) problems.push(`${file}: no glossary table found.`);
  return { renderings, problems };
}

/** A rendering as a test over lower-cased text: `*` matches any run of letters (an inflected ending). */
function renderingTest(alternative, locale) {
  const parts = lower(alternative, locale)
    .split("*")
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(parts.join("\\p{L}*"), "u");
  return (text) => pattern.test(text);
}

function lower(text, locale) {
  try {
    return text.toLocaleLowerCase(locale);
  } catch {
    return text.toLowerCase();
  }
}

/**
 * Checks every glossary in `glossaryDir` against `xliffDir/<locale>.xlf`; the source locale is checked
 * against the sources themselves. Returns a list of problems (empty when all is well).
 */
export function checkGlossaries({
  xliffDir = join(root, "xliff"),
  glossaryDir = join(xliffDir, "glossary"),
  sourceLocale = "en",
} = {}) {
  const problems = [];
  const conceptsFile = join(glossaryDir, "concepts.json");
  if (!existsSync(conceptsFile)) return [`${conceptsFile} does not exist.`];
  const { $comment, ...concepts } = JSON.parse(readFileSync(conceptsFile, "utf8"));
  const xliffFiles = readdirSync(xliffDir).filter((file) => file.endsWith(".xlf"));
  if (xliffFiles.length === 0) return [`${xliffDir} has no .xlf files.`];
  const sources = readUnits(join(xliffDir, xliffFiles[0]));

  // Which messages express which concept, from the English sources.
  const expressing = new Map();
  for (const [key, rule] of Object.entries(concepts)) {
    let pattern;
    try {
      pattern = rule.source ? new RegExp(rule.source, "i") : undefined;
    } catch (error) {
      problems.push(`concepts.json: "${key}".source is not a valid regular expression (${error.message}).`);
      continue;
    }
    for (const id of [...(rule.ids ?? []), ...(rule.exclude ?? [])])
      if (!sources.has(id))
        problems.push(`concepts.json: "${key}" names "${id}", which is not a message id.`);
    const ids = [...sources]
      .filter(([id, unit]) => rule.ids?.includes(id) || pattern?.test(unit.source))
      .map(([id]) => id)
      .filter((id) => !rule.exclude?.includes(id));
    if (ids.length === 0) problems.push(`concepts.json: "${key}" matches no message.`);
    for (const id of rule.keepGerman?.ids ?? [])
      if (!sources.has(id))
        problems.push(`concepts.json: "${key}".keepGerman names "${id}", which is not a message id.`);
    expressing.set(key, ids);
  }

  const glossaries = readdirSync(glossaryDir).filter((file) => file.endsWith(".md") && file !== "README.md");
  for (const file of glossaries) {
    const locale = file.replace(/\.md$/, "");
    const { renderings, problems: tableProblems } = parseGlossary(
      readFileSync(join(glossaryDir, file), "utf8"),
      `glossary/${file}`,
    );
    problems.push(...tableProblems);
    for (const concept of renderings.keys())
      if (!expressing.has(concept))
        problems.push(`glossary/${file}: "${concept}" is not a concept of concepts.json.`);
    let units;
    if (locale === sourceLocale) units = sources;
    else if (existsSync(join(xliffDir, `${locale}.xlf`))) units = readUnits(join(xliffDir, `${locale}.xlf`));
    else {
      problems.push(`glossary/${file}: there is no xliff/${locale}.xlf for this glossary.`);
      continue;
    }
    const isGerman = locale === "de" || locale.startsWith("de-");
    for (const [concept, { keepGerman }] of Object.entries(concepts)) {
      if (!keepGerman || isGerman || locale === sourceLocale) continue;
      for (const id of keepGerman.ids) {
        const text = units.get(id)?.target;
        if (text !== undefined && !text.includes(keepGerman.text))
          problems.push(
            `${locale}: ${id} must keep the German "${keepGerman.text}" (concept "${concept}", the words on doors and letters): "${text}"`,
          );
      }
      // ... and only there: short labels stay short and in the visitor's language.
      for (const word of keepGerman.text.split(/\s+/)) {
        const german = new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, "iu");
        for (const [id, unit] of units)
          if (!keepGerman.ids.includes(id) && unit.target !== undefined && german.test(unit.target))
            problems.push(
              `${locale}: ${id} contains the German "${word}", which only ${keepGerman.ids.join(", ")} keeps (concept "${concept}"): "${unit.target}"`,
            );
      }
    }
    for (const [concept, ids] of expressing) {
      const alternatives = renderings.get(concept);
      if (!alternatives) {
        problems.push(`glossary/${file}: concept "${concept}" has no row.`);
        continue;
      }
      const wanted = alternatives.map((a) => renderingTest(a, locale));
      for (const id of ids) {
        const unit = units.get(id);
        const text = locale === sourceLocale ? unit?.source : unit?.target;
        if (text === undefined) continue; // a missing translation is check-locales' finding
        if (!wanted.some((test) => test(lower(text, locale))))
          problems.push(
            `${locale}: ${id} expresses "${concept}" but lacks its rendering "${alternatives.join(" / ")}": "${text.length > 120 ? `${text.slice(0, 120)}…` : text}"`,
          );
      }
    }
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = checkGlossaries();
  if (problems.length) {
    console.error(`Glossary check failed:\n- ${problems.join("\n- ")}`);
    process.exit(1);
  }
  console.log("Glossary check passed: every translation uses its glossary's renderings.");
}

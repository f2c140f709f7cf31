// Generates src/generated/ from xliff/ (lit-localize runtime mode), then makes each locale module
// self-contained: its only import, `str` from @lit/localize, is replaced by the same three-line tag, so
// that the CDN build can split every locale into its own chunk without a chunk shared with the entry.
// A locale the browsers may have no date data for (src/localization/calendars/<locale>.ts) gets its
// weekday and month names re-exported from its module, so they load in the same chunk as its texts.
// English, the source locale, gets a module of the same form (en.ts, from the message tables): the CDN
// build loads the English texts from it instead of carrying them in its code (strip-source-texts.mjs).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { englishLocaleModule, readMessageTables } from "./strip-source-texts.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const localesDir = join(root, "src/generated/locales");
const STR_IMPORT = /import\s*\{\s*str\s*\}\s*from\s*['"]@lit\/localize['"];?/;
const LOCAL_STR = `const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({ strTag: true as const, strings, values });`;

export function localizeBuild({ quiet = true } = {}) {
  const output = execFileSync(join(root, "node_modules/.bin/lit-localize"), ["build"], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (!quiet) process.stdout.write(output);
  for (const file of readdirSync(localesDir)) {
    if (!file.endsWith(".ts")) continue;
    const path = join(localesDir, file);
    let text = readFileSync(path, "utf8");
    text = text.replace(STR_IMPORT, LOCAL_STR);
    const calendar = `../../localization/calendars/${file.slice(0, -".ts".length)}.js`;
    if (existsSync(join(localesDir, calendar.replace(/\.js$/, ".ts"))) && !text.includes(calendar))
      text += `\nexport { calendar } from "${calendar}";\n`;
    writeFileSync(path, text);
  }
  writeFileSync(join(localesDir, "en.ts"), englishLocaleModule(readMessageTables(root)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) localizeBuild();

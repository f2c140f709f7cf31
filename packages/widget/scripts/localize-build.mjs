// Generates src/generated/ from xliff/ (lit-localize runtime mode), then makes each locale module
// self-contained: its only import, `str` from @lit/localize, is replaced by the same three-line tag, so
// that the CDN build can split every locale into its own chunk without a chunk shared with the entry.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

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
    const text = readFileSync(path, "utf8");
    if (STR_IMPORT.test(text)) writeFileSync(path, text.replace(STR_IMPORT, LOCAL_STR));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) localizeBuild();

// The widget's whole CDN bundle has 30 KiB gzip; validation is the largest part it takes from here.
import { createRequire } from "node:module";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

// esbuild comes with tsup (a dev dependency), so no second copy is installed for this test.
const require = createRequire(import.meta.url);
const esbuild = require(createRequire(require.resolve("tsup")).resolve("esbuild")) as {
  build(options: object): Promise<{ outputFiles: { text: string }[]; metafile: { inputs: object } }>;
};

async function bundle(code: string): Promise<string> {
  const result = await esbuild.build({
    stdin: { contents: code, resolveDir: join(import.meta.dirname, "..", "src"), loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
  });
  return result.outputFiles[0]!.text;
}

async function gzipSize(code: string): Promise<number> {
  return gzipSync(await bundle(code), { level: 9 }).length;
}

// Every value the vocabulary exports, read from its entry so a new constant is covered without editing this list.
const VOCABULARY_EXPORTS = Object.keys(await import("../src/vocabulary/index.js"));

describe("bundle size (minified, gzip -9)", () => {
  // 15 KiB until a bad optional field (a provider's website) was dropped instead of costing the record.
  // 15.5 KiB until 1.1: languages as code or object, intake, woman counsellor, the freeOfCharge warning
  // (16,213 B), then outreach places with three forms of slot (a discriminated union: 17,060 B).
  it("parseDataset with zod/mini stays under 17 KiB", async () => {
    const size = await gzipSize('import { parseDataset } from "./index.ts"; console.log(parseDataset);');
    expect(size).toBeLessThan(17 * 1024);
  });

  it("the enumeration constants alone pull in no Zod", async () => {
    const size = await gzipSize(
      'import { CHANNELS, PROGRAMMES, TARGET_GROUPS, TOPICS } from "./index.ts"; console.log(CHANNELS, PROGRAMMES, TARGET_GROUPS, TOPICS);',
    );
    expect(size).toBeLessThan(1024);
  });

  it.each(VOCABULARY_EXPORTS)("importing %s from the vocabulary pulls in no Zod", async (name) => {
    const code = await bundle(`import { ${name} } from "./vocabulary/index.ts"; console.log(${name});`);
    // Zod's core always carries its registry and version marker; neither may appear.
    expect(code).not.toMatch(/\$ZodType|\$zod|_zod/);
    expect(gzipSync(code, { level: 9 }).length).toBeLessThan(2 * 1024);
  });

  it("all of the vocabulary together stays under 3 KiB and Zod-free", async () => {
    const names = VOCABULARY_EXPORTS.join(", ");
    const code = await bundle(`import { ${names} } from "./vocabulary/index.ts"; console.log(${names});`);
    expect(code).not.toMatch(/\$ZodType|\$zod|_zod/);
    expect(gzipSync(code, { level: 9 }).length).toBeLessThan(3 * 1024);
  });

  it("the vocabulary imports nothing from outside its folder", async () => {
    const result = await esbuild.build({
      entryPoints: [join(import.meta.dirname, "..", "src", "vocabulary", "index.ts")],
      bundle: true,
      write: false,
      metafile: true,
      format: "esm",
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.length).toBeGreaterThan(1);
    for (const input of inputs) expect(input).toMatch(/^src\/vocabulary\/[a-z-]+\.ts$/);
  });

  it("keeps the HSDS schemas out unless they are imported", async () => {
    const code = await bundle('import { parseDataset } from "./index.ts"; console.log(parseDataset);');
    expect(code).not.toContain("service_at_locations");
    const withHsds = await bundle('import { HsdsService } from "./hsds/index.ts"; console.log(HsdsService);');
    expect(withHsds).toContain("service_at_locations");
  });
});

// The widget's whole CDN bundle has 30 KiB gzip; validation is the largest part it takes from here.
import { createRequire } from "node:module";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

// esbuild comes with tsup (a dev dependency), so no second copy is installed for this test.
const require = createRequire(import.meta.url);
const esbuild = require(createRequire(require.resolve("tsup")).resolve("esbuild")) as {
  build(options: object): Promise<{ outputFiles: { text: string }[] }>;
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

describe("bundle size (minified, gzip -9)", () => {
  // 15 KiB until a bad optional field (a provider's website) was dropped instead of costing the record.
  it("parseDataset with zod/mini stays under 15.5 KiB", async () => {
    const size = await gzipSize('import { parseDataset } from "./index.ts"; console.log(parseDataset);');
    expect(size).toBeLessThan(15.5 * 1024);
  });

  it("the enumeration constants alone pull in no Zod", async () => {
    const size = await gzipSize(
      'import { CHANNELS, PROGRAMMES, TARGET_GROUPS, TOPICS } from "./index.ts"; console.log(CHANNELS, PROGRAMMES, TARGET_GROUPS, TOPICS);',
    );
    expect(size).toBeLessThan(1024);
  });

  it("keeps the HSDS schemas out unless they are imported", async () => {
    const code = await bundle('import { parseDataset } from "./index.ts"; console.log(parseDataset);');
    expect(code).not.toContain("service_at_locations");
    const withHsds = await bundle('import { HsdsService } from "./hsds/index.ts"; console.log(HsdsService);');
    expect(withHsds).toContain("service_at_locations");
  });
});

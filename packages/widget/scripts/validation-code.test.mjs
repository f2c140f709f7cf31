import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { isValidationCode, validationInputs } from "./validation-code.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Bundles one widget module as the CDN build does and returns its metafile and output name. */
async function bundle(entry) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: { chunk: entry },
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    outdir: "out",
    metafile: true,
    conditions: ["source", "browser", "import"],
    logLevel: "silent",
  });
  return { metafile: result.metafile, output: "out/chunk.js" };
}

describe("isValidationCode", () => {
  it("names Zod and the schemas' modules but not their vocabulary", () => {
    expect(isValidationCode("../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/mini/schemas.js")).toBe(
      true,
    );
    expect(isValidationCode("../schemas/src/index.ts")).toBe(true);
    expect(isValidationCode("../../packages/schemas/src/office.ts")).toBe(true);
    expect(isValidationCode("../../packages/schemas/src/vocabulary/channels.ts")).toBe(false);
    expect(isValidationCode("../../packages/core/src/publish/decode-published.ts")).toBe(false);
  });
});

describe("the published-folder chunk", () => {
  it("bundles core's decoder without any validation code (no Zod, no schemas)", async () => {
    const { metafile, output } = await bundle("src/published-loading.ts");
    const inputs = Object.keys(metafile.outputs[output].inputs);
    expect(inputs.some((input) => input.endsWith("publish/decode-published.ts"))).toBe(true);
    expect(validationInputs(metafile, output)).toEqual([]);
  });

  it("differs from the raw dataset's chunk, which has Zod and the schemas", async () => {
    const { metafile, output } = await bundle("src/dataset-validation.ts");
    const found = validationInputs(metafile, output);
    expect(found.some((input) => input.includes("/zod/"))).toBe(true);
    expect(found.some((input) => input.endsWith("schemas/src/office.ts"))).toBe(true);
  });
});

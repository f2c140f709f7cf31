import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { checkNoDuplicates, mergeChunks } from "./merge-chunks.mjs";

const dir = mkdtempSync(join(tmpdir(), "merge-chunks-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name, text) => writeFileSync(join(dir, name), text);

// A main file that loads "first" lazily (merged into it) and "later" and "other" lazily (kept apart);
// esbuild puts what they share into shared chunks: lit.js (main, first, later), words.js (first,
// later) and rare.js (later, other only).
write("lit.js", '/*! @license Lit-like */\nexport const html = (s) => "<" + s + ">";');
write("words.js", 'export const words = ["a", "b"];');
write("rare.js", "export const rare = () => 'rare';");
write(
  "main.js",
  'import { html } from "./lit.js"; export const render = () => html("main"); export const first = () => import("./first.js"); export const later = () => import("./later.js"); export const other = () => import("./other.js");',
);
write(
  "first.js",
  'import { html } from "./lit.js"; import { words } from "./words.js"; export const list = () => words.map(html);',
);
write(
  "later.js",
  'import { html } from "./lit.js"; import { words } from "./words.js"; import { rare } from "./rare.js"; export const detail = () => html(words[1] + rare());',
);
write("other.js", 'import { rare } from "./rare.js"; export default rare;');

async function splitAndMerge() {
  const result = await build({
    absWorkingDir: dir,
    entryPoints: {
      main: "main.js",
      "chunks/first": "first.js",
      "chunks/later": "later.js",
      "chunks/other": "other.js",
    },
    bundle: true,
    splitting: true,
    format: "esm",
    minify: true,
    legalComments: "external",
    sourcemap: "linked",
    outdir: join(dir, "out"),
    chunkNames: "chunks/shared-[hash]",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const merged = await mergeChunks({
    result,
    root: dir,
    outdir: "out",
    main: "out/main.js",
    together: ["out/chunks/first.js"],
  });
  for (const file of merged.files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.contents);
  }
  return { esbuildOutputs: result.metafile.outputs, ...merged };
}

describe("mergeChunks", async () => {
  const { esbuildOutputs, files, metafile } = await splitAndMerge();
  const { outputs } = metafile;
  const js = Object.keys(outputs);

  it("puts the main file, the files merged with it and their shared chunks into the main file", () => {
    expect(Object.keys(esbuildOutputs).filter((path) => /shared-\w+\.js$/.test(path)).length).toBeGreaterThan(
      1,
    );
    expect(Object.keys(outputs["out/main.js"].inputs).sort()).toEqual([
      "first.js",
      "lit.js",
      "main.js",
      "words.js",
    ]);
    expect(outputs["out/main.js"].imports.filter((entry) => entry.kind === "import-statement")).toEqual([]);
    expect(js).not.toContain("out/chunks/first.js");
  });

  it("keeps the other lazy files apart, importing from the main file and a shared chunk of their own", () => {
    expect(Object.keys(outputs["out/chunks/later.js"].inputs)).toEqual(["later.js"]);
    const imports = (path) =>
      outputs[path].imports.filter((entry) => entry.kind === "import-statement").map((entry) => entry.path);
    const [rareChunk] = js.filter((path) => /^out\/chunks\/shared-[a-z0-9]+\.js$/.test(path));
    expect(Object.keys(outputs[rareChunk].inputs)).toEqual(["rare.js"]);
    expect(imports("out/chunks/later.js").sort()).toEqual([rareChunk, "out/main.js"].sort());
    expect(imports("out/chunks/other.js")).toEqual([rareChunk]);
  });

  it("builds files that run: the main file's exports and each lazy file through it", async () => {
    const main = await import(pathToFileURL(join(dir, "out/main.js")).href);
    expect(main.render()).toBe("<main>");
    expect((await main.first()).list()).toEqual(["<a>", "<b>"]);
    expect((await main.later()).detail()).toBe("<brare>");
    expect((await main.other()).default()).toBe("rare");
  });

  it("keeps every source file in one output, and says which when one is in two", () => {
    expect(() => checkNoDuplicates(metafile)).not.toThrow();
    const twice = {
      outputs: {
        "out/a.js": { inputs: { "lit.js": { bytesInOutput: 10 } } },
        "out/b.js": { inputs: { "lit.js": { bytesInOutput: 10 }, "other.js": { bytesInOutput: 0 } } },
      },
    };
    expect(() => checkNoDuplicates(twice)).toThrow("lit.js (out/a.js, out/b.js)");
  });

  it("writes source maps back to the sources and the licence comments beside the file that holds them", () => {
    const map = JSON.parse(files.find((file) => file.path === "out/main.js.map").contents);
    expect(map.sources.map((source) => source.replace(/^\.\.\//, "")).sort()).toEqual([
      "first.js",
      "lit.js",
      "main.js",
      "words.js",
    ]);
    expect(files.find((file) => file.path === "out/main.js").contents).toContain(
      "//# sourceMappingURL=main.js.map",
    );
    expect(files.find((file) => file.path === "out/main.js.LEGAL.txt")?.contents).toContain(
      "@license Lit-like",
    );
    expect(files.map((file) => file.path)).not.toContain("out/chunks/later.js.LEGAL.txt");
  });
});

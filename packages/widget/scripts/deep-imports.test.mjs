import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { coreExportMap, rewriteDeepImports } from "./deep-imports.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const coreIndex = join(root, "../core/src/index.ts");

describe("coreExportMap", () => {
  it("maps core's values to the files that define them, and leaves types out", () => {
    const map = coreExportMap(coreIndex);
    expect(map.get("loadDataset")).toEqual({
      path: join(root, "../core/src/dataset/load-dataset.ts"),
      name: "loadDataset",
    });
    expect(map.get("search")?.path).toBe(join(root, "../core/src/search/search.ts"));
    expect(map.has("LoadedDataset")).toBe(false);
  });

  it("refuses an export * it cannot map", () => {
    const dir = mkdtempSync(join(tmpdir(), "deep-imports-"));
    writeFileSync(join(dir, "index.ts"), 'export * from "./a.js";\n');
    expect(() => coreExportMap(join(dir, "index.ts"))).toThrow(/export \*/);
  });
});

describe("rewriteDeepImports", () => {
  const map = new Map([
    ["a", { path: "/core/a.ts", name: "a" }],
    ["b", { path: "/core/b.ts", name: "b" }],
    ["c", { path: "/core/a.ts", name: "c" }],
  ]);

  it("imports each name from its own file, keeping local names and type-only imports", () => {
    const source = [
      'import type { T } from "core";',
      'import { a, b as bee, type U, c } from "core";',
      'import { x } from "other";',
      'export { b } from "core";',
    ].join("\n");
    const out = rewriteDeepImports(source, "f.ts", "core", map);
    expect(out).toContain('import type { T } from "core";');
    expect(out).toContain(
      'import { a as a, c as c } from "/core/a.ts"; import { b as bee } from "/core/b.ts";',
    );
    expect(out).toContain('import { x } from "other";');
    expect(out).toContain('export { b as b } from "/core/b.ts";');
  });

  it("fails on a name the entry does not export", () => {
    expect(() => rewriteDeepImports('import { zzz } from "core";', "f.ts", "core", map)).toThrow(/zzz/);
  });

  it("keeps a second entry's code out of a chunk the first one loads at once (esbuild splitting)", async () => {
    // The widget imports core's search (in the main file) and loadDataset (in the validation chunk) from
    // one barrel: without the rewrite, esbuild puts Zod in a chunk that the main file imports.
    const dir = mkdtempSync(join(root, "node_modules/.deep-imports-"));
    const imports = (names) => `import { ${names} } from "@beratungsfinder/core";`;
    writeFileSync(join(dir, "main.ts"), `${imports("toAsciiDigits")}\nconsole.log(toAsciiDigits("1"));`);
    writeFileSync(join(dir, "lazy.ts"), `${imports("loadDataset")}\nconsole.log(loadDataset);`);
    const zodAtOnce = async (rewrite) => {
      const result = await build({
        absWorkingDir: root,
        entryPoints: { main: join(dir, "main.ts"), lazy: join(dir, "lazy.ts") },
        bundle: true,
        splitting: true,
        format: "esm",
        write: false,
        outdir: join(dir, "out"),
        metafile: true,
        conditions: ["source", "browser", "import"],
        logLevel: "silent",
        plugins: rewrite
          ? [
              {
                name: "deep",
                setup(b) {
                  b.onLoad({ filter: /\.deep-imports-[^/]+\/[^/]+\.ts$/ }, async (args) => ({
                    contents: rewriteDeepImports(
                      readFileSync(args.path, "utf8"),
                      args.path,
                      "@beratungsfinder/core",
                      coreExportMap(coreIndex),
                    ),
                    loader: "ts",
                  }));
                },
              },
            ]
          : [],
      });
      const outputs = result.metafile.outputs;
      const main = Object.keys(outputs).find((file) => file.endsWith("/main.js"));
      const atOnce = [
        main,
        ...outputs[main].imports.filter((i) => i.kind === "import-statement").map((i) => i.path),
      ];
      return atOnce.some((file) => Object.keys(outputs[file].inputs).some((input) => input.includes("zod")));
    };
    try {
      expect(await zodAtOnce(false)).toBe(true);
      expect(await zodAtOnce(true)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { chunkPreloads } from "./chunk-preload.mjs";

const dir = mkdtempSync(join(tmpdir(), "chunk-preload-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name, text) => writeFileSync(join(dir, name), text);

/** A main file and two lazy files built with splitting as the CDN build does; shared code goes into chunks. */
async function splitBuild() {
  write(
    "main.js",
    'import { a } from "./a.js"; export const load = () => [a, import("./lazy.js"), import("./other.js")];',
  );
  write("a.js", "export const a = () => 'a';");
  write("b.js", "export const b = () => 'b';");
  write("c.js", "export const c = () => 'c';");
  write(
    "lazy.js",
    'import { a } from "./a.js"; import { b } from "./b.js"; import { c } from "./c.js"; export default [a, b, c];',
  );
  write("other.js", 'import { b } from "./b.js"; import { c } from "./c.js"; export default [b, c];');
  write("alone.js", 'import { a } from "./a.js"; export default a;');
  const result = await build({
    absWorkingDir: dir,
    entryPoints: {
      main: "main.js",
      "chunks/lazy": "lazy.js",
      "chunks/other": "other.js",
      "chunks/alone": "alone.js",
    },
    bundle: true,
    splitting: true,
    format: "esm",
    outdir: "out",
    chunkNames: "chunks/shared-[hash]",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  return result.metafile;
}

describe("chunkPreloads", () => {
  it("lists the shared chunks a lazy file imports beyond the main file's, relative to the main file", async () => {
    const metafile = await splitBuild();
    const lists = chunkPreloads(metafile, "out/main.js", ["lazy", "other", "alone"]);
    const shared = Object.keys(metafile.outputs).filter((path) => /^out\/chunks\/shared-\w+\.js$/.test(path));
    const fromMain = metafile.outputs["out/main.js"].imports.map((entry) => entry.path);
    expect(lists.lazy?.length).toBeGreaterThan(0);
    expect(lists.lazy).toEqual(lists.other);
    for (const file of lists.lazy ?? []) {
      expect(file).toMatch(/^chunks\/shared-\w+\.js$/);
      expect(shared).toContain(`out/${file}`);
      expect(fromMain).not.toContain(`out/${file}`);
    }
    // a.js is the main file's: a file that needs only it preloads nothing.
    expect(lists).not.toHaveProperty("alone");
  });

  it("leaves out the main file when a lazy file imports from it (merged chunks)", () => {
    const outputs = {
      "out/main.js": { imports: [] },
      "out/chunks/lazy.js": {
        imports: [
          { path: "out/main.js", kind: "import-statement" },
          { path: "out/chunks/shared-ab12cd34.js", kind: "import-statement" },
        ],
      },
      "out/chunks/shared-ab12cd34.js": { imports: [{ path: "out/main.js", kind: "import-statement" }] },
    };
    expect(chunkPreloads({ outputs }, "out/main.js", ["lazy"])).toEqual({
      lazy: ["chunks/shared-ab12cd34.js"],
    });
  });

  it("fails for a name that is not an output", () => {
    const metafile = { outputs: { "out/main.js": { imports: [] } } };
    expect(() => chunkPreloads(metafile, "out/main.js", ["missing"])).toThrow(/missing\.js is not an output/);
  });
});

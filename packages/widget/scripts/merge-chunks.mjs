// The CDN build's second pass: esbuild's code splitting puts code that the element's file and a lazily
// loaded file both use into shared chunks of their own, because it cannot know that the lazy file only
// ever loads after the element's. On a phone each of those files costs a request (and, over HTTP/1.1,
// a place in one of six queues), and gzip compresses each alone. Rollup reads esbuild's output files
// as its modules and puts the element's file, the files it imports and the files that every first
// visit loads beside it (the first search) into one file; a lazily loaded file (a locale, the office
// details, the dataset validation, the QR code) stays a file of its own and imports what it needs from
// that one. Rollup never puts a module into two files, and `checkNoDuplicates` proves it again from
// esbuild's inputs. Esbuild then minifies each merged file once more (Rollup's merging renames
// clashing names to longer ones); both passes carry the source maps back to the sources.
import { dirname, relative, resolve } from "node:path";
import { transform } from "esbuild";
import { rollup } from "rollup";
import { staticClosure } from "./chunk-preload.mjs";

const SOURCE_MAP_COMMENT = /\n?\/\/# sourceMappingURL=[^\n]*\s*$/;

/**
 * Merges the outputs of an esbuild build (`write: false`, `metafile: true`, `outdir`) so that `main`,
 * everything it imports statically, and each of `together` (lazily loaded outputs that every first
 * visit loads too) with what they import, are one file under `main`'s name. Other entry outputs keep
 * their names; the modules only they share go into `sharedNames` chunks (`[hash]` is content-based).
 * Returns the files to write (code, source maps, licence files) and a metafile in esbuild's shape for
 * them, whose inputs are the source files each holds (their `bytesInOutput` are esbuild's, before
 * the merge: for finding what a file is made of, not for adding up).
 *
 * @example
 * const { files, metafile } = await mergeChunks({ result, root, outdir: "dist/cdn",
 *   main: "dist/cdn/beratungs-finder-code.js", together: ["dist/cdn/chunks/first-search.js"] });
 */
export async function mergeChunks({
  result,
  root,
  outdir,
  main,
  together = [],
  sharedNames = "chunks/shared-[hash].js",
}) {
  const { outputs } = result.metafile;
  const abs = (path) => resolve(root, path);
  const rel = (path) => relative(root, path).replaceAll("\\", "/");
  const texts = new Map(result.outputFiles.map((file) => [file.path, file.text]));
  for (const path of [main, ...together]) {
    if (!outputs[path]?.entryPoint) throw new Error(`${path} is not an entry output of the esbuild build.`);
  }
  const merged = new Set([main]);
  for (const path of [main, ...together]) {
    merged.add(path);
    for (const imported of staticClosure(outputs, path)) merged.add(imported);
  }
  const mainName = relative(outdir, main).replace(/\.js$/, "");
  const input = { [mainName]: abs(main) };
  for (const [path, output] of Object.entries(outputs)) {
    if (output.entryPoint && !merged.has(path))
      input[relative(outdir, path).replace(/\.js$/, "")] = abs(path);
  }
  const warnings = [];
  const bundle = await rollup({
    input,
    // The element's file gains the exports that the lazily loaded files import from it.
    preserveEntrySignatures: "allow-extension",
    // Esbuild has already dropped what nothing uses; Rollup keeps every module's side effects.
    treeshake: { moduleSideEffects: true },
    onwarn: (warning) => warnings.push(warning),
    plugins: [
      {
        name: "esbuild-outputs",
        resolveId(source, importer) {
          if (!importer) return source;
          const path = resolve(dirname(importer), source);
          if (!texts.has(path))
            throw new Error(`${rel(importer)} imports ${source}, which esbuild did not build.`);
          return path;
        },
        load(id) {
          const code = texts.get(id);
          if (code === undefined) throw new Error(`${rel(id)} is not an output of the esbuild build.`);
          const map = texts.get(`${id}.map`);
          return { code: code.replace(SOURCE_MAP_COMMENT, "\n"), map: map && JSON.parse(map) };
        },
      },
    ],
  });
  const { output } = await bundle.generate({
    format: "es",
    dir: abs(outdir),
    entryFileNames: "[name].js",
    chunkFileNames: sharedNames,
    // Base 36, so that hashed names cannot differ in case alone (some file systems ignore it).
    hashCharacters: "base36",
    manualChunks: (id) => (merged.has(rel(id)) ? mainName : undefined),
    sourcemap: true,
    generatedCode: { preset: "es2015", constBindings: true },
    freeze: false,
    compact: true,
    plugins: [
      {
        name: "minify-merged",
        async renderChunk(code) {
          const minified = await transform(code, {
            format: "esm",
            target: "es2022",
            minify: true,
            charset: "utf8",
            legalComments: "none",
            sourcemap: "external",
          });
          return { code: minified.code, map: JSON.parse(minified.map) };
        },
      },
    ],
  });
  await bundle.close();
  const unexpected = warnings.filter((warning) => warning.code !== "EMPTY_BUNDLE");
  if (unexpected.length) {
    throw new Error(`Merging the CDN chunks: ${unexpected.map((warning) => warning.message).join("; ")}`);
  }

  const outPath = (fileName) => `${outdir}/${fileName}`;
  const files = [];
  const metafile = { inputs: result.metafile.inputs, outputs: {} };
  for (const chunk of output) {
    if (chunk.type !== "chunk") {
      files.push({ path: outPath(chunk.fileName), contents: chunk.source });
      continue;
    }
    const modules = chunk.moduleIds.map(rel);
    const inputs = {};
    for (const module of modules) {
      for (const [source, info] of Object.entries(outputs[module].inputs)) {
        inputs[source] = { bytesInOutput: (inputs[source]?.bytesInOutput ?? 0) + info.bytesInOutput };
      }
    }
    // The licence notices of every esbuild output merged here, each once.
    const legal = [
      ...new Set(modules.map((module) => texts.get(abs(`${module}.LEGAL.txt`))).filter(Boolean)),
    ];
    if (legal.length)
      files.push({ path: outPath(`${chunk.fileName}.LEGAL.txt`), contents: legal.join("\n") });
    files.push({ path: outPath(chunk.fileName), contents: chunk.code });
    const entry = chunk.facadeModuleId && outputs[rel(chunk.facadeModuleId)].entryPoint;
    metafile.outputs[outPath(chunk.fileName)] = {
      bytes: Buffer.byteLength(chunk.code),
      inputs,
      imports: [
        ...chunk.imports.map((path) => ({ path: outPath(path), kind: "import-statement" })),
        ...chunk.dynamicImports.map((path) => ({ path: outPath(path), kind: "dynamic-import" })),
      ],
      exports: chunk.exports,
      ...(entry ? { entryPoint: entry } : {}),
      // Which of esbuild's outputs went into this file (not in esbuild's own metafiles).
      merged: modules,
    };
  }
  return { files, metafile };
}

/**
 * Throws when a source file's code is in more than one of the metafile's outputs: each module must be
 * fetched once, whichever of the files that need it loads first.
 */
export function checkNoDuplicates(metafile) {
  const holders = new Map();
  for (const [output, { inputs }] of Object.entries(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(inputs ?? {})) {
      if (bytesInOutput > 0) holders.set(input, [...(holders.get(input) ?? []), output]);
    }
  }
  const twice = [...holders].filter(([, files]) => files.length > 1);
  if (twice.length) {
    throw new Error(
      `Code in more than one file of the CDN build: ${twice.map(([input, files]) => `${input} (${files.join(", ")})`).join("; ")}.`,
    );
  }
}

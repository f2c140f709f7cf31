// The shared chunks that a lazily loaded file of the CDN build needs beyond what the main file already
// loaded, by that file's name in chunks/. The main file starts them with the file itself (see
// src/chunk-preload.ts), so the browser fetches them side by side instead of finding them only once the
// file has arrived and been parsed (a round trip each on a phone). Read from esbuild's metafile.

/** The outputs an output imports statically, and theirs, to the end. */
export function staticClosure(outputs, output, seen = new Set()) {
  for (const entry of outputs[output]?.imports ?? []) {
    if (entry.kind !== "import-statement" || seen.has(entry.path)) continue;
    seen.add(entry.path);
    staticClosure(outputs, entry.path, seen);
  }
  return seen;
}

/**
 * For each of `entries` (names of lazily loaded outputs, `chunks/<name>.js` beside `main`), the files it
 * imports statically that `main` does not, as paths relative to `main`'s folder, sorted; entries that
 * need nothing more are left out.
 *
 * @example
 * chunkPreloads(metafile, "dist/cdn/beratungs-finder-code.js", ["first-search"]) // { "first-search": ["chunks/shared-AB12.js"] }
 */
export function chunkPreloads(metafile, main, entries) {
  const { outputs } = metafile;
  const folder = main.slice(0, main.lastIndexOf("/") + 1);
  const loaded = staticClosure(outputs, main);
  const lists = {};
  for (const name of entries) {
    const output = `${folder}chunks/${name}.js`;
    if (!outputs[output]) throw new Error(`${output} is not an output of the build.`);
    // Not `main` either: a lazily loaded file may import from it (scripts/merge-chunks.mjs), and it is loaded.
    const needed = [...staticClosure(outputs, output)].filter(
      (path) => !loaded.has(path) && path !== output && path !== main,
    );
    if (needed.length) lists[name] = needed.map((path) => path.slice(folder.length)).sort();
  }
  return lists;
}

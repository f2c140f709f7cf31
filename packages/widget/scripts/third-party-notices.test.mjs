// Checks the notice file against a real bundle of what the CDN build bundles: every npm package whose
// code lands in the output is listed with its licence text.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { bundledPackages, thirdPartyNotices } from "./third-party-notices.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

describe("thirdPartyNotices", () => {
  it("lists every bundled package with its licence text", async () => {
    const result = await build({
      absWorkingDir: root,
      entryPoints: ["src/index.ts", "src/dataset-validation.ts", "src/place-search.ts"],
      bundle: true,
      write: false,
      outdir: "out",
      format: "esm",
      platform: "browser",
      conditions: ["source", "browser", "import"],
      metafile: true,
      logLevel: "silent",
      // The generated locale modules hold only our translations (and need a localize build first).
      plugins: [
        {
          name: "locales-external",
          setup(pluginBuild) {
            pluginBuild.onResolve({ filter: /generated\/locales\// }, (args) => ({
              path: args.path,
              external: true,
            }));
          },
        },
      ],
    });
    const packages = bundledPackages([result.metafile], root);
    const names = packages.map((pkg) => pkg.name);
    expect(names).toEqual(
      expect.arrayContaining(["lit", "lit-html", "@lit/reactive-element", "zod", "kdbush"]),
    );
    // Our own workspace packages are covered by NOTICE, not listed as third parties.
    expect(names.filter((name) => name.startsWith("@beratungsfinder/"))).toEqual([]);
    const byName = new Map(packages.map((pkg) => [pkg.name, pkg]));
    expect(byName.get("zod").license).toBe("MIT");
    expect(byName.get("kdbush").license).toBe("ISC");
    expect(byName.get("lit").license).toBe("BSD-3-Clause");
    const text = thirdPartyNotices(packages);
    for (const pkg of packages) {
      expect(text).toContain(`${pkg.name} ${pkg.version} (${pkg.license})`);
      expect(text).toContain(pkg.licenseText.slice(0, 200));
    }
    expect(text).toMatch(/Permission to use, copy, modify, and\/or distribute this software/); // ISC, kdbush
  });

  it("fails the build for a bundled package without a licence text", () => {
    expect(() =>
      thirdPartyNotices([{ name: "left-pad", version: "1.0.0", license: "WTFPL", licenseText: undefined }]),
    ).toThrow(/Bundled packages without a licence name or licence file: left-pad/);
  });
});

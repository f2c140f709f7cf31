// The licence notices of every npm package bundled into dist/cdn, read from esbuild's metafiles: the
// CDN files carry zod (MIT), kdbush (ISC), lit (BSD-3-Clause) and more, and their licences require
// the notice to travel with them. The build writes dist/cdn/THIRD-PARTY-NOTICES.txt from this and
// fails when a bundled package names no licence or ships no licence text.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const LICENCE_FILE = /^(licen[cs]e|copying)(\.(md|txt))?$/i;

/** The package folder of a bundled input path ("…/node_modules/@lit/reactive-element/…"), or undefined for our own sources. */
function packageFolder(input) {
  const marker = "node_modules/";
  const at = input.lastIndexOf(marker);
  if (at === -1) return undefined;
  const rest = input.slice(at + marker.length).split("/");
  const name = rest[0]?.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
  return name ? `${input.slice(0, at + marker.length)}${name}` : undefined;
}

/**
 * Every npm package whose code is in the given esbuild metafiles, with its licence and licence text.
 * Paths are relative to `root` (esbuild's absWorkingDir).
 */
export function bundledPackages(metafiles, root) {
  const folders = new Set();
  for (const metafile of metafiles) {
    for (const output of Object.values(metafile.outputs)) {
      // Inputs whose code was shaken away entirely count too ("lit" only re-exports): listing one
      // notice too many costs nothing, one too few breaks a licence.
      for (const input of Object.keys(output.inputs ?? {})) {
        const folder = packageFolder(input);
        if (folder) folders.add(folder);
      }
    }
  }
  const packages = new Map();
  for (const folder of folders) {
    const dir = join(root, folder);
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    const file = existsSync(dir) ? readdirSync(dir).find((name) => LICENCE_FILE.test(name)) : undefined;
    packages.set(manifest.name, {
      name: manifest.name,
      version: manifest.version,
      license: typeof manifest.license === "string" ? manifest.license : undefined,
      licenseText: file ? readFileSync(join(dir, file), "utf8").trim() : undefined,
    });
  }
  return [...packages.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The notice file: one section per package with its licence text; throws when one is missing. */
export function thirdPartyNotices(packages) {
  const incomplete = packages.filter((pkg) => !pkg.license || !pkg.licenseText);
  if (incomplete.length > 0) {
    throw new Error(
      `Bundled packages without a licence name or licence file: ${incomplete.map((pkg) => pkg.name).join(", ")}. Add their notice by hand or do not bundle them.`,
    );
  }
  const rule = "-".repeat(72);
  const sections = packages.map(
    (pkg) => `${rule}\n${pkg.name} ${pkg.version} (${pkg.license})\n${rule}\n\n${pkg.licenseText}\n`,
  );
  return `Third-party software in the Beratungsfinder CDN bundle (dist/cdn)\n\nThe files in this folder contain code of the following packages, under the licences below.\nBeratungsfinder's own code is under the MIT License (see NOTICE).\n\n${sections.join("\n")}`;
}

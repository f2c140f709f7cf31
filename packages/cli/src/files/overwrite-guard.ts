import { stat } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { usageError } from "../command.js";

/** `--force`: the option `import` and `export` take to write over their own input. */
export const FORCE_OPTION = {
  type: "boolean",
  description: "Write --out even when that replaces the input",
} as const;

/**
 * Refuses, as a usage error, output paths that would overwrite the input: the same path, the same
 * file under another name (a link, another spelling on a case-insensitive disk), or an existing file
 * inside an input folder. `force` lets it through.
 *
 * @param input the input file or folder, resolved
 * @param outputs the files the command will write, resolved
 * @param shown how the input and `--out` were typed, for the message
 */
export async function refuseOverwritingInput(
  input: string,
  outputs: readonly string[],
  shown: { input: string; out: string; force: boolean },
): Promise<void> {
  if (shown.force) return;
  const inputStat = await stat(input).catch(() => undefined);
  for (const output of outputs) {
    const outputStat = await stat(output).catch(() => undefined);
    const sameFile =
      resolve(output) === resolve(input) ||
      (inputStat !== undefined &&
        outputStat !== undefined &&
        inputStat.dev === outputStat.dev &&
        inputStat.ino === outputStat.ino);
    const insideInputFolder =
      inputStat?.isDirectory() === true && outputStat?.isFile() === true && isInside(output, input);
    if (!sameFile && !insideInputFolder) continue;
    const what = sameFile
      ? `is the input "${shown.input}"`
      : `is a file inside the input folder "${shown.input}"`;
    throw usageError(
      `Option --out: "${shown.out}" ${what}, and writing it would overwrite the data being read. ` +
        "Choose another --out, or add --force to replace it.",
    );
  }
}

function isInside(path: string, folder: string): boolean {
  const rest = relative(resolve(folder), resolve(path));
  return rest !== "" && rest !== ".." && !rest.startsWith(`..${sep}`) && !isAbsolute(rest);
}

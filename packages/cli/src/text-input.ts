import { relative } from "node:path";
import {
  type DecodedText,
  type DecodeTextOptions,
  TEXT_ENCODINGS,
  type TextEncodingName,
  textEncodingName,
} from "@beratungsfinder/core";
import type { CommandContext, CommandInput, OptionSpec } from "./command.js";
import { usageError } from "./command.js";

/** How input files are decoded: `--encoding`, and who hears which encoding each file was read in. */
export interface TextReadOptions extends DecodeTextOptions {
  /** Called once per file read, with its path and how it was decoded. */
  onDecoded?: (path: string, decoded: DecodedText) => void;
}

/** `--encoding`: the option of every command that reads CSV or HSDS input (import, publish, validate). */
export const ENCODING_OPTION: OptionSpec = {
  type: "string",
  value: "name",
  description:
    "Read the input in this encoding: utf-8, utf-16le, utf-16be or windows-1252 (default: detected)",
};

/** Which encoding each input file was read in, for the report and the notes. */
export interface EncodingLog {
  /** Pass to the file readers. */
  read: TextReadOptions;
  /** `{ "offices.csv": "windows-1252" }`, paths as relative to the working folder, for `--json`. */
  encodings(): Record<string, TextEncodingName>;
  /** One line per file not read as plain UTF-8, e.g. `Read offices.csv as windows-1252: …`. */
  notes(): string[];
}

/** Reads `--encoding` (an unknown name is a usage error) and records the encoding of each file read. */
export function encodingLog(input: CommandInput, context: CommandContext): EncodingLog {
  const raw = input.options.encoding;
  let encoding: TextEncodingName | undefined;
  if (typeof raw === "string") {
    encoding = textEncodingName(raw);
    if (!encoding) {
      throw usageError(
        `Option --encoding: expected one of ${TEXT_ENCODINGS.join(", ")} (latin1 and cp1252 mean windows-1252), received ${JSON.stringify(raw)}.`,
      );
    }
  }
  const decoded = new Map<string, DecodedText>();
  const shown = (path: string) => relative(context.io.cwd, path) || path;
  return {
    read: {
      ...(encoding ? { encoding } : {}),
      onDecoded: (path, text) => decoded.set(shown(path), text),
    },
    encodings: () => Object.fromEntries([...decoded].map(([path, text]) => [path, text.encoding] as const)),
    notes: () =>
      [...decoded]
        .filter(([, text]) => text.reason !== "utf-8")
        .map(([path, text]) => `Read ${path} as ${text.encoding}${because(text)}`),
  };
}

function because({ reason, encoding, looksLikeUtf8 }: DecodedText): string {
  switch (reason) {
    case "bom":
      return " (its byte order mark says so).";
    case "given":
      return looksLikeUtf8
        ? ` (--encoding). Warning: its bytes look like UTF-8, so letters such as ö may read as "Ã¶"; if they look wrong, leave out --encoding ${encoding} or give --encoding utf-8.`
        : " (--encoding).";
    default:
      return ": its bytes are not valid UTF-8. If letters look wrong, name the file's encoding with --encoding.";
  }
}

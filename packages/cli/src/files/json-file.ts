import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import {
  DatasetFetchError,
  type DecodedText,
  type DecodeTextOptions,
  decodeText,
  parseJsonText,
  TextEncodingError,
} from "@beratungsfinder/core";
import type { TextReadOptions } from "../text-input.js";

/**
 * Reads a text file; a missing or unreadable file becomes a `DatasetFetchError` naming the path and
 * what to check, never a bare ENOENT.
 */
export async function readTextFile(path: string, options: TextReadOptions = {}): Promise<string> {
  const decoded = await readDecodedTextFile(path, options);
  options.onDecoded?.(path, decoded);
  return decoded.text;
}

/**
 * Reads a text file in the encoding its bytes show (UTF-8 with or without BOM, UTF-16 by BOM, else
 * Windows-1252) or the one given, and says which: see `decodeText`. Undecodable bytes are a
 * `TextEncodingError` naming the file, line and column.
 */
export async function readDecodedTextFile(
  path: string,
  options: DecodeTextOptions = {},
): Promise<DecodedText> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new DatasetFetchError("FETCH_FAILED", path, `Cannot read "${path}": ${fileProblem(error)}.`, {
      cause: error,
    });
  }
  try {
    return decodeText(bytes, options.encoding === undefined ? {} : { encoding: options.encoding });
  } catch (error) {
    if (!(error instanceof TextEncodingError)) throw error;
    throw new TextEncodingError(`Cannot read "${path}": ${error.message}.`, {
      cause: error,
      ...(error.line === undefined ? {} : { line: error.line }),
      ...(error.column === undefined ? {} : { column: error.column }),
    });
  }
}

/** Reads and parses a JSON file; a syntax error names the file, line and column. */
export async function readJsonFile(path: string, options: TextReadOptions = {}): Promise<unknown> {
  return parseJsonText(await readTextFile(path, options), path);
}

/** Writes text, creating missing folders; failures name the path. */
export async function writeTextFile(path: string, text: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text, "utf8");
  } catch (error) {
    throw new DatasetFetchError("FETCH_FAILED", path, `Cannot write "${path}": ${fileProblem(error)}.`, {
      cause: error,
    });
  }
}

/** Writes a value as indented JSON with a final newline, so the file diffs well in version control. */
export async function writeJsonFile(path: string, value: unknown): Promise<void> {
  await writeTextFile(path, `${JSON.stringify(value, null, 2)}\n`);
}

/** Why a file could not be read or written, in words that say what to check ("no such file or folder; check the path"). */
export function fileProblem(error: unknown): string {
  const code = error && typeof error === "object" && "code" in error ? error.code : undefined;
  switch (code) {
    case "ENOENT":
      return "no such file or folder; check the path";
    case "EACCES":
    case "EPERM":
      return "permission denied; check the file's permissions";
    case "EISDIR":
      return "this is a folder, expected a file";
    case "ENOTDIR":
      return "a part of the path is a file, not a folder";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

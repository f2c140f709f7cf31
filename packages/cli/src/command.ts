import { parseArgs } from "node:util";
import { BeratungsfinderError, type Geocoder } from "@beratungsfinder/core";
import type { CliIo } from "./cli-io.js";
import type { ProgressBar } from "./progress-bar.js";
import { alignColumns, type TerminalStyle } from "./terminal-style.js";

/** One option of a command, as `parseArgs` reads it plus the words its help shows. */
export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  /** Placeholder shown in help, e.g. `km` in `--radius <km>`. */
  value?: string;
  description: string;
}

/** What a command received: its positional arguments and its options by name. */
export interface CommandInput {
  positionals: string[];
  options: Record<string, string | boolean | undefined>;
}

/** What a command may use: output sinks with styles, path resolution, the clock, a progress bar. */
export interface CommandContext {
  io: CliIo;
  style: TerminalStyle;
  json: boolean;
  /** Writes one line to stdout. */
  print(line?: string): void;
  /** Writes one line to stderr (notes and warnings that must not mix with `--json` output). */
  note(line: string): void;
  /** Resolves a path from the command line against the working folder. */
  path(input: string): string;
  now(): Date;
  progress(): ProgressBar;
  /** The geocoder, loaded on first use. */
  geocoder(): Promise<Geocoder>;
  /** The geocoder, or `undefined` (and a note on stderr) when this installation has no geodata. */
  optionalGeocoder(purpose: string): Promise<Geocoder | undefined>;
}

/** A `beratungsfinder` subcommand: its help text and a `run` that returns the exit code. */
export interface CommandSpec {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Positional arguments as shown in usage, e.g. `<file>`; their count is checked before `run`. */
  arguments: readonly string[];
  /** Options besides `--json` and `--help`, which every command has. */
  options: Readonly<Record<string, OptionSpec>>;
  /** A few sentences for `--help` after the usage line. */
  description: string;
  examples: readonly string[];
  run(input: CommandInput, context: CommandContext): Promise<number>;
}

export const EXIT_OK = 0;
/** Invalid data, or nothing matched. */
export const EXIT_INVALID = 1;
/** The command line itself was wrong: unknown option, missing argument, unreadable path. */
export const EXIT_USAGE = 2;

const COMMON_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  json: { type: "boolean", description: "Print machine-readable JSON on stdout instead of text" },
  help: { type: "boolean", short: "h", description: "Show this help" },
};

/** Thrown for a wrong command line; the runner prints it with a pointer to `--help` and exits with 2. */
export function usageError(message: string): BeratungsfinderError {
  return new BeratungsfinderError("USAGE", message);
}

/** Parses a command's arguments strictly; unknown options and a wrong argument count are usage errors. */
export function parseCommandArgs(spec: CommandSpec, argv: readonly string[]): CommandInput {
  const options = { ...spec.options, ...COMMON_OPTIONS };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: Object.fromEntries(
        Object.entries(options).map(([name, option]) => [
          name,
          option.short ? { type: option.type, short: option.short } : { type: option.type },
        ]),
      ),
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
  } catch (error) {
    throw usageError(parseArgsMessage(error, spec));
  }
  rejectRepeatedOptions(parsed.tokens ?? [], spec);
  const input: CommandInput = {
    positionals: parsed.positionals,
    options: parsed.values as CommandInput["options"],
  };
  if (input.options.help) return input;
  const required = spec.arguments.filter((argument) => argument.startsWith("<"));
  if (input.positionals.length < required.length) {
    const missing = required.slice(input.positionals.length).join(" ");
    throw usageError(`Missing ${missing}: expected \`beratungsfinder ${usageLine(spec)}\`.`);
  }
  if (input.positionals.length > spec.arguments.length) {
    const extra = input.positionals.slice(spec.arguments.length).map((value) => JSON.stringify(value));
    throw usageError(
      `Unexpected argument ${extra.join(", ")}: expected \`beratungsfinder ${usageLine(spec)}\`. ` +
        "Quote values that contain spaces.",
    );
  }
  return input;
}

/**
 * parseArgs keeps the last of `--out a --out b` and drops the first silently; a repeated option is
 * a usage error instead, so no value the user typed is ignored without a word.
 */
function rejectRepeatedOptions(
  tokens: NonNullable<ReturnType<typeof parseArgs>["tokens"]>,
  spec: CommandSpec,
): void {
  const seen = new Map<string, string>();
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const first = seen.get(token.name);
    if (first !== undefined) {
      const spelled = first === token.rawName ? `${token.rawName}` : `${first} and ${token.rawName}`;
      throw usageError(
        `Option --${token.name} is given more than once (${spelled}) for \`${spec.name}\`: give it once.`,
      );
    }
    seen.set(token.name, token.rawName);
  }
}

/** Node's parseArgs errors say "Unknown option '--x'"; add which command and where to look. */
function parseArgsMessage(error: unknown, spec: CommandSpec): string {
  const text = error instanceof Error ? error.message : String(error);
  const unknown = /Unknown option '([^']+)'/.exec(text);
  if (unknown) {
    const known = Object.keys({ ...spec.options, ...COMMON_OPTIONS }).map((name) => `--${name}`);
    return `Unknown option ${unknown[1]} for \`${spec.name}\`: expected one of ${known.join(", ")}.`;
  }
  const missingValue = /Option '(?:-\w, )?(--[\w-]+)(?: <value>)?' argument missing/.exec(text);
  if (missingValue) return `Option ${missingValue[1]} needs a value, e.g. \`${missingValue[1]} <value>\`.`;
  const ambiguous = /Option '(?:-\w, )?(--[\w-]+)' argument is ambiguous/.exec(text);
  if (ambiguous) {
    return `Option ${ambiguous[1]} needs a value; write a value starting with "-" as \`${ambiguous[1]}=-1\`.`;
  }
  const notString = /Option '(?:-\w, )?(--[\w-]+)' does not take an argument/.exec(text);
  if (notString) return `Option ${notString[1]} takes no value.`;
  return text.replace(/\.?\s*To specify a positional argument.*$/s, ".");
}

/** `validate <file> [options]` */
function usageLine(spec: CommandSpec): string {
  return [spec.name, ...spec.arguments, "[options]"].join(" ");
}

/** The full `--help` text of a command. */
export function commandHelp(spec: CommandSpec, style: TerminalStyle): string {
  const options = Object.entries({ ...spec.options, ...COMMON_OPTIONS }).map(([name, option]) => [
    `  ${option.short ? `-${option.short}, ` : "    "}--${name}${option.value ? ` <${option.value}>` : ""}`,
    option.description,
  ]);
  return [
    `${style.bold("Usage:")} beratungsfinder ${usageLine(spec)}`,
    "",
    spec.description,
    "",
    style.bold("Options:"),
    ...alignColumns(options),
    "",
    style.bold("Examples:"),
    ...spec.examples.map((example) => `  ${example}`),
    "",
  ].join("\n");
}

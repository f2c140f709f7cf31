import { BeratungsfinderError, type DataIssue } from "@beratungsfinder/core";
import { version } from "../package.json";
import type { CliIo } from "./cli-io.js";
import {
  type CommandContext,
  type CommandSpec,
  commandHelp,
  EXIT_INVALID,
  EXIT_OK,
  EXIT_USAGE,
  parseCommandArgs,
} from "./command.js";
import { createContext } from "./command-context.js";
import { demoDataCommand } from "./commands/demo-data.js";
import { eligibilityCommand } from "./commands/eligibility.js";
import { exportCommand } from "./commands/export.js";
import { geocodeCommand } from "./commands/geocode.js";
import { importCommand } from "./commands/import.js";
import { publishCommand } from "./commands/publish.js";
import { searchCommand } from "./commands/search.js";
import { validateCommand } from "./commands/validate.js";
import { formatIssues } from "./issue-list.js";
import { safeSink } from "./safe-output.js";
import { alignColumns, terminalStyle } from "./terminal-style.js";

export const COMMANDS: readonly CommandSpec[] = [
  validateCommand,
  importCommand,
  publishCommand,
  exportCommand,
  geocodeCommand,
  eligibilityCommand,
  searchCommand,
  demoDataCommand,
];

/**
 * Runs `beratungsfinder` with the given arguments (without `node` and the script) and returns the
 * exit code: 0 success, 1 invalid data or no match, 2 usage error. Never throws and never exits,
 * so tests call it directly.
 *
 * @example
 * const code = await runCli(["geocode", "50667", "--json"], { stdout, stderr, cwd: process.cwd(), isTTY: false });
 */
export async function runCli(argv: readonly string[], given: CliIo): Promise<number> {
  // Office names, cell excerpts and arguments reach the terminal: no control character of theirs may act there.
  const io: CliIo = { ...given, stdout: safeSink(given.stdout), stderr: safeSink(given.stderr) };
  const [first, ...rest] = argv;
  const style = terminalStyle(io);
  if (first === undefined) {
    io.stderr.write(generalHelp(io));
    return EXIT_USAGE;
  }
  if (first === "--version" || first === "-v" || first === "version") {
    io.stdout.write(`${version}\n`);
    return EXIT_OK;
  }
  if (first === "--help" || first === "-h" || first === "help") {
    const topic = first === "help" ? rest[0] : undefined;
    if (topic === undefined) {
      io.stdout.write(generalHelp(io));
      return EXIT_OK;
    }
    const spec = COMMANDS.find((command) => command.name === topic);
    if (spec) {
      io.stdout.write(commandHelp(spec, style));
      return EXIT_OK;
    }
    io.stderr.write(`${style.red("error:")} ${unknownCommandMessage(topic)}\n`);
    return EXIT_USAGE;
  }
  const spec = COMMANDS.find((command) => command.name === first);
  if (!spec) {
    io.stderr.write(`${style.red("error:")} ${unknownCommandMessage(first)}\n`);
    return EXIT_USAGE;
  }
  const json = rest.includes("--json");
  const context = createContext(io, json);
  try {
    const input = parseCommandArgs(spec, rest);
    if (input.options.help) {
      io.stdout.write(commandHelp(spec, style));
      return EXIT_OK;
    }
    return await spec.run(input, context);
  } catch (error) {
    return reportError(error, spec, context);
  }
}

function generalHelp(io: CliIo): string {
  const style = terminalStyle(io);
  return [
    `${style.bold("beratungsfinder")} ${version} — find, check and convert migration counselling offices`,
    "",
    `${style.bold("Usage:")} beratungsfinder <command> [arguments] [options]`,
    "",
    style.bold("Commands:"),
    ...alignColumns([
      ...COMMANDS.map((command) => [`  ${command.name}`, command.summary]),
      ["  help <command>", "Show the options of one command (same as <command> --help)"],
      ["  --version", "Print the version"],
    ]),
    "",
    "Every command takes --json for machine-readable output and --help for its options.",
    "Exit codes: 0 success, 1 invalid data or no match, 2 usage error (wrong option, unreadable path).",
    "",
    style.bold("Examples:"),
    "  beratungsfinder validate offices.json",
    "  beratungsfinder geocode 50667",
    '  beratungsfinder search offices.json --near "Köln" --age 19 --language ar',
    "",
  ].join("\n");
}

function unknownCommandMessage(name: string): string {
  const names = COMMANDS.map((command) => command.name);
  const close = names.find((candidate) => editDistance(candidate, name) <= 2 || candidate.startsWith(name));
  const hint = close ? ` Did you mean \`${close}\`?` : "";
  return `Unknown command ${JSON.stringify(name)}: expected one of ${names.join(", ")}.${hint} Run \`beratungsfinder help\` for the list.`;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Error codes that mean the command line pointed somewhere wrong rather than the data being bad. */
const USAGE_CODES = new Set(["USAGE", "FETCH_FAILED", "HTTP_ERROR", "ABORTED"]);

function reportError(error: unknown, spec: CommandSpec, context: CommandContext): number {
  const { io, style } = context;
  const code = error instanceof BeratungsfinderError ? error.code : errorName(error);
  const message = error instanceof Error ? error.message : String(error);
  const issues = errorIssues(error);
  const exitCode =
    error instanceof BeratungsfinderError && USAGE_CODES.has(error.code) ? EXIT_USAGE : EXIT_INVALID;
  if (context.json) {
    const payload: Record<string, unknown> = { code, message };
    if (issues.length > 0) payload.issues = issues;
    io.stdout.write(`${JSON.stringify({ error: payload }, null, 2)}\n`);
    return exitCode;
  }
  io.stderr.write(`${style.red("error:")} ${message}\n`);
  if (issues.length > 0) io.stderr.write(`${formatIssues(issues, style).join("\n")}\n`);
  if (code === "USAGE") {
    io.stderr.write(`Run \`beratungsfinder ${spec.name} --help\` to see the arguments and options.\n`);
  } else if (!(error instanceof BeratungsfinderError) && !hasIssues(error)) {
    // Not one of ours: a bug. Keep the stack so it can be reported.
    const stack = error instanceof Error && error.stack ? error.stack.split("\n").slice(1).join("\n") : "";
    if (stack) io.stderr.write(`${style.dim(stack)}\n`);
  }
  return exitCode;
}

function errorName(error: unknown): string {
  if (error && typeof error === "object" && "code" in error && typeof error.code === "string")
    return error.code;
  return error instanceof Error ? error.name : "UNKNOWN";
}

function hasIssues(error: unknown): error is { issues: unknown[] } {
  return !!error && typeof error === "object" && "issues" in error && Array.isArray(error.issues);
}

/** Our errors and the schema package's errors both carry `issues` with a path and a message. */
function errorIssues(error: unknown): DataIssue[] {
  if (!hasIssues(error)) return [];
  return error.issues.flatMap((issue): DataIssue[] => {
    if (!issue || typeof issue !== "object") return [];
    const { code, path, message, expected, received, line, officeId } = issue as Partial<DataIssue>;
    if (typeof message !== "string") return [];
    const result: DataIssue = {
      code: typeof code === "string" ? code : "unreadable",
      path: typeof path === "string" ? path : "",
      message,
    };
    if (typeof expected === "string") result.expected = expected;
    if (typeof received === "string") result.received = received;
    if (typeof line === "number") result.line = line;
    if (typeof officeId === "string") result.officeId = officeId;
    return [result];
  });
}

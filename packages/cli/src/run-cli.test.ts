import { afterEach, beforeEach, describe, expect, it } from "vitest";
import packageJson from "../package.json" with { type: "json" };
import { run, temporaryFolder } from "./fixtures/capture-io.js";
import { COMMANDS } from "./run-cli.js";

let folder: ReturnType<typeof temporaryFolder>;
beforeEach(() => {
  folder = temporaryFolder();
});
afterEach(() => folder.remove());

describe("runCli", () => {
  it("prints the version with --version", async () => {
    const result = await run(["--version"], { cwd: folder.path });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${packageJson.version}\n`);
  });

  it("lists every command with help", async () => {
    const result = await run(["help"], { cwd: folder.path });
    expect(result.code).toBe(0);
    for (const command of COMMANDS) expect(result.stdout).toContain(command.name);
    expect(result.stdout).toContain("Exit codes");
  });

  it("prints the command list on stderr and exits with 2 when no command is given", async () => {
    const result = await run([], { cwd: folder.path });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("Usage:");
  });

  it("rejects an unknown command with a suggestion and exit code 2", async () => {
    const result = await run(["valdiate", "x.json"], { cwd: folder.path });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown command "valdiate"');
    expect(result.stderr).toContain("Did you mean `validate`?");
  });

  it.each(COMMANDS.map((command) => command.name))(
    "shows help for %s with --help, -h and help <command>",
    async (name) => {
      for (const argv of [
        [name, "--help"],
        [name, "-h"],
        ["help", name],
      ]) {
        const result = await run(argv, { cwd: folder.path });
        expect(result.code).toBe(0);
        expect(result.stdout).toContain(`Usage: beratungsfinder ${name}`);
        expect(result.stdout).toContain("--json");
        expect(result.stdout).toContain("Examples:");
        expect(result.stderr).toBe("");
      }
    },
  );

  it("says in search --help how age, languages and --open-at decide", async () => {
    const { stdout } = await run(["search", "--help"], { cwd: folder.path });
    expect(stdout).toContain("An age leaves out only the programmes it rules out");
    // Every programme without an age limit is named among those that always stay.
    const stay = stdout.slice(stdout.indexOf("outside 12-26."), stdout.indexOf("always stay"));
    for (const name of ["AVB", "IQ", "Faire Integration", "Faire Mobilität", "anti-discrimination", "OTHER"])
      expect(stay, name).toContain(name);
    expect(stdout).toContain("prs finds fa, kmr finds ku");
    expect(stdout).toContain("Appointment slots, appointment-only offices and phone hours do not count");
  });

  it("rejects help for an unknown command", async () => {
    const result = await run(["help", "nope"], { cwd: folder.path });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown command "nope"');
  });

  it("rejects an unknown option with the command's options and a pointer to --help", async () => {
    const result = await run(["validate", "x.json", "--strict"], { cwd: folder.path });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Unknown option --strict for `validate`");
    expect(result.stderr).toContain("beratungsfinder validate --help");
  });

  it.each(COMMANDS.map((command) => command.name))(
    "rejects a repeated option in %s as a usage error that names the option",
    async (name) => {
      const command = COMMANDS.find((candidate) => candidate.name === name);
      if (!command) throw new Error(name);
      const positionals = command.arguments
        .filter((argument) => argument.startsWith("<"))
        .map(() => "x.json");
      const [option, spec] = Object.entries(command.options).find(
        ([, candidate]) => candidate.type === "string",
      ) ??
        Object.entries(command.options)[0] ?? ["json", { type: "boolean" }];
      const value = spec.type === "string" ? ["a"] : [];
      const second = spec.type === "string" ? ["b"] : [];
      const result = await run([name, ...positionals, `--${option}`, ...value, `--${option}`, ...second], {
        cwd: folder.path,
      });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`Option --${option} is given more than once`);
      expect(result.stderr).toContain(`for \`${name}\``);
    },
  );

  it("rejects --out a --out b and --near x --near y, also when spelled -o or --out=", async () => {
    const out = await run(["import", "in.csv", "--out", "a.json", "--out=b.json"], { cwd: folder.path });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("Option --out is given more than once (--out) for `import`");
    const near = await run(["search", "x.json", "--near", "52.5,13.4", "--near", "48.1,11.6"], {
      cwd: folder.path,
    });
    expect(near.code).toBe(2);
    expect(near.stderr).toContain("Option --near is given more than once");
  });

  it("rejects a missing argument and too many arguments", async () => {
    const missing = await run(["validate"], { cwd: folder.path });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("Missing <file>");
    const extra = await run(["validate", "a.json", "b.json"], { cwd: folder.path });
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain('Unexpected argument "b.json"');
  });

  it("explains a value that starts with a dash", async () => {
    const result = await run(["eligibility", "--age", "-3"], { cwd: folder.path });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'Option --age needs a value; write a value starting with "-" as `--age=-1`.',
    );
  });

  it("reports usage errors as JSON on stdout with --json", async () => {
    const result = await run(["validate", "--json"], { cwd: folder.path });
    expect(result.code).toBe(2);
    expect(result.json()).toEqual({
      error: { code: "USAGE", message: expect.stringContaining("Missing <file>") },
    });
  });

  it("uses colours only on a terminal without NO_COLOR", async () => {
    const coloured = await run(["help"], { cwd: folder.path, isTTY: true });
    expect(coloured.stdout).toContain("\u001b[1m");
    const noColor = await run(["help"], { cwd: folder.path, isTTY: true, env: { NO_COLOR: "1" } });
    expect(noColor.stdout).not.toContain("\u001b[");
    const piped = await run(["help"], { cwd: folder.path, isTTY: false });
    expect(piped.stdout).not.toContain("\u001b[");
  });
});

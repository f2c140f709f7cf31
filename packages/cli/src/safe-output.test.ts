import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run, temporaryFolder } from "./fixtures/capture-io.js";
import { smallDataset } from "./fixtures/small-dataset.js";
import { escapeControls } from "./safe-output.js";
import { terminalStyle } from "./terminal-style.js";

const HOSTILE = "Köln\u001b]0;owned\u0007\u001b[2J\r\u009b31m";

describe("escapeControls", () => {
  it("writes C0 and C1 control characters as visible escapes, keeping newline and tab", () => {
    expect(escapeControls(HOSTILE)).toBe("Köln\\u001b]0;owned\\u0007\\u001b[2J\\u000d\\u009b31m");
    expect(escapeControls("a\tb\nc")).toBe("a\tb\nc");
  });

  it("keeps the CLI's own colours and progress-bar line clearing", () => {
    const style = terminalStyle({ isTTY: true, env: {} });
    const coloured = `${style.bold("Köln")} ${style.red("error:")} ${style.dim("x")}`;
    expect(escapeControls(coloured)).toBe(coloured);
    expect(escapeControls("\r\u001b[2K")).toBe("\r\u001b[2K");
  });
});

describe("CLI output with control characters in the data", () => {
  it("search prints a hostile office name without its terminal escapes, and --json keeps it exactly", async () => {
    const folder = temporaryFolder();
    try {
      const dataset = smallDataset();
      const office = dataset.offices[0] as { name: string };
      office.name = `Migrationsberatung ${HOSTILE}`;
      writeFileSync(join(folder.path, "offices.json"), JSON.stringify(dataset));
      const text = await run(["search", "offices.json", "--near", "Köln"], { cwd: folder.path });
      expect(text.stdout).toContain("Migrationsberatung Köln\\u001b]0;owned\\u0007\\u001b[2J");
      // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting their absence.
      expect(text.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      const json = await run(["search", "offices.json", "--near", "Köln", "--json"], { cwd: folder.path });
      const results = (json.json() as { results: { name: string }[] }).results;
      expect(results[0]?.name).toBe(`Migrationsberatung ${HOSTILE}`);
    } finally {
      folder.remove();
    }
  });

  it("an unknown command named with escapes is echoed harmlessly", async () => {
    const result = await run(["\u001b[2Jvalidate"], { cwd: "." });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("\\u001b[2Jvalidate");
    expect(result.stderr).not.toContain("\u001b");
  });
});

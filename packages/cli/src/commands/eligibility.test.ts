import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { run, temporaryFolder } from "../fixtures/capture-io.js";

let folder: ReturnType<typeof temporaryFolder>;
beforeEach(() => {
  folder = temporaryFolder();
});
afterEach(() => folder.remove());

describe("beratungsfinder eligibility", () => {
  it("puts JMD first for a 19-year-old and says why", async () => {
    const result = await run(["eligibility", "--age", "19"], { cwd: folder.path });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Programmes for age 19: JMD (made for this age)");
    expect(result.stdout).toContain("JMD counsels young people from 12 until their 27th birthday");
  });

  it("gives programmes and reason keys with --json", async () => {
    const result = await run(["eligibility", "--age", "40", "--json"], { cwd: folder.path });
    expect(result.code).toBe(0);
    const json = result.json() as { programmes: string[]; reasons: { key: string }[] };
    expect(json.programmes[0]).toBe("MBE");
    expect(json.programmes).not.toContain("JMD");
    expect(json.reasons).toContainEqual(expect.objectContaining({ key: "eligibility.mbe.age" }));
  });

  it("widens the result with a situation", async () => {
    const result = await run(["eligibility", "--age", "40", "--situation", "asylum-procedure", "--json"], {
      cwd: folder.path,
    });
    expect((result.json() as { programmes: string[] }).programmes).toContain("AVB");
  });

  it("names Faire Mobilität second for an EU worker and says why in a sentence", async () => {
    const result = await run(["eligibility", "--age", "40", "--situation", "eu-worker"], {
      cwd: folder.path,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /Programmes for age 40: MBE \(made for this age\), then FAIRE_MOBILITAET, MBEON/,
    );
    expect(result.stdout).toContain(
      "Faire Mobilität counsels workers from EU countries on their rights at work",
    );
  });

  it("offers the parents of a child under 12 the MBE's online service, not jmd4you", async () => {
    const result = await run(["eligibility", "--age", "5", "--channel", "online", "--json"], {
      cwd: folder.path,
    });
    expect(result.code).toBe(0);
    expect(result.json()).toMatchObject({ programmes: ["MBEON"] });
  });

  it.each([
    [["eligibility"], "Missing option --age"],
    [
      ["eligibility", "--age", "old"],
      'Option --age: expected a number from 0 to 130, e.g. `--age 19`, received "old"',
    ],
    [["eligibility", "--age", "200"], 'received "200"'],
    [["eligibility", "--age", "19", "--situation", "war"], 'received "war"'],
  ])("rejects %j as a usage error", async (argv, message) => {
    const result = await run(argv, { cwd: folder.path });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});

import { type EligibilityChannel, eligibility, SITUATIONS } from "@beratungsfinder/core";
import { AGE_BOUNDS } from "@beratungsfinder/schemas/vocabulary";
import type { CommandSpec } from "../command.js";
import { EXIT_INVALID, EXIT_OK, usageError } from "../command.js";
import { listOption, numberOption } from "../option-values.js";
import { reasonText } from "../reason-text.js";

const CHANNELS: readonly EligibilityChannel[] = ["in-person", "online"];

export const eligibilityCommand: CommandSpec = {
  name: "eligibility",
  summary: "Which counselling programmes fit a person, and why",
  arguments: [],
  options: {
    age: { type: "string", value: "n", description: "Age in years (required)" },
    situation: {
      type: "string",
      value: "ids",
      description: `Situations, comma-separated: ${SITUATIONS.join(", ")}`,
    },
    channel: { type: "string", value: "in-person|online", description: "Only this way of counselling" },
  },
  description: [
    "Says which programmes fit a person of the given age, best first (JMD from 12 until the 27th",
    "birthday, MBE from 27, the online services mbeon and jmd4you, …), and why. Exits with 1 when no",
    "programme fits.",
    "",
    'JSON output: { "programmes": ["JMD", …], "primary", "alternatives", "reasons": [{ "key", "params" }] }',
  ].join("\n"),
  examples: [
    "beratungsfinder eligibility --age 19",
    "beratungsfinder eligibility --age 40 --situation asylum-procedure --json",
  ],
  async run(input, context) {
    const age = numberOption(input, "age", { ...AGE_BOUNDS, example: "19" });
    if (age === undefined) throw usageError("Missing option --age, e.g. `--age 19`.");
    const situations = listOption(input, "situation", SITUATIONS);
    const channel = listOption(input, "channel", CHANNELS);
    const result = eligibility({ age, situations, channels: channel });
    const status = result.programmes.length > 0 ? EXIT_OK : EXIT_INVALID;

    if (context.json) {
      context.print(
        JSON.stringify(
          {
            programmes: result.programmes,
            primary: result.primary ?? null,
            alternatives: result.alternatives,
            reasons: result.reasons,
          },
          null,
          2,
        ),
      );
      return status;
    }
    const { style } = context;
    if (result.programmes.length === 0) {
      context.print(
        `No programme fits age ${age}${situations.length ? ` with ${situations.join(", ")}` : ""}.`,
      );
    } else {
      const primary = result.primary ? `${style.bold(result.primary)} (made for this age)` : undefined;
      const others = result.alternatives.join(", ");
      context.print(`Programmes for age ${age}: ${[primary, others].filter(Boolean).join(", then ")}`);
    }
    for (const reason of result.reasons) context.print(`  - ${reasonText(reason)}`);
    return status;
  },
};

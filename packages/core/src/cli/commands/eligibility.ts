import type { CommandSpec } from "../command.js";
import { notAvailable } from "../not-available.js";

export const eligibilityCommand: CommandSpec = {
  name: "eligibility",
  summary: "Which counselling programmes fit a person, and why",
  arguments: [],
  options: { age: { type: "string", value: "n", description: "Age in years (required)" } },
  description: [
    "Says which programmes fit a person of the given age (JMD for 12 to 26, MBE from 27, the online",
    "services, …) with the reasons as message keys. Exits with 1 when no programme fits.",
    "",
    'JSON output: { "programmes": ["JMD", …], "reasons": [{ "key", "params" }] }',
  ].join("\n"),
  examples: ["beratungsfinder eligibility --age 19", "beratungsfinder eligibility --age 40 --json"],
  async run(_input, context) {
    return notAvailable(context, "eligibility", "the eligibility rules (eligibility)");
  },
};

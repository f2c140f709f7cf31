import type { CommandContext } from "./command.js";
import { EXIT_INVALID } from "./command.js";

/** For a command whose library function is missing from this build: say so plainly, never fake output. */
export function notAvailable(context: CommandContext, command: string, missing: string): number {
  const message = `\`${command}\` is not available in this build: ${missing} is missing.`;
  if (context.json) {
    context.print(JSON.stringify({ error: { code: "NOT_AVAILABLE", message } }, null, 2));
  } else {
    context.note(`${context.style.red("error:")} ${message}`);
  }
  return EXIT_INVALID;
}

import { createFormatting } from "./formatting.js";
import type { MessageId, StringOverrides } from "./messages.js";
import { createTranslator, type Translator } from "./translator.js";

/** The messages of the printed sheet, printed in German beside the visitor's language. */
const PRINT_IDS = [
  "details.hours",
  "details.hoursNext",
  "details.contact",
  "details.closed",
  "details.holiday",
  "details.consultation",
  "details.appointment",
  "channel.phone",
  "hours.today",
  "hours.tomorrow",
  "print.scan",
] as const satisfies readonly MessageId[];

type Template = string | { strings: readonly string[] };

/**
 * German words for the printed sheet, from the German locale module (loaded when needed). The widget's
 * translator follows the page-wide locale, so German arrives as overrides; `details.holiday`'s one value
 * is its `{name}`.
 */
export async function germanOriginal(): Promise<{
  t: Translator;
  format: ReturnType<typeof createFormatting>;
}> {
  const { templates } = (await import("../generated/locales/de.js")) as unknown as {
    templates: Record<string, Template>;
  };
  const overrides: StringOverrides = {};
  for (const id of PRINT_IDS) {
    const template = templates[id];
    if (typeof template === "string") overrides[id] = template;
    else if (template) overrides[id] = template.strings.join("{name}");
  }
  return { t: createTranslator(overrides), format: createFormatting("de") };
}

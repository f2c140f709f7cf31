import { DEFAULT_TIMEOUT_MS } from "../with-timeout.js";
import { createFormatting } from "./formatting.js";
import { loadLocaleTemplates } from "./localization.js";
import { createTranslator, type Translator } from "./translator.js";

/**
 * German words for the printed sheet, from the German locale module (loaded when needed), beside the
 * visitor's language: a translator of its own, as every element has.
 */
export async function germanOriginal(): Promise<{
  t: Translator;
  format: ReturnType<typeof createFormatting>;
}> {
  return {
    t: createTranslator("de", await loadLocaleTemplates("de", { timeoutMs: DEFAULT_TIMEOUT_MS }), undefined),
    format: createFormatting("de"),
  };
}

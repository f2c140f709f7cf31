import type { Translator } from "./localization/translator.js";

/**
 * Copies `text` and says so in the live region; where the browser refuses, selects `source` so the person
 * can copy it from the menu. `done` replaces the default "… copied".
 */
export async function copyText(
  text: string,
  source: HTMLElement | null,
  say: { announce(text: string): void; t: Translator },
  done?: string,
): Promise<void> {
  const { announce, t } = say;
  try {
    if (!navigator.clipboard) throw new Error("no clipboard");
    await navigator.clipboard.writeText(text);
    announce(done ?? t("contact.copied", { text }));
  } catch {
    if (source) getSelection()?.selectAllChildren(source);
    announce(t("contact.copyFailed"));
  }
}

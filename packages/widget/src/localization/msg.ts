/**
 * `msg` and `str` for the message tables. `lit-localize extract` recognises them by the brands on their
 * types (as it does @lit/localize's own), so XLIFF extraction and the translators' workflow stay as they
 * are; but nothing here is page-wide: `msg` only hands back its source template and id, and each
 * element's translator (translator.ts) looks the id up in the templates of its own locale. (The runtime
 * of @lit/localize keeps one locale per page and throws when configured twice.)
 */

declare const __BF_SOURCE_TEXTS__: boolean | undefined;

/**
 * Whether the messages carry their English texts: in the TypeScript sources they do; the CDN and npm
 * builds keep only their ids and the names of their values and load the English texts as a locale
 * file of their own, `en` (scripts/strip-source-texts.mjs), so that a page in another language does
 * not download them.
 */
export const SOURCE_TEXTS: boolean = typeof __BF_SOURCE_TEXTS__ === "undefined" || __BF_SOURCE_TEXTS__;

/** A template with expressions, written str`Hello ${name}`. */
export interface StrResult {
  strTag: true;
  strings: readonly string[];
  values: readonly unknown[];
}

/** A message in the source locale (English) with the id its translations are stored under. */
export interface SourceMessage {
  id: string;
  template: string | StrResult;
}

type StrTag = ((strings: TemplateStringsArray, ...values: unknown[]) => StrResult) & {
  _LIT_LOCALIZE_STR_?: never;
};
type MsgFunction = ((
  template: string | StrResult,
  options: { id: string; desc?: string },
) => SourceMessage) & {
  _LIT_LOCALIZE_MSG_?: never;
};

export const str: StrTag = (strings, ...values) => ({ strTag: true, strings, values });

export const msg: MsgFunction = (template, options) => ({ id: options.id, template });

type CompactMessage = (p?: Readonly<Record<string, string>>) => SourceMessage;

/**
 * The built `MESSAGES` (scripts/strip-source-texts.mjs writes the call in place of messages.ts):
 * `list` holds every message id in the order of its short id (its index in base 36), each with the
 * names of its values ("results.heading:place"); their texts come from the locale's file, except the
 * few in `kept`, shown when no locale file could be loaded.
 */
export function compactMessages(list: string, kept: Readonly<Record<string, string>>) {
  const table: Record<string, CompactMessage> = {};
  list.split("|").forEach((entry, index) => {
    const [key = "", ...names] = entry.split(":");
    const id = index.toString(36);
    const text = Object.hasOwn(kept, key) ? (kept[key] ?? "") : "";
    table[key] = names.length
      ? (p = {}) => ({
          id,
          template: {
            strTag: true,
            strings: ["", ...names.map(() => "")],
            values: names.map((name) => p[name]),
          },
        })
      : () => ({ id, template: text });
  });
  return table;
}

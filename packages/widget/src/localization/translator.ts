import { createFormatting } from "./formatting.js";
import { intlLocales } from "./locales.js";
import { MESSAGES, type MessageId, type StringOverrides } from "./messages.js";

type Params<K extends MessageId> = Parameters<(typeof MESSAGES)[K]>[0];
type ParamlessId = { [K in MessageId]: Params<K> extends undefined ? K : never }[MessageId];
type ParamId = Exclude<MessageId, ParamlessId>;

/** Translates a message id, honouring per-instance overrides. */
export interface Translator {
  <K extends ParamlessId>(id: K): string;
  <K extends ParamId>(id: K, params: Params<K>): string;
  /** Picks the plural form of a counted message through `Intl.PluralRules` (msg() has no plurals). */
  count(prefix: "results.count" | "data.skipped", count: number, locale: string): string;
  /** Whether the id names a message (for reason keys that arrive from core as strings). */
  has(id: string): id is MessageId;
}

function fill(template: string, params: Record<string, string> | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

const pluralRulesByLocale = new Map<string, Intl.PluralRules>();

/** Kept per locale: the result count is rendered on every keystroke. */
function pluralRules(locale: string): Intl.PluralRules {
  let rules = pluralRulesByLocale.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(intlLocales(locale));
    pluralRulesByLocale.set(locale, rules);
  }
  return rules;
}

/**
 * @example
 * const t = createTranslator({ "app.title": "Beratung finden" });
 * t("app.title"); // "Beratung finden"
 */
export function createTranslator(overrides: StringOverrides | undefined): Translator {
  const translate = ((id: MessageId, params?: Record<string, string>) => {
    const override = overrides?.[id];
    if (typeof override === "string") return fill(override, params);
    const message = MESSAGES[id] as (p?: Record<string, string>) => string;
    return message(params);
  }) as Translator;
  translate.count = (prefix, count, locale) => {
    const category = pluralRules(locale).select(count);
    const formatted = createFormatting(locale).number(count);
    const id = `${prefix}.${category}` as MessageId;
    return (translate as (id: MessageId, params: Record<string, string>) => string)(
      id in MESSAGES ? id : `${prefix}.other`,
      { count: formatted },
    );
  };
  translate.has = (id: string): id is MessageId => Object.hasOwn(MESSAGES, id);
  return translate;
}

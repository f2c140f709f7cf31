import { createFormatting } from "./formatting.js";
import { intlLocales, type Locale } from "./locales.js";
import type { LocaleTemplates } from "./localization.js";
import { MESSAGES, type MessageId, type StringOverrides } from "./messages.js";
import type { SourceMessage } from "./msg.js";

type Params<K extends MessageId> = Parameters<(typeof MESSAGES)[K]>[0];
type ParamlessId = { [K in MessageId]: Params<K> extends undefined ? K : never }[MessageId];
type ParamId = Exclude<MessageId, ParamlessId>;

/** Translates a message id into one locale, honouring per-instance overrides. */
export interface Translator {
  <K extends ParamlessId>(id: K): string;
  <K extends ParamId>(id: K, params: Params<K>): string;
  /** The locale it translates into. */
  readonly locale: Locale;
  /** Picks the plural form of a counted message through `Intl.PluralRules` (msg() has no plurals). */
  count(prefix: "results.count" | "data.skipped", count: number): string;
  /** Whether the id names a message (for reason keys that arrive from core as strings). */
  has(id: string): id is MessageId;
}

function fill(template: string, params: Record<string, string> | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? (params[name] ?? whole) : whole,
  );
}

function join(strings: readonly string[], values: readonly unknown[], order?: readonly unknown[]): string {
  let text = strings[0] ?? "";
  for (let i = 1; i < strings.length; i++) {
    text += String(values[order ? Number(order[i - 1]) : i - 1]) + strings[i];
  }
  return text;
}

/**
 * A source message in a locale's templates. Translated templates hold `${0}`-style indices into the
 * source's expressions, because a translation may reorder them.
 */
function localize(source: SourceMessage, templates: LocaleTemplates | undefined): string {
  const { template } = source;
  const localized = templates && Object.hasOwn(templates, source.id) ? templates[source.id] : undefined;
  if (typeof template === "string") return typeof localized === "string" ? localized : template;
  if (localized && typeof localized !== "string")
    return join(localized.strings, template.values, localized.values);
  return join(template.strings, template.values);
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
 * A translator for one element: its locale's templates (undefined for English, the source locale) and
 * its `strings` overrides. Nothing is shared between elements, so two widgets on a page can speak two
 * languages.
 *
 * @example
 * const t = createTranslator("en", undefined, { "app.title": "Beratung finden" });
 * t("app.title"); // "Beratung finden"
 */
export function createTranslator(
  locale: Locale,
  templates: LocaleTemplates | undefined,
  overrides: StringOverrides | undefined,
): Translator {
  const translate = ((id: MessageId, params?: Record<string, string>) => {
    const override = overrides && Object.hasOwn(overrides, id) ? overrides[id] : undefined;
    if (typeof override === "string") return fill(override, params);
    const message = MESSAGES[id] as (p?: Record<string, string>) => SourceMessage;
    return localize(message(params), templates);
  }) as Translator & { locale: Locale };
  translate.locale = locale;
  translate.count = (prefix, count) => {
    const category = pluralRules(locale).select(count);
    const formatted = createFormatting(locale).number(count);
    const id = `${prefix}.${category}`;
    return (translate as (id: MessageId, params: Record<string, string>) => string)(
      Object.hasOwn(MESSAGES, id) ? (id as MessageId) : `${prefix}.other`,
      { count: formatted },
    );
  };
  translate.has = (id: string): id is MessageId => Object.hasOwn(MESSAGES, id);
  return translate;
}

import { loadChunk } from "../load-chunk.js";
import type { TimeoutOptions } from "../with-timeout.js";
import { type LocaleFormatting, setLocaleFormatting } from "./formatting.js";
import type { Locale } from "./locales.js";
import { SOURCE_TEXTS, type StrResult } from "./msg.js";

/** A generated locale module's messages by id (src/generated/locales/<locale>.ts, from xliff/). */
export type LocaleTemplates = Readonly<Record<string, string | StrResult>>;

interface LocaleModule {
  templates: LocaleTemplates;
  /** Dates from the locale's own weekday and month names, where browsers may have no data for it. */
  calendar?: LocaleFormatting;
}

/**
 * One lazily loaded module per locale. Static import strings, so that esbuild splits each into its own
 * chunk and the test server can resolve them. English's module is only loaded where the code carries
 * no English (`SOURCE_TEXTS`: the CDN and npm builds).
 */
const LOADERS: Record<Locale, () => Promise<LocaleModule>> = {
  en: () => import("../generated/locales/en.js"),
  de: () => import("../generated/locales/de.js"),
  "de-x-ls": () => import("../generated/locales/de-x-ls.js"),
  ar: () => import("../generated/locales/ar.js"),
  uk: () => import("../generated/locales/uk.js"),
  ru: () => import("../generated/locales/ru.js"),
  tr: () => import("../generated/locales/tr.js"),
  fa: () => import("../generated/locales/fa.js"),
  prs: () => import("../generated/locales/prs.js"),
  ps: () => import("../generated/locales/ps.js"),
  kmr: () => import("../generated/locales/kmr.js"),
  ckb: () => import("../generated/locales/ckb.js"),
  ti: () => import("../generated/locales/ti.js"),
  so: () => import("../generated/locales/so.js"),
  fr: () => import("../generated/locales/fr.js"),
  ro: () => import("../generated/locales/ro.js"),
  bg: () => import("../generated/locales/bg.js"),
  pl: () => import("../generated/locales/pl.js"),
  es: () => import("../generated/locales/es.js"),
  sq: () => import("../generated/locales/sq.js"),
  ur: () => import("../generated/locales/ur.js"),
};

/** The templates of each locale loaded so far, for a first screen that need not wait for a task. */
const loaded = new Map<Locale, LocaleTemplates>();

/** The templates of `locale` if its file has loaded already, else `undefined`. */
export function loadedTemplates(locale: Locale): LocaleTemplates | undefined {
  return loaded.get(locale);
}

/**
 * The templates of a locale; `undefined` for English, the source locale, where the code carries its
 * texts (`SOURCE_TEXTS`). Its weekday and month names, where
 * its file has them, go to the locale's formatting (`setLocaleFormatting`). A locale that is not one of
 * ours (`"__proto__"` from an attribute, say) is an error, never a property of some prototype. Its file
 * loads within `options.timeoutMs`; failures are `WidgetError`s coded `TIMEOUT` or `CHUNK_UNAVAILABLE`.
 *
 * @example
 * const templates = await loadLocaleTemplates("ar", { timeoutMs: 20_000 });
 */
export async function loadLocaleTemplates(
  locale: Locale,
  options: TimeoutOptions,
): Promise<LocaleTemplates | undefined> {
  if (locale === "en" && SOURCE_TEXTS) return undefined;
  const load = Object.hasOwn(LOADERS, locale) ? LOADERS[locale] : undefined;
  if (!load)
    throw new Error(`Unknown locale "${String(locale).slice(0, 40)}": expected one of the widget's LOCALES.`);
  const { templates, calendar } = await loadChunk(`the texts in "${locale}"`, load, options);
  if (calendar) setLocaleFormatting(locale, calendar);
  loaded.set(locale, templates);
  return templates;
}

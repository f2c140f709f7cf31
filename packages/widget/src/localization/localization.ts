import { configureLocalization, type LocaleModule } from "@lit/localize";
import type { Locale } from "./locales.js";

/**
 * One lazily loaded module per target locale. Static import strings, so that esbuild splits each into
 * its own chunk and the test server can resolve them.
 */
const LOADERS: Record<Exclude<Locale, "en">, () => Promise<LocaleModule>> = {
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

let runtime: ReturnType<typeof configureLocalization> | undefined;

/**
 * `configureLocalization` may run once per module copy (it throws on a second call), so every
 * `<beratungs-finder>` on a page shares one locale.
 */
function localization(): ReturnType<typeof configureLocalization> {
  runtime ??= configureLocalization({
    sourceLocale: "en",
    targetLocales: Object.keys(LOADERS),
    loadLocale: (locale) => {
      const load = LOADERS[locale as keyof typeof LOADERS];
      return load ? load() : Promise.reject(new Error(`Unknown locale "${locale}".`));
    },
  });
  return runtime;
}

/** The locale whose messages are currently rendered. */
export function currentLocale(): Locale {
  return localization().getLocale() as Locale;
}

let pending: { locale: Locale; done: Promise<void> } | undefined;

/** Loads and activates a locale; requests for the locale already loading share its promise. */
export function activateLocale(locale: Locale): Promise<void> {
  if (pending?.locale === locale) return pending.done;
  if (!pending && currentLocale() === locale) return Promise.resolve();
  const done = localization()
    .setLocale(locale)
    .finally(() => {
      if (pending?.done === done) pending = undefined;
    });
  pending = { locale, done };
  return done;
}

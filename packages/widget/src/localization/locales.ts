/** The widget's UI locales. `en` is the source locale of the messages; German is the fallback. */
export const LOCALES = [
  "de",
  "de-x-ls",
  "en",
  "ar",
  "uk",
  "ru",
  "tr",
  "fa",
  "prs",
  "ps",
  "kmr",
  "ckb",
  "ti",
  "so",
  "fr",
  "ro",
  "bg",
  "pl",
  "es",
  "sq",
  "ur",
] as const;

export type Locale = (typeof LOCALES)[number];

export const FALLBACK_LOCALE: Locale = "de";

/** Each locale by its own name, so a person who cannot read the host page can still find theirs. */
export const ENDONYMS: Record<Locale, string> = {
  de: "Deutsch",
  "de-x-ls": "Leichte Sprache",
  en: "English",
  ar: "العربية",
  uk: "Українська",
  ru: "Русский",
  tr: "Türkçe",
  fa: "فارسی",
  prs: "دری",
  ps: "پښتو",
  kmr: "Kurmancî",
  ckb: "کوردیی سۆرانی",
  ti: "ትግርኛ",
  so: "Soomaali",
  fr: "Français",
  ro: "Română",
  bg: "Български",
  pl: "Polski",
  es: "Español",
  sq: "Shqip",
  ur: "اردو",
};

const RTL_LOCALES: ReadonlySet<Locale> = new Set<Locale>(["ar", "fa", "prs", "ps", "ckb", "ur"]);

export function isRtl(locale: string): boolean {
  return RTL_LOCALES.has(locale as Locale);
}

/**
 * Tags for `Intl` formatters: private-use and rarely supported codes fall back to a close relative
 * (Intl itself falls back further to German when none is known).
 */
export function intlLocales(locale: string): string[] {
  const extra: Record<string, string[]> = {
    "de-x-ls": ["de"],
    prs: ["fa-AF", "fa"],
    kmr: ["ku"],
    ckb: ["ckb-IQ", "ar"],
  };
  // Where the browser has no data for the locale (ps, kmr, so, ti in Chromium), Intl takes the next tag:
  // English, never German, in an interface that is not German.
  const last = locale === "de" || locale === "de-x-ls" ? FALLBACK_LOCALE : "en";
  return [
    ...(locale === "de-x-ls" ? [] : [locale]),
    ...(Object.hasOwn(extra, locale) ? extra[locale]! : []),
    last,
  ];
}

/** Aliases for tags a browser or host page may use for one of our locales. */
const ALIASES: Record<string, Locale> = {
  "fa-af": "prs",
  ku: "kmr",
  "ku-latn": "kmr",
  "ku-arab": "ckb",
  "de-simple": "de-x-ls",
  "de-x-easy": "de-x-ls",
};

/** Maps a BCP 47 tag such as `de-AT` or `fa-AF` to a supported locale, or `undefined`. */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const lower = tag.trim().toLowerCase();
  if (!lower) return undefined;
  const exact = LOCALES.find((locale) => locale === lower);
  if (exact) return exact;
  const alias = aliasOf(lower);
  if (alias) return alias;
  const language = lower.split("-")[0] ?? "";
  return LOCALES.find((locale) => locale === language) ?? aliasOf(language);
}

// Own keys only: lang="constructor" or "__proto__" must not find Object.prototype's members.
function aliasOf(tag: string): Locale | undefined {
  return Object.hasOwn(ALIASES, tag) ? ALIASES[tag] : undefined;
}

/** Walks up from a node to the nearest element with a `lang` attribute, crossing shadow roots. */
export function closestLang(start: Element): string | undefined {
  let node: Element | null = start;
  while (node) {
    const found: Element | null = node.closest("[lang]");
    if (found) return found.getAttribute("lang") ?? undefined;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/**
 * The element's `lang`, else the nearest `[lang]` ancestor, else the browser's languages, else German.
 * An unsupported `lang` is skipped, not fatal.
 */
export function resolveLocale(element: Element, languages: readonly string[] = navigator.languages): Locale {
  const own = matchLocale(element.getAttribute("lang"));
  if (own) return own;
  const parent = element.parentElement ?? element.getRootNode();
  const inherited = parent instanceof Element ? matchLocale(closestLang(parent)) : undefined;
  if (inherited) return inherited;
  if (parent instanceof ShadowRoot) {
    const fromHost = matchLocale(closestLang(parent.host));
    if (fromHost) return fromHost;
  }
  for (const language of languages) {
    const match = matchLocale(language);
    if (match) return match;
  }
  return FALLBACK_LOCALE;
}

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

const INTL_RELATIVES: ReadonlyMap<string, readonly string[]> = new Map([
  ["de-x-ls", ["de"]],
  ["prs", ["fa-AF", "fa"]],
  ["kmr", ["ku"]],
  ["ckb", ["ckb-IQ", "ar"]],
]);

/**
 * Tags for `Intl` formatters: private-use and rarely supported codes fall back to a close relative
 * (Intl itself falls back further to German when none is known).
 */
export function intlLocales(locale: string): string[] {
  // Where the browser has no data for the locale (ps, kmr, so, ti in Chromium), Intl takes the next tag:
  // English, never German, in an interface that is not German.
  const last = locale === "de" || locale === "de-x-ls" ? FALLBACK_LOCALE : "en";
  return [...(locale === "de-x-ls" ? [] : [locale]), ...(INTL_RELATIVES.get(locale) ?? []), last];
}

/** Aliases for tags a browser or host page may use for one of our locales (a Map: tags are input). */
const ALIASES: ReadonlyMap<string, Locale> = new Map([
  ["fa-af", "prs"],
  ["ku", "kmr"],
  ["ku-latn", "kmr"],
  ["ku-arab", "ckb"],
  ["de-simple", "de-x-ls"],
  ["de-x-easy", "de-x-ls"],
]);

/** Maps a BCP 47 tag such as `de-AT` or `fa-AF` to a supported locale, or `undefined`. */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const lower = tag.trim().toLowerCase();
  if (!lower) return undefined;
  const exact = LOCALES.find((locale) => locale === lower);
  if (exact) return exact;
  const alias = ALIASES.get(lower);
  if (alias) return alias;
  const language = lower.split("-")[0] ?? "";
  return LOCALES.find((locale) => locale === language) ?? ALIASES.get(language);
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

/** Where a widget can take its locale from, strongest first. */
export interface LocaleSources {
  /** Picked in this widget's language menu just now: the visitor acting on this very widget. */
  picked?: string | null;
  /** The element's own `lang`: the embedder's explicit choice, honoured over every guess below. */
  own?: string | null;
  /** The visitor's earlier pick, restored from the URL (`hash-state`); a shared link may reach others. */
  linked?: string | null;
  /** The browser's languages by preference (`navigator.languages`). */
  languages?: readonly string[];
  /** The page's nearest `lang` around the element. */
  page?: string | null;
}

/**
 * The first supported locale of the sources, in the order of `LocaleSources`; else German. Unsupported
 * tags are skipped, not fatal.
 *
 * @example
 * resolveLocale({ languages: ["ar-SY", "de"], page: "de" }); // "ar"
 */
export function resolveLocale(sources: LocaleSources): Locale {
  const { picked, own, linked, languages = [], page } = sources;
  for (const tag of [picked, own, linked, ...languages, page]) {
    const match = matchLocale(tag);
    if (match) return match;
  }
  return FALLBACK_LOCALE;
}

/** The nearest `lang` around an element (not its own), crossing shadow roots. */
export function pageLang(element: Element): string | undefined {
  const parent = element.parentElement ?? element.getRootNode();
  if (parent instanceof Element) return closestLang(parent);
  return parent instanceof ShadowRoot ? closestLang(parent.host) : undefined;
}

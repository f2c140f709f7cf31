import { Task, TaskStatus } from "@lit/task";
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { timeoutMs } from "../with-timeout.js";
import { type Locale, matchLocale, pageLang, resolveLocale } from "./locales.js";
import { type LocaleTemplates, loadedTemplates, loadLocaleTemplates } from "./localization.js";
import type { StringOverrides } from "./messages.js";
import { SOURCE_TEXTS } from "./msg.js";
import { createTranslator, type Translator } from "./translator.js";

/** What the locale controller reads from its element. */
export interface LocaleHost extends ReactiveControllerHost, HTMLElement {
  /** The element's `lang` attribute. */
  locale?: string;
  /** The browser's languages; `navigator.languages` when not set. */
  browserLanguages?: readonly string[];
  strings?: StringOverrides;
  /** Seconds a locale file may take (the element's `timeout`). */
  timeout?: number;
}

export interface LocaleControllerOptions {
  /** A new locale is rendered; `chosen` when the visitor picked it. Called once per locale. */
  onChange(locale: Locale, chosen: boolean): void;
  onError(error: unknown): void;
}

interface LoadedLocale {
  locale: Locale;
  templates: LocaleTemplates | undefined;
}

const SOURCE: LoadedLocale = { locale: "en", templates: undefined };

/**
 * The element's own locale: which one (see `resolveLocale`), its messages loaded with `@lit/task`, and a
 * translator for them. Per element, so two widgets on a page can speak two languages; while another
 * locale loads, the previous one stays on screen.
 */
export class LocaleController implements ReactiveController {
  /** Picked in the language menu. */
  picked?: Locale;
  /** The visitor's choice restored from the URL. */
  linked?: string;
  private announced?: Locale;
  private translator?: { loaded: LoadedLocale; strings: StringOverrides | undefined; t: Translator };
  /** English from its file, shown while the wanted locale's file failed (the built code has none). */
  private fallback?: LoadedLocale;
  /** The wanted locale's templates, loaded before its task ran (kept, so the translator is reused). */
  private early?: LoadedLocale;
  private readonly task: Task<[Locale], LoadedLocale>;

  constructor(
    private readonly host: LocaleHost,
    private readonly options: LocaleControllerOptions,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      task: async ([locale], { signal }) => ({
        locale,
        templates: await loadLocaleTemplates(locale, { signal, timeoutMs: timeoutMs(host.timeout) }),
      }),
      args: () => [this.wanted],
      onComplete: ({ locale }) => {
        if (locale === this.announced) return;
        this.announced = locale;
        this.options.onChange(locale, locale === this.picked);
      },
      onError: (error) => {
        this.options.onError(error);
        this.loadFallback();
      },
    });
  }

  hostConnected(): void {
    this.host.requestUpdate();
  }

  /** The locale the element should show, from its `lang`, the visitor, the browser and the page. */
  get wanted(): Locale {
    return this.resolve(this.linked);
  }

  /**
   * Asks for the wanted locale's file at once, not in the first update (which waits behind tasks of its
   * own, the first Intl formatter's among them): it downloads beside the widget's other first loads, and
   * the update's load then finds it. `linked`: a language from the URL that is not restored yet.
   * Returns the locale asked for.
   */
  prefetch(linked?: string): Locale {
    const locale = this.resolve(linked ?? this.linked);
    loadLocaleTemplates(locale, { timeoutMs: timeoutMs(this.host.timeout) }).catch(() => {});
    return locale;
  }

  /** English's file after a failure, where the code carries no English texts (else English is there). */
  private loadFallback(): void {
    if (SOURCE_TEXTS || this.fallback) return;
    loadLocaleTemplates("en", { timeoutMs: timeoutMs(this.host.timeout) }).then(
      (templates) => {
        this.fallback = { locale: "en", templates };
        this.host.requestUpdate();
      },
      // Then only the few texts kept in the code are shown: the failure's note and its retry.
      () => {},
    );
  }

  private resolve(linked: string | undefined): Locale {
    return resolveLocale({
      picked: this.picked,
      own: this.host.locale,
      linked,
      languages: this.host.browserLanguages ?? globalThis.navigator?.languages ?? [],
      page: pageLang(this.host),
    });
  }

  /** Whether the first locale has loaded (or failed to: then the source locale, English, is shown). */
  get ready(): boolean {
    return this.task.value !== undefined || this.task.status === TaskStatus.ERROR;
  }

  /** The wanted locale's file could not be loaded: English is on screen until `retry` brings it. */
  get failed(): boolean {
    return this.task.status === TaskStatus.ERROR;
  }

  /** Loads the wanted locale's file again. */
  retry(): void {
    void this.task.run();
  }

  /**
   * What is on screen: the last loaded locale; before the first, the wanted one if its file has loaded
   * already (no screen in another language first); else English, from its file after a failure.
   */
  private get current(): LoadedLocale {
    if (this.task.value) return this.task.value;
    const wanted = this.wanted;
    const early = loadedTemplates(wanted);
    if (!early) return this.fallback ?? SOURCE;
    if (this.early?.templates !== early) this.early = { locale: wanted, templates: early };
    return this.early;
  }

  /**
   * Whether there are texts to show: always where the code carries the English texts; in the builds
   * once a locale's file (or English's, after a failure) has loaded.
   */
  get hasTexts(): boolean {
    return SOURCE_TEXTS || this.current.templates !== undefined;
  }

  /** The locale on screen. */
  get locale(): Locale {
    return this.current.locale;
  }

  get t(): Translator {
    const loaded = this.current;
    const strings = this.host.strings;
    const cached = this.translator;
    if (cached?.loaded === loaded && cached.strings === strings) return cached.t;
    const t = createTranslator(loaded.locale, loaded.templates, strings);
    this.translator = { loaded, strings, t };
    return t;
  }

  /** The visitor picked a locale in the menu. */
  pick(tag: string): void {
    this.picked = matchLocale(tag);
    this.host.requestUpdate();
  }
}

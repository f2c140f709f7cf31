import { Task, TaskStatus } from "@lit/task";
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { timeoutMs } from "../with-timeout.js";
import { type Locale, matchLocale, pageLang, resolveLocale } from "./locales.js";
import { type LocaleTemplates, loadLocaleTemplates } from "./localization.js";
import type { StringOverrides } from "./messages.js";
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
      onError: (error) => this.options.onError(error),
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
   */
  prefetch(linked?: string): void {
    const locale = this.resolve(linked ?? this.linked);
    loadLocaleTemplates(locale, { timeoutMs: timeoutMs(this.host.timeout) }).catch(() => {});
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

  /** The locale on screen. */
  get locale(): Locale {
    return (this.task.value ?? SOURCE).locale;
  }

  get t(): Translator {
    const loaded = this.task.value ?? SOURCE;
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

import { officeVCard, type SearchResult, visitEventIcs } from "@beratungsfinder/core";
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { copyText } from "../copy-text.js";
import { type MapsPlatform, mapsPlatform, type PlatformHints } from "../directions.js";
import { downloadText, fileNameOf } from "../file-download.js";
import { loadChunk } from "../load-chunk.js";
import { germanOriginal } from "../localization/german-original.js";
import type { Translator } from "../localization/translator.js";
import type { HoursLanguage } from "../parts/hours-table.js";
import type { OfficeDetailsProps } from "../parts/office-details.js";
import type { QrCode } from "../qr-code.js";
import { DEFAULT_TIMEOUT_MS } from "../with-timeout.js";

/** One function, so that a retry after a failed import is known as one (see `loadChunk`). */
const importQrCode = () => import("../qr-code.js");

export interface TakeAwayOptions {
  /** Says something in the element's live region. */
  announce(text: string): void;
  translator(): Translator;
  /** The element's clock (DTSTAMP of calendar files). */
  now(): Date;
  /** The link back to an office: the page with the search and the office in its hash. */
  linkTo(result: SearchResult): string;
  /** What the browser says about itself; default `navigator`. Injected by tests. */
  platform?: PlatformHints;
  /** The widget's locale: German is printed beside any other. */
  locale(): string;
}

/**
 * What a person takes away from an office's details: text copied to the clipboard, a contact card (.vcf),
 * the next opening as a calendar entry (.ics), a shared link, and a printed sheet with a QR code. Files are
 * made in the browser; the QR encoder loads only when the details, and with them the print sheet, are shown.
 */
export class TakeAwayController implements ReactiveController {
  /** Read when the element connects (there is no navigator while a server renders). */
  platform: MapsPlatform = "other";
  private qr?: { text: string; code: QrCode | undefined };
  private qrLoad?: Promise<void>;
  private original?: HoursLanguage;
  private originalLoad?: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: TakeAwayOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.platform = mapsPlatform(this.options.platform ?? navigator);
  }

  /** The props `renderOfficeDetails` needs for copying, the take-away buttons and the print sheet. */
  detailsProps(result: SearchResult): Pick<OfficeDetailsProps, "platform" | "onCopy" | "takeAway" | "print"> {
    const link = this.options.linkTo(result);
    void this.loadQr(link);
    const german = this.options.locale().startsWith("de");
    if (!german) void this.loadOriginal();
    const next = result.nextOpening;
    return {
      platform: this.platform,
      onCopy: this.copy,
      takeAway: {
        onSaveContact: () => this.saveContact(result, link),
        ...(next && { onAddToCalendar: () => this.addToCalendar(result, link) }),
        onShare: () => void this.share(result, link),
        onPrint: () => void this.print(link),
      },
      print: {
        link,
        ...(this.qr?.text === link && this.qr.code && { qr: this.qr.code }),
        ...(!german && this.original && { original: this.original }),
      },
    };
  }

  /** Copies `text`; where the browser refuses, selects it so the person can copy it from the menu. */
  copy = (text: string, source: HTMLElement | null, done?: string): Promise<void> =>
    copyText(text, source, { announce: this.options.announce, t: this.options.translator() }, done);

  saveContact(result: SearchResult, link: string): void {
    const card = officeVCard(result.office, {
      ...(result.provider && { provider: result.provider }),
      url: link,
    });
    this.download(result, "vcf", "text/vcard;charset=utf-8", card);
  }

  addToCalendar(result: SearchResult, link: string): void {
    const next = result.nextOpening;
    if (!next) return;
    const ics = visitEventIcs(result.office, {
      start: next.start,
      end: next.end,
      now: this.options.now(),
      url: link,
    });
    this.download(result, "ics", "text/calendar;charset=utf-8", ics);
  }

  /** Saves `text` as a file named after the office (`<name>.vcf`), from inside the element. */
  private download(result: SearchResult, extension: string, type: string, text: string): void {
    downloadText(fileNameOf(result.office.name, extension), type, text, this.host.shadowRoot ?? this.host);
  }

  /** The phone's share sheet where there is one; else the link goes to the clipboard. */
  async share(result: SearchResult, link: string): Promise<void> {
    const data = { title: result.office.name, url: link };
    if (typeof navigator.share === "function" && navigator.canShare?.(data) !== false) {
      try {
        await navigator.share(data);
        return;
      } catch (error) {
        // The person closed the share sheet: nothing to do.
        if ((error as { name?: string }).name === "AbortError") return;
      }
    }
    await this.copy(link, null, this.options.translator()("takeaway.linkCopied"));
  }

  /** Prints once the QR code is drawn, so the sheet never goes to paper without it. */
  async print(link: string): Promise<void> {
    await Promise.all([this.loadQr(link), this.options.locale().startsWith("de") || this.loadOriginal()]);
    await this.host.updateComplete;
    window.print();
  }

  private loadOriginal(): Promise<void> {
    this.originalLoad ??= germanOriginal().then(
      (original) => {
        this.original = original;
        this.host.requestUpdate();
      },
      () => undefined,
    );
    return this.originalLoad;
  }

  private loadQr(link: string): Promise<void> {
    if (this.qr?.text === link) return Promise.resolve();
    if (this.qrLoad) return this.qrLoad;
    // Within the timeout: printing waits for the code and must not wait for ever.
    this.qrLoad = loadChunk("the QR code", importQrCode, { timeoutMs: DEFAULT_TIMEOUT_MS })
      .then(({ qrCode }) => {
        let code: QrCode | undefined;
        try {
          code = qrCode(link);
        } catch {
          // A link too long for a QR code: the sheet prints the link as text alone.
          code = undefined;
        }
        this.qr = { text: link, code };
        this.host.requestUpdate();
      })
      .catch(() => undefined)
      .finally(() => {
        this.qrLoad = undefined;
      });
    return this.qrLoad;
  }
}

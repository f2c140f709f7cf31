export interface BfLocaleChangeDetail {
  locale: string;
  /** Whether the person chose it in the language menu (rather than the page or the browser). */
  chosen: boolean;
}

/** The widget now shows another language. */
export class BfLocaleChangeEvent extends CustomEvent<BfLocaleChangeDetail> {
  constructor(detail: BfLocaleChangeDetail) {
    super("bf-locale-change", { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    "bf-locale-change": BfLocaleChangeEvent;
  }
}

import type { ReactiveController, ReactiveControllerHost } from "lit";

/**
 * Moves focus, and the page, once the next update has rendered what they go to: the results heading
 * after a search, the details heading, the card an office was opened from, the widget for a shared link.
 */
export class FocusController implements ReactiveController {
  private selector?: string;
  private scroll = false;
  private revealing = false;

  /** `waiting`: a part of the widget is still loading its code; focus waits for what it will render. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly waiting: () => boolean = () => false,
  ) {
    host.addController(this);
  }

  /**
   * Focuses `selector` after the next update. With `scroll` it goes to the top of the screen, so that on
   * a phone the results come first (focus moving off the field also closes the on-screen keyboard).
   */
  focus(selector: string, scroll = false): void {
    this.selector = selector;
    this.scroll = scroll;
    this.host.requestUpdate();
  }

  /** Scrolls the widget into view after the next update, without taking focus (a shared link opened). */
  reveal(): void {
    this.revealing = true;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.revealing) {
      this.revealing = false;
      this.host.scrollIntoView({ block: "start" });
    }
    const { selector, scroll } = this;
    if (!selector) return;
    const target = this.host.shadowRoot?.querySelector<HTMLElement>(selector);
    if (!target && this.waiting()) return;
    this.selector = undefined;
    if (!target) return;
    target.focus({ preventScroll: scroll });
    if (scroll) target.scrollIntoView({ block: "start" });
  }
}

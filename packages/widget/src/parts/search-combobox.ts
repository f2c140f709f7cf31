import type { GeocodeMatch } from "@beratungsfinder/core";
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from "lit";
import { live } from "lit/directives/live.js";
import type { Translator } from "../localization/translator.js";

export interface SearchComboboxOptions {
  /** Suggestions for what was typed, from the place data loaded so far. */
  suggest(text: string): GeocodeMatch[];
  /** A suggestion was chosen with Enter or a click. */
  choose(match: GeocodeMatch): void;
  /** Something was typed: time to load the place data it needs (then `loaded`). */
  prepare(text: string): void;
}

/**
 * The place search field: an ARIA 1.2 combobox with a listbox popup. Focus stays in the input; the
 * active option is conveyed with `aria-activedescendant`, so label, input and listbox must share one
 * shadow root.
 */
export class SearchCombobox implements ReactiveController {
  value = "";
  suggestions: GeocodeMatch[] = [];
  expanded = false;
  active = -1;
  /** Typed into since the list last closed: suggestions arriving late may open it. */
  private typing = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: SearchComboboxOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.expanded || this.active < 0) return;
    const option = this.host.shadowRoot?.getElementById(`bf-option-${this.active}`);
    option?.scrollIntoView?.({ block: "nearest" });
  }

  /** Recomputes suggestions, e.g. once the geocoder has arrived. */
  refresh(): void {
    this.suggestions = this.value.trim() ? this.options.suggest(this.value) : [];
    this.expanded = this.suggestions.length > 0;
    this.active = -1;
    this.host.requestUpdate();
  }

  /**
   * The place data for `text` has loaded: shows its suggestions while the person is still typing it,
   * not once they pressed Enter, chose one or left the field (the list would cover the answer).
   */
  loaded(text: string): void {
    if (this.typing && this.value === text) this.refresh();
  }

  setValue(value: string): void {
    this.value = value;
    this.close();
  }

  close(): void {
    this.typing = false;
    this.expanded = false;
    this.active = -1;
    this.host.requestUpdate();
  }

  private move(to: number): void {
    const count = this.suggestions.length;
    if (!count) return;
    this.expanded = true;
    this.active = ((to % count) + count) % count;
    this.host.requestUpdate();
  }

  private select(index: number): void {
    const match = this.suggestions[index];
    if (!match) return;
    this.value = match.label;
    this.close();
    this.options.choose(match);
  }

  private onInput = (event: Event): void => {
    this.value = (event.target as HTMLInputElement).value;
    this.typing = true;
    this.options.prepare(this.value);
    this.refresh();
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    const open = this.expanded && this.suggestions.length > 0;
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (event.altKey && !open) {
          this.expanded = this.suggestions.length > 0;
          this.host.requestUpdate();
        } else this.move(open ? this.active + 1 : 0);
        break;
      case "ArrowUp":
        event.preventDefault();
        if (event.altKey) this.close();
        else this.move(open ? (this.active <= 0 ? this.suggestions.length - 1 : this.active - 1) : -1);
        break;
      case "Home":
        if (open && this.active >= 0) {
          event.preventDefault();
          this.move(0);
        }
        break;
      case "End":
        if (open && this.active >= 0) {
          event.preventDefault();
          this.move(this.suggestions.length - 1);
        }
        break;
      case "Enter":
        if (open && this.active >= 0) {
          event.preventDefault();
          this.select(this.active);
        } else this.close();
        break;
      case "Escape":
        if (open) {
          event.preventDefault();
          this.close();
        } else if (this.value) {
          event.preventDefault();
          this.value = "";
          this.suggestions = [];
          this.host.requestUpdate();
        }
        break;
      default:
    }
  };

  render(t: Translator): TemplateResult {
    const open = this.expanded && this.suggestions.length > 0;
    return html`
      <div class="combobox">
        <label for="bf-query">${t("search.label")}</label>
        <div class="combobox-field">
          <input
            id="bf-query"
            part="input"
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded=${open ? "true" : "false"}
            aria-controls="bf-listbox"
            aria-activedescendant=${open && this.active >= 0 ? `bf-option-${this.active}` : nothing}
            aria-describedby="bf-query-hint"
            autocomplete="off"
            autocapitalize="off"
            spellcheck="false"
            enterkeyhint="search"
            .value=${live(this.value)}
            @input=${this.onInput}
            @keydown=${this.onKeyDown}
            @blur=${() => this.close()}
          />
          <ul id="bf-listbox" role="listbox" part="suggestions" aria-label=${t("search.suggestions")} ?hidden=${!open}>
            ${this.suggestions.map(
              (match, index) => html`<li
                id=${`bf-option-${index}`}
                role="option"
                aria-selected=${index === this.active ? "true" : "false"}
                @pointerdown=${(event: Event) => event.preventDefault()}
                @click=${() => this.select(index)}
              >
                <bdi>${match.label}</bdi>
              </li>`,
            )}
          </ul>
        </div>
        <p id="bf-query-hint" class="hint">${t("search.hint")}</p>
      </div>
    `;
  }
}

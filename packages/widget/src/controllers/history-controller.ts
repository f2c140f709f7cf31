import type { ReactiveController, ReactiveControllerHost } from "lit";
import { type HashState, readHashState, writeHashState } from "../search-state.js";

export interface HistoryHost extends ReactiveControllerHost {
  /** The `hash-state` attribute: without it, the controller neither reads nor writes the URL. */
  hashState: boolean;
}

export interface HistoryOptions {
  /** The language to keep in the URL (the one picked in the menu or linked), if any. */
  locale(): string | undefined;
  /**
   * Back, Forward or a changed hash brought another state; `ours` when the widget wrote that history
   * entry (then an entry without a search means "before the first search", not a link of the host's),
   * `located` when the entry is a search around the person's location (which the URL never holds).
   */
  navigate(state: HashState, ours: boolean, located: boolean): void;
}

/** `push` adds a history step (a search submitted, an office opened); `replace` changes the current one. */
export type HistoryStep = "push" | "replace";

/** A typed search, one around the person's location, or an office opened. */
type StepKind = "search" | "location" | "office";

/** The key our history entries carry in `history.state`, beside whatever the host page keeps there. */
const MARK = "beratungsFinder";

function kindOf(state: unknown): StepKind | undefined {
  const kind = state && typeof state === "object" ? (state as Record<string, unknown>)[MARK] : undefined;
  return kind === "search" || kind === "location" || kind === "office" ? kind : undefined;
}

/** The host page's state with our mark; a state that is not an object is left as it is, unmarked. */
function marked(state: unknown, kind: StepKind): unknown {
  if (state === null || state === undefined) return { [MARK]: kind };
  return typeof state === "object" ? { ...state, [MARK]: kind } : state;
}

/**
 * The search in `location.hash` (with `hash-state`), so that a link to the page restores it, and one
 * history step per search submitted and per office opened: the browser's Back closes the office, then
 * returns to the previous search, and only leaves the page from where the widget started. Filter
 * changes and typing change the current step (`replaceState`). Other keys of the hash and the host's
 * `history.state` are kept.
 */
export class HistoryController implements ReactiveController {
  /** The hash last read or written: `popstate` and `hashchange` both report one navigation. */
  private seen?: string;

  constructor(
    private readonly host: HistoryHost,
    private readonly options: HistoryOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.host.hashState) return;
    this.seen = location.hash;
    window.addEventListener("popstate", this.onNavigate);
    window.addEventListener("hashchange", this.onNavigate);
  }

  hostDisconnected(): void {
    window.removeEventListener("popstate", this.onNavigate);
    window.removeEventListener("hashchange", this.onNavigate);
  }

  /** The state in the URL now; empty without `hash-state`. */
  read(): HashState {
    return this.host.hashState ? readHashState(location.hash) : {};
  }

  /** `located`: the search is around the person's location; Back and Forward to its step say so. */
  write(state: HashState, step: HistoryStep = "replace", located = false): void {
    if (!this.host.hashState) return;
    const hash = writeHashState(location.hash, this.withLocale(state));
    if (hash === location.hash || (hash === "" && location.hash === "#")) return;
    const url = `${location.pathname}${location.search}${hash}`;
    if (step === "push") {
      // The entry left behind becomes ours too, so that Back to it restores it, even the start.
      history.replaceState(marked(history.state, kindOf(history.state) ?? "search"), "");
      const kind = state.office ? "office" : located ? "location" : "search";
      history.pushState(marked(history.state, kind), "", url);
    } else history.replaceState(history.state, "", url);
    this.seen = location.hash;
  }

  /**
   * Closes the office on screen the way Back does, when it has a history step of its own: true then.
   * The widget closes it at once; the `popstate` that follows finds nothing left to do.
   */
  back(): boolean {
    if (!this.host.hashState || kindOf(history.state) !== "office") return false;
    history.back();
    return true;
  }

  /** The page's address with `state` (and the language): what a shared link or a QR code points at. */
  link(state: HashState): string {
    const hash = writeHashState(location.hash, this.withLocale(state));
    return `${location.origin}${location.pathname}${location.search}${hash}`;
  }

  private withLocale(state: HashState): HashState {
    const locale = this.options.locale();
    return locale ? { ...state, locale } : state;
  }

  private onNavigate = (): void => {
    if (location.hash === this.seen) return;
    this.seen = location.hash;
    const kind = kindOf(history.state);
    this.options.navigate(readHashState(location.hash), kind !== undefined, kind === "location");
  };
}

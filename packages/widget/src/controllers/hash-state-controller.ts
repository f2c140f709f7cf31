import type { ReactiveController, ReactiveControllerHost } from "lit";
import { type HashState, readHashState, writeHashState } from "../search-state.js";

export interface HashStateHost extends ReactiveControllerHost {
  /** The `hash-state` attribute: without it, the controller neither reads nor writes the URL. */
  hashState: boolean;
}

/**
 * The search in `location.hash` (with `hash-state`), so that a link to the page restores it: read once
 * at the start and on every `hashchange`, written with `history.replaceState`. Other keys of the hash
 * belong to the host page and are kept.
 */
export class HashStateController implements ReactiveController {
  constructor(
    private readonly host: HashStateHost,
    private readonly onChange: (state: HashState) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.host.hashState) window.addEventListener("hashchange", this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener("hashchange", this.onHashChange);
  }

  /** The state in the URL now; empty without `hash-state`. */
  read(): HashState {
    return this.host.hashState ? readHashState(location.hash) : {};
  }

  write(state: HashState): void {
    if (!this.host.hashState) return;
    const hash = writeHashState(location.hash, state);
    if (hash !== location.hash && !(hash === "" && location.hash === "#")) {
      history.replaceState(history.state, "", `${location.pathname}${location.search}${hash}`);
    }
  }

  private onHashChange = (): void => this.onChange(readHashState(location.hash));
}

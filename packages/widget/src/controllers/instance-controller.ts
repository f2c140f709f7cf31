import type { ReactiveController, ReactiveControllerHost } from "lit";

/** Every widget on the page, as they connect. */
const connected = new Set<InstanceController>();

/**
 * Where this widget stands among the widgets on one page. With several, each names its landmarks
 * (search, results, details) with "1 of 2", "2 of 2", so that screen readers list them apart; ids inside
 * each shadow root are already its own. A widget that connects or leaves updates the others.
 */
export class InstanceController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this);
    this.updateOthers();
  }

  hostDisconnected(): void {
    connected.delete(this);
    this.updateOthers();
  }

  /** This widget's place in document order (from 1) and how many there are; none when it is alone. */
  get position(): { index: number; count: number } | undefined {
    if (connected.size < 2 || !connected.has(this)) return undefined;
    const hosts = [...connected].map((instance) => instance.host);
    hosts.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    return { index: hosts.indexOf(this.host) + 1, count: hosts.length };
  }

  private updateOthers(): void {
    for (const instance of connected) if (instance !== this) instance.host.requestUpdate();
  }
}

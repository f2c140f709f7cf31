/**
 * What every story of `<beratungs-finder>` shares: how the element is set up (fixture data, the fixture
 * geocoder, a fixed clock), the variants each state is shown in (locale, width, theme, hostile page),
 * and the helpers a `play` function uses to drive the element like a person and wait for what it shows.
 */
import type { Decorator, Meta, StoryContext, StoryObj } from "@storybook/web-components-vite";
import { html, type TemplateResult } from "lit";
import { expect, userEvent, waitFor } from "storybook/test";
import type { BeratungsFinder } from "../src/beratungs-finder.js";
import { fixtureGeocoder } from "../test/fixtures/geocoder.js";
import { officesFixture } from "../test/fixtures/offices.js";
import "../src/index.js";
import { isRtl } from "../src/localization/locales.js";
import { hostilePage, hostLeaks } from "./hostile-page.js";

/** A Wednesday, 10:30 in Berlin: Mitte is open (09:00–12:00), Kreuzberg opens on Thursday. */
export const NOW = new Date("2026-11-25T09:30:00Z");

/** Dataset URLs answered by `stubDatasetFetch` (never by the network). */
export const PENDING_SOURCE = "/stories/offices-pending.json";
export const FAILING_SOURCE = "/stories/offices-failing-once.json";

export interface WidgetArgs {
  /** `fixture` sets the fixture dataset as a property; the others use `src` with a stubbed fetch. */
  data: "fixture" | "pending" | "failing";
  /** Whether the dataset says it is fictional (shows the banner). */
  fictional: boolean;
  /** The `near` attribute: a place searched at start. */
  near: string;
}

export type WidgetStory = StoryObj<WidgetArgs>;

export const widgetArgs: WidgetArgs = { data: "fixture", fictional: false, near: "" };

export const widgetArgTypes: Meta<WidgetArgs>["argTypes"] = {
  data: { control: "inline-radio", options: ["fixture", "pending", "failing"] },
  fictional: { control: "boolean" },
  near: { control: "text" },
};

/**
 * What a story file's meta shares: the element as a host page creates it, with these args. The title
 * stays a literal in each file (`{ title: "Widget/Start", ...widgetMeta() }`) because Storybook's
 * indexer reads it from the source. A state whose dataset comes by `src` (pending, failing) answers
 * it with `stubDatasetFetch`.
 *
 * @example
 * const meta = { title: "Widget/Error", ...widgetMeta({ data: "failing" }) } satisfies Meta<WidgetArgs>;
 */
export function widgetMeta(args: Partial<WidgetArgs> = {}): Meta<WidgetArgs> {
  const stubbed = args.data === "pending" || args.data === "failing";
  return {
    render: renderWidget,
    args: { ...widgetArgs, ...args },
    argTypes: widgetArgTypes,
    ...(stubbed ? { beforeEach: stubDatasetFetch } : {}),
  };
}

/**
 * A story whose `play` gets the element once it renders in the story's locale with its data (or its
 * error). Pin it to other locales, widths and themes with `variant`.
 *
 * @example
 * export const Default = widgetStory(async (el) => {
 *   await expect(inWidget(el, ".start")).not.toBeNull();
 * });
 */
export function widgetStory(
  play: (el: BeratungsFinder, context: StoryContext<WidgetArgs>) => Promise<void>,
): WidgetStory {
  return {
    play: async (context) => {
      const el = widgetIn(context.canvasElement);
      await ready(el, context.globals);
      await play(el, context);
    },
  };
}

/** Creates the element the way a host page would, with fixture data and a fixed clock. */
export function renderWidget(args: WidgetArgs, context: StoryContext<WidgetArgs>): TemplateResult {
  const theme = (context.globals.theme as "light" | "dark" | "auto" | undefined) ?? "light";
  const el = document.createElement("beratungs-finder");
  el.setAttribute("lang", (context.globals.locale as string | undefined) ?? "en");
  el.theme = theme;
  el.geocoder = fixtureGeocoder();
  el.clock = () => NOW;
  if (args.near) el.near = args.near;
  if (args.data === "pending") el.src = PENDING_SOURCE;
  else if (args.data === "failing") el.src = FAILING_SOURCE;
  else el.data = officesFixture({ fictional: args.fictional });
  return html`<div class="story-page" data-theme=${theme}>${el}</div>`;
}

/**
 * Answers the stories' dataset URLs: PENDING_SOURCE never (until the request is aborted),
 * FAILING_SOURCE with a network error the first time and the fixture data after that, so that
 * "Retry" works. Any other request goes to the real fetch. Returns the cleanup for `beforeEach`.
 */
export function stubDatasetFetch(): () => void {
  const original = globalThis.fetch;
  let failures = 0;
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (url.pathname === PENDING_SOURCE) {
      return new Promise((_resolve, reject) => {
        init?.signal?.addEventListener("abort", () => reject(new DOMException("Aborted", "AbortError")));
      });
    }
    if (url.pathname === FAILING_SOURCE) {
      failures += 1;
      if (failures === 1) return Promise.reject(new TypeError("Failed to fetch"));
      const body = JSON.stringify(officesFixture({ fictional: false }));
      return Promise.resolve(new Response(body, { headers: { "content-type": "application/json" } }));
    }
    return original(input, init);
  };
  return () => {
    globalThis.fetch = original;
  };
}

// ── Variants ────────────────────────────────────────────────────────────

interface Variant {
  locale: "en" | "de" | "ar";
  width: "narrow" | "wide";
  theme: "light" | "dark";
  hostile?: boolean;
}

/**
 * The same state pinned to a locale, width and theme (the toolbar then leaves it alone). Together with
 * the toolbar-driven default (en, wide, light) the variants cover every pair of direction, width and
 * theme, and the hostile host page both left to right and right to left.
 */
export const VARIANTS = {
  arabicNarrow: { locale: "ar", width: "narrow", theme: "light" },
  germanNarrowDark: { locale: "de", width: "narrow", theme: "dark" },
  arabicWideDark: { locale: "ar", width: "wide", theme: "dark" },
  germanHostilePage: { locale: "de", width: "narrow", theme: "light", hostile: true },
  arabicHostilePageDark: { locale: "ar", width: "wide", theme: "dark", hostile: true },
} satisfies Record<string, Variant>;

export function variant(story: WidgetStory, which: Variant): WidgetStory {
  const decorators: Decorator[] = which.hostile ? [hostilePage] : [];
  const play = story.play;
  return {
    ...story,
    ...(which.hostile
      ? {
          play: async (context) => {
            await play?.(context);
            const el = widgetIn(context.canvasElement);
            await expect(
              hostLeaks(el.shadowRoot as ShadowRoot),
              "the host page's CSS leaks into the widget",
            ).toEqual([]);
          },
        }
      : {}),
    globals: { locale: which.locale, theme: which.theme, viewport: { value: which.width, isRotated: false } },
    decorators: [...decorators, ...((story.decorators as Decorator[] | undefined) ?? [])],
  };
}

// ── Helpers for play functions ──────────────────────────────────────────

const TIMEOUT = { timeout: 8000 };

export function widgetIn(canvasElement: HTMLElement): BeratungsFinder {
  const el = canvasElement.querySelector("beratungs-finder");
  if (!el) throw new Error("No <beratungs-finder> in the story.");
  return el;
}

export function inWidget<E extends Element = HTMLElement>(el: BeratungsFinder, selector: string): E | null {
  return el.shadowRoot?.querySelector<E>(selector) ?? null;
}

/** Waits for an element in the widget's shadow root and returns it. */
export async function shown<E extends Element = HTMLElement>(
  el: BeratungsFinder,
  selector: string,
): Promise<E> {
  return waitFor(() => {
    const found = inWidget<E>(el, selector);
    if (!found) throw new Error(`"${selector}" is not shown.`);
    return found;
  }, TIMEOUT);
}

/** Waits until the widget renders in the locale the story asked for and has its data (or its error). */
export async function ready(el: BeratungsFinder, globals: Record<string, unknown>): Promise<void> {
  const locale = (globals.locale as string | undefined) ?? "en";
  await waitFor(() => {
    const frame = inWidget(el, ".frame");
    expect(frame?.getAttribute("lang")).toBe(locale);
    expect(frame?.getAttribute("dir")).toBe(isRtl(locale) ? "rtl" : "ltr");
  }, TIMEOUT);
  await el.updateComplete;
}

/** Types a place into the search field like a person and presses Enter. */
export async function searchFor(el: BeratungsFinder, text: string): Promise<void> {
  const field = await shown<HTMLInputElement>(el, "#bf-query");
  await userEvent.click(field);
  await userEvent.type(field, text);
  await userEvent.keyboard("{Enter}");
  await el.updateComplete;
}

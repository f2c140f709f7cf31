import { css } from "lit";

/**
 * Only logical properties (the same sheet serves right-to-left locales) and px/em sizes: `rem` would
 * follow the host page's root font size, which sites shrink with `html { font-size: 62.5% }`.
 */
// One set of dark colours, for `theme="dark"` and for `theme="auto"` under a dark system setting.
const darkColours = css`
    --_text: var(--bf-color-text, #f1f3f5);
    --_muted: var(--bf-color-muted, #c4c9d0);
    --_bg: var(--bf-color-background, #16181b);
    --_surface: var(--bf-color-surface, #23272c);
    --_border: var(--bf-color-border, #8d949e);
    --_accent: var(--bf-color-accent, #8cc4ff);
    --_on-accent: var(--bf-color-on-accent, #0b1a2a);
    --_open: var(--bf-color-open, #7fd69a);
    --_focus: var(--bf-color-focus, #ffb38a);
    --_banner: var(--bf-color-banner, #4a3d00);
`;

/**
 * The type the widget sets on the host and again on the frame: its font, and the inherited properties a
 * host page may set globally (italics, letter spacing, capitals, …) set back, so they do not leak in.
 */
const ownType = css`
    font-family: var(--bf-font-family, system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif);
    font-size: var(--bf-font-size, 16px);
    line-height: 1.5;
    text-align: start;
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
`;

/**
 * The frame: colours and sizes (the --bf-* custom properties), typography, focus, fields and buttons, and
 * the footer. The parts' sheets follow it in the element's `static styles`: form.styles.ts,
 * results.styles.ts, then adaptiveStyles (reduced motion, forced colours, narrow containers) last,
 * so that they override the parts.
 */
export const frameStyles = css`
  :host {
    --_text: var(--bf-color-text, #1a1a1a);
    --_muted: var(--bf-color-muted, #4d4d4d);
    --_bg: var(--bf-color-background, #fff);
    --_surface: var(--bf-color-surface, #f4f5f7);
    --_border: var(--bf-color-border, #767b84);
    --_accent: var(--bf-color-accent, #0b5cad);
    --_on-accent: var(--bf-color-on-accent, #fff);
    --_open: var(--bf-color-open, #1b6e36);
    --_focus: var(--bf-color-focus, #c43e00);
    --_banner: var(--bf-color-banner, #fff4ce);
    --_radius: var(--bf-radius, 0.375em);
    --_space: var(--bf-space, 1em);
    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    ${ownType}
    color: var(--_text);
    background: var(--_bg);
    overflow-wrap: anywhere;
    /* Inherited too, and not the host page's to set inside the widget. */
    visibility: visible;
    cursor: auto;
  }

  :host([theme="dark"]) {
    ${darkColours}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme="auto"]) {
      ${darkColours}
    }
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  [hidden] {
    display: none !important;
  }

  /* Repeated inside the shadow root: a page rule such as \`* { color: red !important }\` matches the
     host element itself and beats \`:host\`, but cannot reach elements in the shadow root. */
  .frame {
    color: var(--_text);
    ${ownType}
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    padding: var(--_space);
  }

  h2,
  h3,
  h4 {
    margin: 0;
    line-height: 1.25;
  }

  /* Urdu is read in Nastaliq, whose sloping words stack high and hang low: at 1.5 lines overlap and
     dots are clipped. Only fonts of the visitor's system (a font CDN would leak the visit). */
  .frame:lang(ur) {
    font-family: "Noto Nastaliq Urdu", "Jameel Noori Nastaleeq", "Urdu Typesetting", "Awami Nastaliq",
      var(--bf-font-family, system-ui, sans-serif);
    line-height: 2;
  }
  .frame:lang(ur) :is(h2, h3, h4) {
    line-height: 1.7;
  }
  h2 {
    font-size: 1.5em;
  }
  h3 {
    font-size: 1.25em;
  }
  h4 {
    font-size: 1.0625em;
  }
  p {
    margin: 0;
  }

  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }

  :focus-visible,
  [tabindex="-1"]:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [tabindex="-1"]:focus:not(:focus-visible) {
    outline: none;
  }
  /* A host page's sticky header would cover what the widget scrolls to the top (the widget for a shared
     link, the results or empty-state heading, an office's details): --bf-scroll-offset keeps it below.
     A heading that takes focus keeps room for its focus ring (3px + 2px offset), else the screen's top
     edge cuts the ring off. */
  :host {
    scroll-margin-block-start: var(--bf-scroll-offset, 0px);
  }
  [tabindex="-1"] {
    scroll-margin-block-start: calc(var(--bf-scroll-offset, 0px) + 5px);
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* The language menu comes first in the markup (first in focus order, on top of a phone's screen) and
     is laid out at the inline end: beside the intro when there is room, above it on a phone. */
  .top {
    display: flex;
    flex-direction: row-reverse;
    flex-wrap: wrap;
    gap: var(--_space);
    justify-content: space-between;
    align-items: flex-start;
  }
  .intro {
    flex: 1 1 16em;
    display: grid;
    gap: 0.25em;
  }

  label,
  legend {
    font-weight: 600;
  }

  input[type="text"],
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-block-size: 2.75em;
    padding-block: 0.375em;
    padding-inline: 0.625em;
    inline-size: 100%;
  }

  button {
    font: inherit;
    min-block-size: 2.75em;
    min-inline-size: 2.75em;
    padding-block: 0.375em;
    padding-inline: 1em;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  button:disabled {
    cursor: progress;
    opacity: 0.75;
  }

  .footer {
    display: grid;
    gap: 0.25em;
    font-size: 0.875em;
    color: var(--_muted);
    border-block-start: 1px solid var(--_border);
    padding-block-start: 0.75em;
  }
`;

/** Reduced motion, forced colours (Windows high contrast) and a narrow widget: last, over every part. */
export const adaptiveStyles = css`
  @media (prefers-reduced-motion: reduce) {
    .skeleton-card {
      animation: none;
    }
    * {
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    button.primary,
    [role="option"][aria-selected="true"] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .result,
    .banner,
    .state {
      border: 1px solid CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }

  @container (inline-size < 30em) {
    .frame {
      padding: 0.75em;
    }
    .search-row > button {
      inline-size: 100%;
      margin-block-end: 0;
    }
  }
`;

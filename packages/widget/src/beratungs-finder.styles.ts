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

export const styles = css`
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
    font-family: var(--bf-font-family, system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif);
    font-size: var(--bf-font-size, 16px);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_bg);
    text-align: start;
    overflow-wrap: anywhere;
    /* Inherited properties a host page may set globally do not leak in. */
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
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

  .language-menu {
    display: grid;
    gap: 0.25em;
    min-inline-size: 10em;
  }
  .language-menu label {
    display: flex;
    align-items: center;
    gap: 0.375em;
  }
  .language-menu .globe {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
  }

  .search {
    display: grid;
    gap: 0.75em;
  }
  .search-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: flex-end;
  }
  .search-row .combobox {
    flex: 1 1 14em;
  }
  .search-row > button {
    margin-block-end: 1.75em;
  }
  .combobox,
  .field {
    display: grid;
    gap: 0.25em;
  }
  .combobox-field {
    position: relative;
  }
  [role="listbox"] {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    inset-block-start: calc(100% + 2px);
    margin: 0;
    padding: 0.25em 0;
    list-style: none;
    max-block-size: 16em;
    overflow: auto;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 0.25em 0.75em rgb(0 0 0 / 20%);
  }
  [role="option"] {
    padding-block: 0.5em;
    padding-inline: 0.75em;
    min-block-size: 2.5em;
    cursor: pointer;
  }
  [role="option"]:hover,
  [role="option"][aria-selected="true"] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .locate-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .notice {
    border-inline-start: 4px solid var(--_focus);
    padding-inline-start: 0.75em;
  }
  .choices p {
    margin: 0 0 0.5em;
  }
  .choices ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.4em;
  }
  .choices button {
    width: 100%;
    text-align: start;
    overflow-wrap: anywhere;
  }
  .age {
    max-inline-size: 16em;
  }

  .filters-disclosure > summary {
    cursor: pointer;
    font-weight: 600;
    min-block-size: 24px;
    padding-block: 0.25em;
    inline-size: fit-content;
  }
  .filters-disclosure[open] > summary {
    margin-block-end: 0.5em;
  }
  .filters-disclosure > summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  fieldset.filters {
    margin: 0;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .filter-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12em, 1fr));
    gap: 0.75em;
    align-items: end;
  }
  .check {
    display: flex;
    gap: 0.5em;
    align-items: center;
    min-block-size: 2.75em;
  }
  .check input {
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .check label {
    font-weight: 400;
  }

  .notice {
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_border);
    border-radius: var(--_radius);
  }

  .banner {
    display: grid;
    gap: 0.5em;
    padding: 0.75em;
    background: var(--_banner);
    border-inline-start: 6px solid var(--_focus);
    border-radius: var(--_radius);
  }

  .area {
    min-block-size: 14em;
    display: grid;
    gap: var(--_space);
    align-content: start;
  }

  .results,
  .online,
  .state,
  .details,
  .eligibility {
    display: grid;
    gap: 0.75em;
    align-content: start;
  }
  .eligibility,
  .state.empty,
  .state.error {
    padding: 0.75em;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .state.error {
    border-inline-start: 6px solid var(--_focus);
  }
  .empty-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .state.error button,
  .more,
  .details .back {
    justify-self: start;
  }

  .result-list,
  .link-list,
  .actions {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .result-list {
    display: grid;
    gap: 0.75em;
  }
  .link-list {
    display: grid;
    gap: 0.25em;
  }
  .result {
    padding: 0.75em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .result article {
    display: grid;
    gap: 0.375em;
  }
  .programmes,
  .provider,
  .distance {
    color: var(--_muted);
  }
  .status {
    font-weight: 600;
  }
  .status.open {
    color: var(--_open);
  }
  .label {
    font-weight: 600;
  }
  /* How the office fits the age, and short facts: small outlined labels that wrap on a phone. */
  .fit,
  .badges li {
    justify-self: start;
    padding: 0 0.375em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-weight: 600;
  }
  .fit-primary {
    color: var(--_open);
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .intake {
    font-weight: 600;
  }
  .why ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
  }
  .actions a {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75em;
  }
  .result button {
    justify-self: start;
  }

  .week {
    border-collapse: collapse;
    inline-size: 100%;
  }
  .week th,
  .week td {
    text-align: start;
    vertical-align: top;
    padding-block: 0.375em;
    padding-inline: 0 0.75em;
    border-block-end: 1px solid var(--_border);
  }
  .week td > span {
    display: block;
  }
  .week .date {
    display: block;
    font-weight: 400;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .week tr.today th {
    color: var(--_accent);
  }

  .holiday,
  .note {
    color: var(--_muted);
  }

  .skeleton {
    display: grid;
    gap: 0.75em;
  }
  .skeleton-card {
    block-size: 7em;
    border-radius: var(--_radius);
    background: var(--_surface);
    animation: bf-pulse 1.5s ease-in-out infinite;
  }
  @keyframes bf-pulse {
    50% {
      opacity: 0.5;
    }
  }

  .footer {
    display: grid;
    gap: 0.25em;
    font-size: 0.875em;
    color: var(--_muted);
    border-block-start: 1px solid var(--_border);
    padding-block-start: 0.75em;
  }

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

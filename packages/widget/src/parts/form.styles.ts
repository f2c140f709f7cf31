import { css } from "lit";

/**
 * The first screen's controls: language menu, search form with the place field and its suggestions,
 * the place choices, the age field, the filters, notices and the fictional-data banner. Logical
 * properties only, px/em sizes (see frame.styles.ts).
 */
export const formStyles = css`
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
  .choices p {
    margin: 0 0 0.5em;
  }
  /* A compact list: one row per place, its name and (smaller, muted) the region that tells it apart;
     each row a target of at least 24 x 24 px (WCAG 2.5.8). */
  .choices ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .choices li + li {
    border-block-start: 1px solid var(--_border);
  }
  button.choice {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.5em;
    inline-size: 100%;
    min-block-size: 2.5em;
    padding-block: 0.25em;
    padding-inline: 0.5em;
    border: 0;
    border-radius: 0;
    background: transparent;
    color: var(--_text);
    text-align: start;
    overflow-wrap: anywhere;
  }
  button.choice:hover {
    background: var(--_banner);
  }
  .choice-name {
    color: var(--_accent);
    font-weight: 600;
    text-decoration: underline;
  }
  .choice-region {
    color: var(--_muted);
    font-size: 0.875em;
    /* Its own direction comes from its (Latin) text; a wrapped region still aligns with the list's start
       (Chromium knows only the prefixed keyword; the second line is for Firefox). */
    text-align: -webkit-match-parent;
    text-align: match-parent;
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
`;

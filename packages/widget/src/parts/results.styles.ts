import { css } from "lit";

/**
 * The results area: results, online services, the empty, error and loading states, the result cards,
 * the details and their hours table. In the main file with the rest: the area is styled before its
 * lazily loaded code arrives (the skeleton, the states). Logical properties only, px/em sizes.
 */
export const resultsStyles = css`
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
  /* The outreach place the office was found by: where the distance above is measured to. */
  .outreach-match {
    font-weight: 600;
    overflow-wrap: anywhere;
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
`;

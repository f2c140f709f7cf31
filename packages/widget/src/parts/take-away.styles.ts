import { css } from "lit";

/** The hours table's wrapping, copyable contact, the take-away buttons and the printed sheet. */
export const takeAwayStyles = css`
  /* Words never break inside ("Donnerst|ag"): the host's overflow-wrap: anywhere would let the table's
     columns shrink below a word. Lines wrap between words; day names stay whole at 320 px. */
  .week th,
  .week td {
    overflow-wrap: normal;
    word-break: normal;
    hyphens: manual;
  }
  .week th {
    inline-size: 1%;
    white-space: nowrap;
  }
  .week .day {
    display: block;
  }

  .contact-list {
    display: grid;
    gap: 0.25em;
    margin: 0;
  }
  .contact-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.5em;
  }
  .contact-row dt {
    font-weight: 600;
  }
  .contact-row dt::after {
    content: ":";
  }
  .contact-row dd {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.5em;
    margin: 0;
  }
  .contact-list .value,
  .details .address bdi,
  .details .address span {
    user-select: text;
    -webkit-user-select: text;
  }
  button.copy {
    min-block-size: 2.75em;
    padding-block: 0.25em;
  }
  .details .address {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }
  .take-away {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .print-sheet {
    display: none;
  }

  /* Printing: the office alone on its page, with its QR code; the rest of the widget stays on screen. */
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    .top,
    .banner,
    .search,
    .filters,
    .notice,
    .footer,
    .eligibility,
    .details > :not(.print-sheet),
    .more,
    .result button,
    .actions {
      display: none !important;
    }
    .print-sheet {
      display: grid;
      gap: 0.5em;
      break-before: page;
      break-after: page;
      break-inside: avoid;
    }
    .print-sheet .original {
      color: #333;
    }
    .print-sheet .day.original,
    .print-sheet td .original {
      display: block;
      font-style: italic;
    }
    .print-link {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0 1em;
      align-items: center;
    }
    .print-link .qr {
      grid-row: span 2;
      inline-size: 3.5cm;
      block-size: 3.5cm;
    }
    .print-link .link {
      overflow-wrap: anywhere;
      font-size: 0.8em;
    }
    .result {
      break-inside: avoid;
    }
  }
`;

/**
 * `<BeratungsFinder>` for React, with the element's events as `onBf…` props.
 *
 * @example
 * import { BeratungsFinder } from "@beratungsfinder/widget/react";
 * <BeratungsFinder src="/offices.json" onBfSelect={(event) => console.log(event.detail.result)} />
 */
import { createComponent, type EventName } from "@lit/react";
import * as React from "react";
import { BeratungsFinder as BeratungsFinderElement } from "./beratungs-finder.js";
import { define } from "./define.js";
import type { BfErrorEvent } from "./events/bf-error.js";
import type { BfFilterChangeEvent } from "./events/bf-filter-change.js";
import type { BfLocaleChangeEvent } from "./events/bf-locale-change.js";
import type { BfResultsEvent } from "./events/bf-results.js";
import type { BfSearchEvent } from "./events/bf-search.js";
import type { BfSelectEvent } from "./events/bf-select.js";

define();

export const BeratungsFinder = createComponent({
  tagName: "beratungs-finder",
  elementClass: BeratungsFinderElement,
  react: React,
  events: {
    onBfSearch: "bf-search" as EventName<BfSearchEvent>,
    onBfResults: "bf-results" as EventName<BfResultsEvent>,
    onBfSelect: "bf-select" as EventName<BfSelectEvent>,
    onBfFilterChange: "bf-filter-change" as EventName<BfFilterChangeEvent>,
    onBfLocaleChange: "bf-locale-change" as EventName<BfLocaleChangeEvent>,
    onBfError: "bf-error" as EventName<BfErrorEvent>,
  },
  displayName: "BeratungsFinder",
});

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
import type {
  BfErrorEvent,
  BfFilterChangeEvent,
  BfLocaleChangeEvent,
  BfResultsEvent,
  BfSearchEvent,
  BfSelectEvent,
} from "./events/index.js";

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

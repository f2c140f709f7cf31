import { BeratungsFinder } from "./beratungs-finder.js";

/**
 * Registers the element under a tag name, once; returns the registered class. A constructor can be
 * registered under one name only, so a second name gets a subclass.
 *
 * @example
 * import { define } from "@beratungsfinder/widget/element";
 * define("counselling-finder");
 */
export function define(tagName = "beratungs-finder"): typeof BeratungsFinder {
  const existing = customElements.get(tagName);
  if (existing) return existing as typeof BeratungsFinder;
  try {
    customElements.define(tagName, BeratungsFinder);
    return BeratungsFinder;
  } catch (error) {
    // Already registered under another name ("NotSupportedError"); anything else is the caller's error.
    if (!(error instanceof DOMException) || error.name !== "NotSupportedError") throw error;
    const element = class extends BeratungsFinder {};
    customElements.define(tagName, element);
    return element;
  }
}

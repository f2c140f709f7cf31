/**
 * The element class and `define`, without registering anything: for registering under another tag
 * name or subclassing.
 *
 * @example
 * import { define } from "@beratungsfinder/widget/element";
 * define("counselling-finder");
 */
export { BeratungsFinder } from "./beratungs-finder.js";
export { define } from "./define.js";

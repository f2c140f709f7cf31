/**
 * Registers `<beratungs-finder>` and exports its API. For the class without registering it, import
 * `@beratungsfinder/widget/element`.
 *
 * @example
 * import "@beratungsfinder/widget";
 * document.body.append(Object.assign(document.createElement("beratungs-finder"), { src: "/offices.json" }));
 */
import { define } from "./define.js";

define();

export { BeratungsFinder } from "./beratungs-finder.js";
export { define } from "./define.js";
export {
  BF_ERROR_CODES,
  type BfErrorCode,
  type BfErrorDetail,
  BfErrorEvent,
  type BfErrorKind,
} from "./events/bf-error.js";
export { type BfFilterChangeDetail, BfFilterChangeEvent } from "./events/bf-filter-change.js";
export { type BfLocaleChangeDetail, BfLocaleChangeEvent } from "./events/bf-locale-change.js";
export { type BfResultsDetail, BfResultsEvent } from "./events/bf-results.js";
export { type BfSearchDetail, BfSearchEvent } from "./events/bf-search.js";
export { type BfSelectDetail, BfSelectEvent } from "./events/bf-select.js";
export { ENDONYMS, LOCALES, type Locale } from "./localization/locales.js";
export type { MessageId, StringOverrides } from "./localization/messages.js";
export { safeHref } from "./safe-href.js";
export type { SearchFilters, SearchPlace } from "./search-state.js";

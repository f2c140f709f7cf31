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
  type BfFilterChangeDetail,
  BfFilterChangeEvent,
  type BfLocaleChangeDetail,
  BfLocaleChangeEvent,
  type BfResultsDetail,
  BfResultsEvent,
  type BfSearchDetail,
  BfSearchEvent,
  type BfSelectDetail,
  BfSelectEvent,
} from "./events/index.js";
export { ENDONYMS, LOCALES, type Locale } from "./localization/locales.js";
export type { MessageId, StringOverrides } from "./localization/messages.js";
export { safeHref } from "./safe-href.js";
export type { SearchFilters, SearchPlace } from "./search-state.js";

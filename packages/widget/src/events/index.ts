export {
  BF_ERROR_CODES,
  type BfErrorCode,
  type BfErrorDetail,
  BfErrorEvent,
  type BfErrorKind,
} from "./bf-error.js";
export { type BfFilterChangeDetail, BfFilterChangeEvent } from "./bf-filter-change.js";
export { type BfLocaleChangeDetail, BfLocaleChangeEvent } from "./bf-locale-change.js";
export { type BfResultsDetail, BfResultsEvent } from "./bf-results.js";
export { type BfSearchDetail, BfSearchEvent } from "./bf-search.js";
export { type BfSelectDetail, BfSelectEvent } from "./bf-select.js";

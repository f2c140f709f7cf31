/**
 * The details view of one office: the week's hours, accessibility, contact, the take-away buttons (contact
 * card, calendar entry, share, print) and the printed sheet. Loaded only once results are shown (or an
 * office is opened from a link); the CDN build keeps it in its own file (chunks/office-details.js).
 */
export { TakeAwayController, type TakeAwayOptions } from "./controllers/take-away-controller.js";
export { renderOfficeDetails } from "./parts/office-details.js";

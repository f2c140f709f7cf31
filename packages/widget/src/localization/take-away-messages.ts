import { msg, str } from "./msg.js";

/** The hours table's day names, copyable contact, take-away files and the printed sheet (see messages.ts). */
export const TAKE_AWAY_MESSAGES = {
  "hours.today": () =>
    msg("Today", {
      id: "hours.today",
      desc: "Row label in the opening hours table, instead of the weekday name.",
    }),
  "hours.tomorrow": () =>
    msg("Tomorrow", {
      id: "hours.tomorrow",
      desc: "Row label in the opening hours table, instead of the weekday name.",
    }),
  "details.hoursNext": () =>
    msg("Opening hours next week", {
      id: "details.hoursNext",
      desc: "Heading of the opening hours table on Saturdays and Sundays, when it shows the coming week.",
    }),
  "contact.address": () =>
    msg("Address", { id: "contact.address", desc: "Label before the office's postal address." }),
  "contact.phone": () => msg("Phone", { id: "contact.phone", desc: "Label before a phone number." }),
  "contact.fax": () => msg("Fax", { id: "contact.fax", desc: "Label before a fax number." }),
  "contact.email": () => msg("E-mail", { id: "contact.email", desc: "Label before an e-mail address." }),
  "contact.copy": () =>
    msg("Copy", {
      id: "contact.copy",
      desc: "Button that copies the phone number, e-mail or web address beside it.",
    }),
  "contact.copyAddress": () =>
    msg("Copy address", {
      id: "contact.copyAddress",
      desc: "Button that copies the office's postal address.",
    }),
  "contact.copied": (p: { text: string }) =>
    msg(str`Copied: ${p.text}`, {
      id: "contact.copied",
      desc: "Announced after copying; the copied text follows.",
    }),
  "contact.copyFailed": () =>
    msg("Could not copy. The text is selected: copy it with your device's menu.", {
      id: "contact.copyFailed",
      desc: "Shown when the browser does not allow copying.",
    }),
  "action.directionsApp": () =>
    msg("Directions", {
      id: "action.directionsApp",
      desc: "Link that opens the phone's own maps app with a route to the office.",
    }),
  "takeaway.contacts": () =>
    msg("Save to contacts", {
      id: "takeaway.contacts",
      desc: "Button: downloads the office as a contact card (.vcf).",
    }),
  "takeaway.calendar": () =>
    msg("Add next opening to calendar", {
      id: "takeaway.calendar",
      desc: "Button: downloads the office's next opening hours as a calendar entry (.ics).",
    }),
  "takeaway.share": () =>
    msg("Share", { id: "takeaway.share", desc: "Button: shares a link to this office, or copies it." }),
  "takeaway.linkCopied": () =>
    msg("Link copied", {
      id: "takeaway.linkCopied",
      desc: "Announced after the link to the office was copied.",
    }),
  "takeaway.print": () =>
    msg("Print", { id: "takeaway.print", desc: "Button: prints this office on one page." }),
  "print.scan": () =>
    msg("Scan the code to open this office on a phone.", {
      id: "print.scan",
      desc: "Printed beside the QR code that links back to the office.",
    }),
} as const;
